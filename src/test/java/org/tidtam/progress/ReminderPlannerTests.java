package org.tidtam.progress;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tidtam.measures.organisation.MeetingRule;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.progress.ReminderPlanner.AssignmentFacts;
import org.tidtam.progress.ReportReminder.Kind;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which reminders are owed at a fixed moment: N days before a deadline to the group (only what is
 * missing), the working day before to the head, after it one digest to the executives; quiet hours,
 * weekends and holidays respected with catch-up; across month ends and 30 September / 1 October.
 */
class ReminderPlannerTests {

	static final FiscalYear FY2569 = FiscalYear.of(2569);

	/** วันฉัตรมงคล (4 May) and วันวิสาขบูชา 2569 as configured holidays. */
	static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.parse("2026-05-04"), LocalDate.parse("2026-05-31"),
			LocalDate.parse("2026-06-01"));

	final ReminderPlanner planner = new ReminderPlanner(ReminderPlanner.Settings.defaults(HOLIDAYS));

	static ZonedDateTime at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ThaiDates.BANGKOK);
	}

	static AssignmentFacts facts(String id, String division, int number, MeasureCadence cadence, String... reported) {
		return new AssignmentFacts(id, division, number, "มาตรการ " + number,
				ReportingPeriods.of(cadence, FY2569, MeetingRule.secondTuesday()),
				java.util.Arrays.stream(reported).map(LocalDate::parse).toList());
	}

	/** Due 31 March 2026 (a Tuesday): กองช่าง owes two, has reported one; กองคลัง reported. */
	List<AssignmentFacts> quarterTwo(String... works2Reported) {
		return List.of(facts("w1", "works", 1, MeasureCadence.withinQuarter(2), "2026-03-02"),
				facts("w2", "works", 2, MeasureCadence.withinQuarter(2), works2Reported),
				facts("w3", "works", 3, MeasureCadence.withinQuarter(2)),
				facts("f1", "finance", 1, MeasureCadence.withinQuarter(2), "2026-03-20"));
	}

	@Test
	void threeDaysBeforeTheGroupHearsOnlyWhatIsStillMissing() {
		assertThat(this.planner.plan(at("2026-03-27T09:00"), quarterTwo())).as("4 days before").isEmpty();
		List<ReportReminder> owed = this.planner.plan(at("2026-03-28T09:00").plusDays(0), quarterTwo());
		assertThat(owed).as("a Saturday: nothing").isEmpty();
		owed = this.planner.plan(at("2026-03-30T09:00"), quarterTwo());
		ReportReminder group = owed.stream().filter(r -> r.kind() == Kind.GROUP).findFirst().orElseThrow();
		assertThat(group.divisionId()).isEqualTo("works");
		assertThat(group.key()).isEqualTo("progress-group:works:2026-03-31");
		assertThat(group.items()).extracting(ReportReminder.Item::assignmentId).containsExactly("w2", "w3");
		assertThat(owed).noneMatch(r -> "finance".equals(r.divisionId()));
	}

	@Test
	void theHeadIsRemindedTheWorkingDayBeforeAndNobodyWhoReported() {
		List<ReportReminder> friday = this.planner.plan(at("2026-03-27T10:00"), quarterTwo());
		assertThat(friday).noneMatch(r -> r.kind() == Kind.HEAD);
		List<ReportReminder> monday = this.planner.plan(at("2026-03-30T10:00"), quarterTwo());
		assertThat(monday).filteredOn(r -> r.kind() == Kind.HEAD)
			.singleElement()
			.satisfies(r -> assertThat(r.items()).extracting(ReportReminder.Item::assignmentId).containsExactly("w2", "w3"));
		// w2 and w3 reported on Monday afternoon: the deadline day brings nothing more
		List<ReportReminder> tuesday = this.planner.plan(at("2026-03-31T09:00"),
				List.of(facts("w1", "works", 1, MeasureCadence.withinQuarter(2), "2026-03-02"),
						facts("w2", "works", 2, MeasureCadence.withinQuarter(2), "2026-03-30"),
						facts("w3", "works", 3, MeasureCadence.withinQuarter(2), "2026-03-30")));
		assertThat(tuesday).isEmpty();
	}

	@Test
	void quietHoursHoldEverythingBack() {
		assertThat(this.planner.plan(at("2026-03-30T06:59"), quarterTwo())).isEmpty();
		assertThat(this.planner.plan(at("2026-03-30T07:00"), quarterTwo())).isNotEmpty();
		assertThat(this.planner.plan(at("2026-03-30T19:59"), quarterTwo())).isNotEmpty();
		assertThat(this.planner.plan(at("2026-03-30T20:00"), quarterTwo())).isEmpty();
		assertThat(this.planner.plan(at("2026-03-30T23:30"), quarterTwo())).isEmpty();
	}

	@Test
	void afterTheDeadlineTheExecutivesGetOneDigestPerMeasure() {
		List<ReportReminder> owed = this.planner.plan(at("2026-04-01T09:00"), quarterTwo("2026-04-01"));
		assertThat(owed).singleElement().satisfies(d -> {
			assertThat(d.kind()).isEqualTo(Kind.DIGEST);
			assertThat(d.key()).isEqualTo("progress-digest:2026-03-31");
			assertThat(d.items()).extracting(ReportReminder.Item::measureNumber).containsExactly(1, 2, 3);
			assertThat(d.items().get(0).reportedDivisionIds()).containsExactly("finance", "works");
			// a report on the day after the deadline is late: the digest lists it as missing for the period
			assertThat(d.items().get(1).missingDivisionIds()).containsExactly("works");
			assertThat(d.items().get(2).missingDivisionIds()).containsExactly("works");
		});
		assertThat(this.planner.plan(at("2026-04-09T09:00"), quarterTwo())).as("a week later it is history").isEmpty();
	}

	@Test
	void theYearEndSummaryDeadlineIs30SeptemberAndTheDigestComesOn1October() {
		List<AssignmentFacts> yearEnd = List.of(facts("y1", "works", 9, MeasureCadence.fiscalYearEnd(), "2025-12-01",
				"2026-03-01", "2026-06-01"));
		List<ReportReminder> before = this.planner.plan(at("2026-09-29T09:00"), yearEnd);
		assertThat(before).extracting(ReportReminder::kind).containsExactly(Kind.GROUP, Kind.HEAD);
		assertThat(before.get(0).items()).singleElement()
			.satisfies(i -> assertThat(i.periodKey()).isEqualTo("Q4"));
		List<ReportReminder> after = this.planner.plan(at("2026-10-01T09:00"), yearEnd);
		assertThat(after).singleElement().satisfies(d -> {
			assertThat(d.kind()).isEqualTo(Kind.DIGEST);
			assertThat(d.due()).isEqualTo(LocalDate.parse("2026-09-30"));
			assertThat(d.items().get(0).missingDivisionIds()).containsExactly("works");
		});
	}

	@Test
	void holidaysAndWeekendsAreSkippedAndTheNextWorkingDayCatchesUp() {
		// due Tuesday 2 June 2026 (by date); the group's window opens Saturday 30 May: Sat, Sun, the holidays
		// 31 May and 1 June are skipped, so Tuesday catches up. The working day before is Friday 29 May:
		// the head hears then (Tuesday plans it again under the same key, which the sender keeps to one)
		List<AssignmentFacts> byDate = List.of(facts("d1", "works", 4, MeasureCadence.byDate(LocalDate.parse("2026-06-02"))));
		assertThat(this.planner.plan(at("2026-05-29T09:00"), byDate)).extracting(ReportReminder::key)
			.containsExactly("progress-head:works:2026-06-02");
		assertThat(this.planner.plan(at("2026-05-30T09:00"), byDate)).isEmpty();
		assertThat(this.planner.plan(at("2026-06-01T09:00"), byDate)).as("holiday").isEmpty();
		List<ReportReminder> tuesday = this.planner.plan(at("2026-06-02T09:00"), byDate);
		assertThat(tuesday).extracting(ReportReminder::key)
			.containsExactly("progress-group:works:2026-06-02", "progress-head:works:2026-06-02");
	}

	@Test
	void monthlyMeetingRemindersCrossTheMonthEnd() {
		// November 2025's meeting is on Tuesday 11 November, the report due Monday 10 November; October's
		// report (due 13 October) was made: the reminder names November's period only
		List<AssignmentFacts> monthly = List.of(facts("m1", "works", 5, MeasureCadence.monthlyMeeting(), "2025-10-10"));
		List<ReportReminder> friday = this.planner.plan(at("2025-11-07T09:00"), monthly);
		assertThat(friday).extracting(ReportReminder::kind).containsExactly(Kind.GROUP, Kind.HEAD);
		assertThat(friday.get(0).items()).singleElement().satisfies(i -> assertThat(i.periodKey()).isEqualTo("2025-11"));
		assertThat(friday.get(0).due()).isEqualTo(LocalDate.parse("2025-11-10"));
		// reported on 31 October (in November's window, which opened 14 October): nothing owed
		List<AssignmentFacts> early = List.of(facts("m1", "works", 5, MeasureCadence.monthlyMeeting(), "2025-10-10",
				"2025-10-31"));
		assertThat(this.planner.plan(at("2025-11-07T09:00"), early)).isEmpty();
	}

	@Test
	void theSameReminderPlannedOnTwoDaysHasTheSameKey() {
		String first = this.planner.plan(at("2026-03-30T09:00"), quarterTwo()).get(0).key();
		String second = this.planner.plan(at("2026-03-31T09:00"), quarterTwo()).get(0).key();
		assertThat(first).isEqualTo(second);
	}

}
