package org.tidtam.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tidtam.measures.organisation.MeetingRule;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.progress.ReportingPeriods.Standing;
import org.tidtam.shared.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;

/** Reporting periods of fiscal year 2569 (1 Oct 2025 – 30 Sep 2026) for each cadence, and standings. */
class ReportingPeriodsTests {

	static final FiscalYear FY2569 = FiscalYear.of(2569);

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void aMonthlyMeetingMeasureOwesOneReportAMonthDueTheWorkingDayBeforeTheMeeting() {
		List<ReportingPeriod> periods = ReportingPeriods.of(MeasureCadence.monthlyMeeting(), FY2569,
				MeetingRule.secondTuesday());
		assertThat(periods).hasSize(12);
		// October 2025: second Tuesday the 14th, due Monday the 13th, open from 1 October
		assertThat(periods.get(0)).isEqualTo(new ReportingPeriod("2025-10", d("2025-10-01"), d("2025-10-13"), d("2025-10-14"), false));
		// November opens the day after October's due date: the window crosses the month end
		assertThat(periods.get(1)).isEqualTo(new ReportingPeriod("2025-11", d("2025-10-14"), d("2025-11-10"), d("2025-11-11"), false));
		// September 2026: the last one, inside the fiscal year
		assertThat(periods.get(11).key()).isEqualTo("2026-09");
		assertThat(periods.get(11).due()).isEqualTo(d("2026-09-07"));
		// contiguous: every day of the year up to the last due date lies in exactly one period
		for (int i = 1; i < periods.size(); i++) {
			assertThat(periods.get(i).opens()).isEqualTo(periods.get(i - 1).due().plusDays(1));
		}
	}

	@Test
	void periodsDueBeforeTheAssignmentBeganAreNotOwed() {
		List<ReportingPeriod> all = ReportingPeriods.of(MeasureCadence.monthlyMeeting(), FY2569, MeetingRule.secondTuesday());
		// published on 22 November: October's and November's reports (due before) were never owed
		List<ReportingPeriod> owed = ReportingPeriods.owedFrom(all, d("2025-11-22"));
		assertThat(owed).hasSize(10);
		assertThat(owed.get(0).due()).isAfterOrEqualTo(d("2025-11-22"));
		assertThat(ReportingPeriods.standing(owed, 0, List.of(), d("2025-11-23"))).isEqualTo(Standing.OPEN);
		assertThat(ReportingPeriods.owedFrom(all, null)).isEqualTo(all);
		// a date past them all leaves the last, so that the assignment still has a period
		assertThat(ReportingPeriods.owedFrom(all, d("2026-10-15"))).containsExactly(all.get(11));
	}

	@Test
	void holidaysMoveTheMeetingAndTheDueDate() {
		// 13 January 2026 (second Tuesday) is a holiday: the meeting moves to Wednesday the 14th
		MeetingRule rule = MeetingRule.secondTuesday().withHoliday(d("2026-01-13")).withHoliday(d("2026-01-12"));
		ReportingPeriod january = ReportingPeriods.of(MeasureCadence.monthlyMeeting(), FY2569, rule).get(3);
		assertThat(january.meeting()).isEqualTo(d("2026-01-14"));
		// the working day before: not the holidays 13 and 12 January, not the weekend: Friday 9 January
		assertThat(january.due()).isEqualTo(d("2026-01-09"));
	}

	@Test
	void anExplicitMeetingDateWinsOverTheRule() {
		MeetingRule rule = MeetingRule.of(DayOfWeek.THURSDAY, -1).withExtraDate(d("2026-04-02"));
		List<ReportingPeriod> periods = ReportingPeriods.of(MeasureCadence.monthlyMeeting(), FY2569, rule);
		ReportingPeriod march = periods.get(5);
		ReportingPeriod april = periods.get(6);
		assertThat(march.meeting()).isEqualTo(d("2026-03-26"));
		assertThat(april.meeting()).isEqualTo(d("2026-04-02"));
		assertThat(april.opens()).isEqualTo(d("2026-03-26"));
		assertThat(april.due()).isEqualTo(d("2026-04-01"));
	}

	@Test
	void aQuarterMeasureOwesAFinalReportByTheQuartersEnd() {
		assertThat(ReportingPeriods.of(MeasureCadence.withinQuarter(2), FY2569, null))
			.containsExactly(new ReportingPeriod("Q2", d("2025-10-01"), d("2026-03-31"), null, true));
		assertThat(ReportingPeriods.of(MeasureCadence.withinQuarter(1), FY2569, null).get(0).due()).isEqualTo(d("2025-12-31"));
	}

