package org.tidtam.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.organisation.MeetingRule;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.progress.ProgressReport;
import org.tidtam.progress.ProgressService;
import org.tidtam.progress.ProgressStandings;
import org.tidtam.progress.ReportingPeriod;
import org.tidtam.progress.ReportingPeriods;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * What each open assignment of a plan owes: its reporting periods (from the measure's cadence and the
 * organisation's meeting rule) and the reports it has had. The reminders and the "what is left" answer
 * in chat read the same facts from here.
 */
@Component
public class Obligations {

	private final PlanService plans;

	private final MeasureService measures;

	private final AssignmentService assignments;

	private final ProgressService progress;

	private final ProgressStandings standings;

	Obligations(PlanService plans, MeasureService measures, AssignmentService assignments, ProgressService progress,
			ProgressStandings standings) {
		this.standings = standings;
		this.plans = plans;
		this.measures = measures;
		this.assignments = assignments;
		this.progress = progress;
	}

	/** One open assignment with its measure, periods and the reports made up to the given day. */
	public record Entry(Assignment assignment, Measure measure, List<ReportingPeriod> periods, List<ProgressReport> reports,
			Map<String, LocalDate> countsOn) {

		/** The period whose deadline passed most recently before {@code day}, if any. */
		public Optional<ReportingPeriod> lastClosed(LocalDate day) {
			return this.periods.stream().filter(p -> p.due().isBefore(day)).reduce((a, b) -> b);
		}

		/** The period open on {@code day}, if any. */
		public Optional<ReportingPeriod> open(LocalDate day) {
			return ReportingPeriods.current(this.periods, day);
		}

		/**
		 * Whether {@code period} has its report, on time or late, by the rule of
		 * {@link ReportingPeriods#account}: a report counts for one period only, so one made after March's
		 * deadline and by the March meeting answers March (late), not April as well.
		 */
		public boolean reportedIn(ReportingPeriod period) {
			int index = this.periods.indexOf(period);
			return index >= 0 && account().reported(index);
		}

		private ReportingPeriods.Accounting account() {
			return ReportingPeriods.account(this.periods, this.reports.stream()
				.filter(ProgressReport::current)
				.map(r -> this.countsOn.getOrDefault(r.getId(), LocalDate.ofInstant(r.getReportedAt(), ThaiDates.BANGKOK)))
				.toList(), LocalDate.MIN); // "today" only tells missing from open, which is not asked here
		}

		/** Still owes a report for the period open on {@code day} (a measure marked done owes nothing). */
		public boolean owes(LocalDate day) {
			return this.assignment.getState() != AssignmentState.DONE && open(day).filter(p -> !reportedIn(p)).isPresent();
		}

		public Optional<ProgressReport> latest() {
			return this.reports.stream().filter(ProgressReport::current).max(Comparator.comparing(ProgressReport::getReportedAt));
		}

	}

	/** The published plan of the fiscal year that contains {@code day}, if any. */
	public Optional<Plan> publishedPlan(FiscalYear year) {
		return this.plans.published(year);
	}

	/** Every open assignment of {@code plan} (measures not archived), with reports made up to the end of {@code day}. */
	public List<Entry> entries(Plan plan, LocalDate day) {
		return entries(plan, day, null);
	}

	/** As {@link #entries(Plan, LocalDate)}, for one division when {@code divisionId} is not null. */
	private List<Entry> entries(Plan plan, LocalDate day, String divisionId) {
		FiscalYear year = plan.getFiscalYear();
		MeetingRule meetings = this.standings.meetingRule(year);
		Map<String, Measure> measuresById = this.measures.measures(plan.getId())
			.stream()
			.filter(m -> !m.isArchived())
			.collect(Collectors.toMap(Measure::getId, Function.identity()));
		Instant from = year.start().atStartOfDay(ThaiDates.BANGKOK).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant();
		List<ProgressReport> made = divisionId == null ? this.progress.between(plan.getId(), from, to)
				: this.progress.between(plan.getId(), divisionId, from, to);
		// a correction counts on the day of the report it corrects (ProgressService.countsOn)
		Map<String, LocalDate> countsOn = made.stream()
			.filter(r -> r.getCorrects() != null)
			.collect(Collectors.toMap(ProgressReport::getId, this.progress::countsOn));
		Map<String, List<ProgressReport>> reports = made.stream()
			.collect(Collectors.groupingBy(ProgressReport::getAssignmentId));
		return this.assignments.forPlan(plan.getId())
			.stream()
			.filter(a -> measuresById.containsKey(a.getMeasureId()))
			.filter(a -> divisionId == null || divisionId.equals(a.getDivisionId()))
			.map(a -> {
				Measure m = measuresById.get(a.getMeasureId());
				return new Entry(a, m,
						ReportingPeriods.owedFrom(ReportingPeriods.of(m.getCadence(), year, meetings),
								ReportingPeriods.since(plan, a)),
						reports.getOrDefault(a.getId(), List.of()), countsOn);
			})
			.toList();
	}

	/** A division's entries in this year's published plan, soonest deadline first. */
	public List<Entry> forDivision(String divisionId, LocalDate day) {
		return publishedPlan(FiscalYear.containing(day)).map(plan -> entries(plan, day, divisionId)
			.stream()
			.sorted(Comparator.comparing((Entry e) -> e.open(day).map(ReportingPeriod::due).orElse(LocalDate.MAX))
				.thenComparing(e -> e.measure().getNumber()))
			.toList()).orElse(List.of());
	}

	/**
	 * Until the year just ended stops taking late reports ({@link FiscalYear#lateReportsUntil()}, 31
	 * October), a division's assignments of that year's published plan that still owe their last period:
	 * not marked done and that period without its report (a late report counts; one that answered the
	 * period before, late, does not answer this one too). Empty after.
	 */
	public List<Entry> lateFromLastYear(String divisionId, LocalDate day) {
		FiscalYear last = FiscalYear.containing(day).previous();
		if (day.isAfter(last.lateReportsUntil())) {
			return List.of();
		}
		return publishedPlan(last).map(plan -> entries(plan, day, divisionId).stream()
			.filter(e -> e.assignment().getState() != AssignmentState.DONE && !e.periods().isEmpty())
			.filter(e -> !e.reportedIn(e.periods().get(e.periods().size() - 1)))
			.sorted(Comparator.comparing(e -> e.measure().getNumber()))
			.toList()).orElse(List.of());
	}

}
