package org.tidtam.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tidtam.conversation.ChatRef;
import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.GroupBindingService;
import org.tidtam.measures.organisation.LineGroupBinding;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.shared.FiscalYear;

/** {@link ReportContext} from the measures module: people, group bindings and the current plan. */
@Component
class MeasuresReportContext implements ReportContext {

	private final PersonService people;

	private final DivisionService divisions;

	private final GroupBindingService groups;

	private final PlanService plans;

	private final MeasureService measures;

	private final AssignmentService assignments;

	private final Clock clock;

	private final ProgressService progress;

	MeasuresReportContext(PersonService people, DivisionService divisions, GroupBindingService groups, PlanService plans,
			MeasureService measures, AssignmentService assignments, Clock clock, ProgressService progress) {
		this.progress = progress;
		this.people = people;
		this.divisions = divisions;
		this.groups = groups;
		this.plans = plans;
		this.measures = measures;
		this.assignments = assignments;
		this.clock = clock;
	}

	@Override
	public Optional<Reporter> reporter(ChatRef chat) {
		if (chat.userId() == null) {
			return Optional.empty();
		}
		Optional<Person> person = this.people.findByLineUserId(chat.userId()).filter(Person::lineLinked);
		if (person.isEmpty()) {
			return Optional.empty();
		}
		String divisionId = chat.oneToOne() ? person.get().getDivisionId()
				: this.groups.bindingOf(chat.chatId())
					.map(LineGroupBinding::getDivisionId)
					.orElse(person.get().getDivisionId());
		String divisionName = divisionId == null ? null
				: this.divisions.find(divisionId).map(Division::getName).orElse(null);
		return Optional.of(new Reporter(person.get().getId(), person.get().getName(), divisionId, divisionName));
	}

	/**
	 * The division's open assignments in this fiscal year's plan, then, until the previous year's
	 * {@link FiscalYear#lateReportsUntil() late reports} stop (31 October), those still open in the
	 * previous year's published plan, their titles marked with that year: in early October a division
	 * still sends its late September or year-end report, whether or not the new plan is out yet. This
	 * year's come first, so the shorthand "#3" means this year's measure 3 when there is one.
	 */
	@Override
	public List<ReportTarget> openTargets(String divisionId) {
		if (divisionId == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		FiscalYear year = FiscalYear.containing(today);
		List<ReportTarget> targets = new java.util.ArrayList<>();
		this.plans.forYear(year).ifPresent(plan -> targets.addAll(openTargets(plan, divisionId, null)));
		if (!today.isAfter(year.previous().lateReportsUntil())) {
			this.plans.published(year.previous())
				.ifPresent(plan -> targets.addAll(openTargets(plan, divisionId, plan.getFiscalYear())));
		}
		return targets;
	}

	private List<ReportTarget> openTargets(Plan plan, String divisionId, FiscalYear pastYear) {
		Map<String, Measure> byId = this.measures.measures(plan.getId())
			.stream()
			.collect(Collectors.toMap(Measure::getId, Function.identity(), (a, b) -> a));
		return this.assignments.forPlan(plan.getId())
			.stream()
			.filter(a -> divisionId.equals(a.getDivisionId()) && a.getState() != AssignmentState.DONE)
			.filter(a -> byId.containsKey(a.getMeasureId()))
			// monthly-meeting measures first: one is due at every meeting, sooner than any quarter or year end
			.sorted(Comparator.comparing((Assignment a) -> !monthly(byId.get(a.getMeasureId())))
				.thenComparing(Assignment::getDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(a -> byId.get(a.getMeasureId()).getNumber()))
			.map(a -> target(a, byId.get(a.getMeasureId()), pastYear))
			.toList();
	}

	@Override
	public Optional<ReportTarget> target(String assignmentId) {
		return this.assignments.find(assignmentId).flatMap(a -> this.measures.find(a.getMeasureId()).map(m -> target(a, m)));
	}

	@Override
	public boolean stillAssigned(String assignmentId) {
		return this.assignments.find(assignmentId).filter(a -> !a.isArchived()).isPresent();
	}

	private static ReportTarget target(Assignment a, Measure m) {
		return target(a, m, null);
	}

	/** With {@code pastYear}, the title says which year's measure it is ("[ปี 2569] …"): both years may have a measure 3. */
	private static ReportTarget target(Assignment a, Measure m, FiscalYear pastYear) {
		String title = pastYear == null ? m.getTitle() : "[ปี " + pastYear.buddhistYear() + "] " + m.getTitle();
		return new ReportTarget(a.getId(), m.getNumber(), title,
				a.getDueOn() == null ? null : a.getDueOn().toString(), monthly(m));
	}

	private static boolean monthly(Measure m) {
		return m.getCadence() != null && m.getCadence().monthly();
	}

	@Override
	public Optional<ProgressReport> lastReportBy(String personId) {
		return this.progress.lastBy(personId);
	}

	@Override
	public List<ReportTarget> recentReports(ChatRef chat) {
		return this.progress.recentBy(chat.chatId(), chat.userId())
			.stream()
			.map(r -> target(r.getAssignmentId()).map(t -> new ReportTarget(r.getId(), t.number(), t.title(), null)))
			.flatMap(Optional::stream)
			.toList();
	}

}