	@Test
	void aYearEndMeasureReportsEachQuarterAndTheSummaryBy30September() {
		List<ReportingPeriod> periods = ReportingPeriods.of(MeasureCadence.fiscalYearEnd(), FY2569, null);
		assertThat(periods).extracting(ReportingPeriod::due)
			.containsExactly(d("2025-12-31"), d("2026-03-31"), d("2026-06-30"), d("2026-09-30"));
		assertThat(periods.get(3).summary()).isTrue();
		assertThat(periods.get(3).contains(d("2026-09-30"))).isTrue();
		assertThat(periods.get(3).contains(d("2026-10-01"))).isFalse();
		assertThat(periods.get(0).opens()).isEqualTo(d("2025-10-01"));
	}

	@Test
	void aDateMeasureOwesOneReportByThatDate() {
		assertThat(ReportingPeriods.of(MeasureCadence.byDate(d("2026-05-15")), FY2569, null))
			.containsExactly(new ReportingPeriod("D2026-05-15", d("2025-10-01"), d("2026-05-15"), null, true));
	}

	@Test
	void standingsOnTimeLateMissingOpenAcross30SeptemberAnd1October() {
		List<ReportingPeriod> periods = ReportingPeriods.of(MeasureCadence.fiscalYearEnd(), FY2569, null);
		List<LocalDate> reported = List.of(d("2025-12-31"), d("2026-04-02"), d("2026-10-01"));
		LocalDate today = d("2026-10-01");
		assertThat(ReportingPeriods.standing(periods, 0, reported, today)).isEqualTo(Standing.ON_TIME);
		assertThat(ReportingPeriods.standing(periods, 1, reported, today)).isEqualTo(Standing.LATE);
		// 2 April lies in quarter 3's window, but it was quarter 2's late report: it does not count twice
		assertThat(ReportingPeriods.standing(periods, 2, reported, today)).isEqualTo(Standing.MISSING);
		// the summary reported on 1 October is late, not on time
		assertThat(ReportingPeriods.standing(periods, 3, reported, today)).isEqualTo(Standing.LATE);
		assertThat(ReportingPeriods.standing(periods, 3, List.of(), d("2026-09-30"))).isEqualTo(Standing.OPEN);
		assertThat(ReportingPeriods.standing(periods, 3, List.of(), d("2026-10-01"))).isEqualTo(Standing.MISSING);
	}

	@Test
	void theCurrentPeriodIsTheFirstNotYetDue() {
		List<ReportingPeriod> periods = ReportingPeriods.of(MeasureCadence.monthlyMeeting(), FY2569, MeetingRule.secondTuesday());
		assertThat(ReportingPeriods.current(periods, d("2025-10-13")).orElseThrow().key()).isEqualTo("2025-10");
		assertThat(ReportingPeriods.current(periods, d("2025-10-14")).orElseThrow().key()).isEqualTo("2025-11");
		assertThat(ReportingPeriods.current(periods, d("2025-10-31")).orElseThrow().key()).isEqualTo("2025-11");
		assertThat(ReportingPeriods.current(periods, d("2026-09-30"))).isEmpty();
	}

	/** Second-Tuesday meetings of 2569: March's on Tuesday 10 March (due Monday 9), April's on 14 April (due 13). */
	static final List<ReportingPeriod> MONTHLY = ReportingPeriods.of(MeasureCadence.monthlyMeeting(), FY2569,
			MeetingRule.secondTuesday());

	static final int MARCH = 5;

	static final int APRIL = 6;

