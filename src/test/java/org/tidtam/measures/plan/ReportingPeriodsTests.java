package org.tidtam.measures.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tidtam.measures.organisation.MeetingRule;
import org.tidtam.shared.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;

/** Reporting periods by cadence, across month ends, quarter ends and 30 September / 1 October. */
class ReportingPeriodsTests {

	static final FiscalYear Y2570 = FiscalYear.of(2570); // 1 Oct 2026 – 30 Sep 2027

	/** Second Tuesday; 13 Oct 2026 (วันนวมินทรมหาราช) is a holiday, so October's meeting moves to the 14th. */
	final MeetingRule rule = MeetingRule.of(DayOfWeek.TUESDAY, 2).withHoliday(LocalDate.of(2026, 10, 13));

	@Test
	void aMonthlyMeetingMeasureOwesOneReportBeforeEachMeeting() {
		List<ReportingPeriod> periods = ReportingPeriods.of(MeasureCadence.monthlyMeeting(), Y2570, this.rule::meetingIn);
		assertThat(periods).hasSize(12);
		assertThat(periods.get(0)).isEqualTo(new ReportingPeriod(ReportingPeriod.Kind.MEETING, LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 10, 13), YearMonth.of(2026, 10), null));
		// November: from October's meeting day to the day before the meeting on Tuesday 10 Nov
		assertThat(periods.get(1).from()).isEqualTo(LocalDate.of(2026, 10, 14));
		assertThat(periods.get(1).deadline()).isEqualTo(LocalDate.of(2026, 11, 9));
		// periods follow each other with no gap and no overlap
		for (int i = 1; i < periods.size(); i++) {
			assertThat(periods.get(i).from()).isEqualTo(periods.get(i - 1).deadline().plusDays(1));
		}
		assertThat(periods.get(11).deadline()).isEqualTo(LocalDate.of(2027, 9, 13));
		assertThat(periods.get(1).thai()).isEqualTo("ก่อนการประชุมประจำเดือนพฤศจิกายน 2569");
		// a report on the meeting day itself counts for the next month
		assertThat(ReportingPeriods.current(periods, LocalDate.of(2026, 11, 10)).orElseThrow().month())
			.isEqualTo(YearMonth.of(2026, 12));
		assertThat(ReportingPeriods.current(periods, LocalDate.of(2026, 11, 30)).orElseThrow().month())
			.isEqualTo(YearMonth.of(2026, 12));
		assertThat(ReportingPeriods.current(periods, LocalDate.of(2026, 12, 1)).orElseThrow().month())
			.isEqualTo(YearMonth.of(2026, 12));
	}

	@Test
	void aMeetingOnTheFirstOfOctoberOwesNothingForOctober() {
		MeetingRule firstThursday = MeetingRule.of(DayOfWeek.THURSDAY, 1); // 1 Oct 2026 is a Thursday
		List<ReportingPeriod> periods = ReportingPeriods.of(MeasureCadence.monthlyMeeting(), Y2570, firstThursday::meetingIn);
		assertThat(periods.get(0).month()).isEqualTo(YearMonth.of(2026, 11));
		assertThat(periods.get(0).from()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(periods.get(0).deadline()).isEqualTo(LocalDate.of(2026, 11, 4));
	}

	@Test
	void aQuarterDueMeasureOwesOneFinalReportByTheQuartersEnd() {
		List<ReportingPeriod> periods = ReportingPeriods.of(MeasureCadence.withinQuarter(2), Y2570, this.rule::meetingIn);
		assertThat(periods).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(ReportingPeriod.Kind.FINAL);
			assertThat(p.from()).isEqualTo(LocalDate.of(2026, 10, 1));
			assertThat(p.deadline()).isEqualTo(LocalDate.of(2027, 3, 31));
		});
		assertThat(ReportingPeriods.current(periods, LocalDate.of(2027, 3, 31))).isPresent();
		assertThat(ReportingPeriods.current(periods, LocalDate.of(2027, 4, 1))).isEmpty();
		assertThat(ReportingPeriods.lastClosed(periods, LocalDate.of(2027, 4, 1))).isPresent();
	}

	@Test
	void aYearEndMeasureOwesProgressEachQuarterAndTheSummaryBy30September() {
		List<ReportingPeriod> periods = ReportingPeriods.of(MeasureCadence.fiscalYearEnd(), Y2570, null);
		assertThat(periods).extracting(ReportingPeriod::deadline)
			.containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 6, 30),
					LocalDate.of(2027, 9, 30));
		assertThat(periods).extracting(ReportingPeriod::kind)
			.containsExactly(ReportingPeriod.Kind.QUARTER_PROGRESS, ReportingPeriod.Kind.QUARTER_PROGRESS,
					ReportingPeriod.Kind.QUARTER_PROGRESS, ReportingPeriod.Kind.FINAL);
		assertThat(ReportingPeriods.current(periods, LocalDate.of(2027, 9, 30)).orElseThrow().kind())
			.isEqualTo(ReportingPeriod.Kind.FINAL);
		assertThat(ReportingPeriods.current(periods, LocalDate.of(2027, 10, 1))).as("1 October is the next year").isEmpty();
		assertThat(ReportingPeriods.current(periods, LocalDate.of(2027, 1, 1)).orElseThrow().quarter()).isEqualTo(2);
		// an unset cadence counts as year-end
		assertThat(ReportingPeriods.of(null, Y2570, null)).isEqualTo(periods);
	}

	@Test
	void aDateDueMeasureOwesOneReportByThatDate() {
		List<ReportingPeriod> periods = ReportingPeriods.of(MeasureCadence.byDate(LocalDate.of(2027, 1, 15)), Y2570, null);
		assertThat(periods).singleElement().extracting(ReportingPeriod::deadline).isEqualTo(LocalDate.of(2027, 1, 15));
		assertThat(periods.get(0).thai()).isEqualTo("รายงานผลภายในวันที่ 15 มกราคม 2570");
	}

}
