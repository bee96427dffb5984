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
		assertThat(ReportingPeriods.standing(periods, 2, reported, today)).isEqualTo(Standing.ON_TIME);
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

}