	@Test
	void aReportAfterTheDeadlineButByTheMeetingIsLateForThatMonthAndLeavesTheNextMonthOwed() {
		assertThat(MONTHLY.get(MARCH).due()).isEqualTo(d("2026-03-09"));
		assertThat(MONTHLY.get(MARCH).meeting()).isEqualTo(d("2026-03-10"));
		assertThat(MONTHLY.get(APRIL).opens()).isEqualTo(d("2026-03-10"));
		// on the morning of the March meeting, a day after the deadline: inside April's window, but March's
		List<LocalDate> reported = List.of(d("2026-03-10"));
		ReportingPeriods.Accounting march11 = ReportingPeriods.account(MONTHLY, reported, d("2026-03-11"));
		assertThat(march11.standing(MARCH)).isEqualTo(Standing.LATE);
		assertThat(march11.standing(APRIL)).isEqualTo(Standing.OPEN);
		assertThat(march11.periodOf(0)).isEqualTo(MARCH);
		assertThat(march11.onTime(0)).isFalse();
		assertThat(ReportingPeriods.standing(MONTHLY, APRIL, reported, d("2026-04-14"))).isEqualTo(Standing.MISSING);
		// the same day after an on-time March report is April's, on time
		List<LocalDate> both = List.of(d("2026-03-05"), d("2026-03-10"));
		assertThat(ReportingPeriods.account(MONTHLY, both, d("2026-03-11")).standings().subList(MARCH, APRIL + 1))
			.containsExactly(Standing.ON_TIME, Standing.ON_TIME);
	}

	@Test
	void aReportAfterTheMeetingIsForTheNextMeetingAndTheMissedMonthStaysMissing() {
		List<LocalDate> reported = List.of(d("2026-03-11"));
		ReportingPeriods.Accounting a = ReportingPeriods.account(MONTHLY, reported, d("2026-03-11"));
		assertThat(a.standing(MARCH)).isEqualTo(Standing.MISSING);
		assertThat(a.standing(APRIL)).isEqualTo(Standing.ON_TIME);
		assertThat(a.periodOf(0)).isEqualTo(APRIL);
		assertThat(a.onTime(0)).isTrue();
		assertThat(ReportingPeriods.lateUntil(MONTHLY, MARCH)).isEqualTo(d("2026-03-10"));
	}

	@Test
	void aLateMonthlyReportAndAnotherInTheNextWindowAnswerOneMonthEach() {
		// the earliest after the deadline is March's late report; the one of 20 March is April's
		List<LocalDate> reported = List.of(d("2026-03-20"), d("2026-03-10"));
		ReportingPeriods.Accounting a = ReportingPeriods.account(MONTHLY, reported, d("2026-03-21"));
		assertThat(a.standing(MARCH)).isEqualTo(Standing.LATE);
		assertThat(a.standing(APRIL)).isEqualTo(Standing.ON_TIME);
		assertThat(a.reportFor(MARCH)).isEqualTo(1);
		assertThat(a.reportFor(APRIL)).isEqualTo(0);
		assertThat(a.onTime(0)).isTrue();
		assertThat(a.onTime(1)).isFalse();
	}

	@Test
	void aLateQuarterlyReportCountsForItsQuarterOnly() {
		List<ReportingPeriod> quarters = ReportingPeriods.of(MeasureCadence.fiscalYearEnd(), FY2569, null);
		// quarter 1 (due 31 December) reported on 15 January, inside quarter 2's window
		List<LocalDate> reported = List.of(d("2026-01-15"));
		assertThat(ReportingPeriods.account(quarters, reported, d("2026-02-01")).standings())
			.containsExactly(Standing.LATE, Standing.OPEN, Standing.OPEN, Standing.OPEN);
		assertThat(ReportingPeriods.account(quarters, reported, d("2026-04-01")).standings())
			.containsExactly(Standing.LATE, Standing.MISSING, Standing.OPEN, Standing.OPEN);
		// a second report in quarter 2's window answers quarter 2
		assertThat(ReportingPeriods.account(quarters, List.of(d("2026-01-15"), d("2026-02-20")), d("2026-04-01")).standings())
			.containsExactly(Standing.LATE, Standing.ON_TIME, Standing.OPEN, Standing.OPEN);
		// without a next quarter, the year-end summary takes a late report whenever it comes
		assertThat(ReportingPeriods.standing(quarters, 3, List.of(d("2026-10-20")), d("2026-10-21"))).isEqualTo(Standing.LATE);
	}

	@Test
	void theLastMonthHasNoNextMeetingToCountForSoItTakesALateReportAfterItsMeeting() {
		// September 2569: due 7 September, meeting 8 September; a report on 20 September answers it, late
		assertThat(ReportingPeriods.standing(MONTHLY, 11, List.of(d("2026-09-20")), d("2026-09-21"))).isEqualTo(Standing.LATE);
		assertThat(ReportingPeriods.lateUntil(MONTHLY, 11)).isEqualTo(LocalDate.MAX);
	}

}
