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

	@Override
	public List<ReportTarget> openTargets(String divisionId) {
		Optional<Plan> plan = this.plans.forYear(FiscalYear.containing(LocalDate.now(this.clock)));
		if (plan.isEmpty() || divisionId == null) {
			return List.of();
		}
		Map<String, Measure> byId = this.measures.measures(plan.get().getId())
			.stream()
			.collect(Collectors.toMap(Measure::getId, Function.identity(), (a, b) -> a));
		return this.assignments.forPlan(plan.get().getId())
			.stream()
			.filter(a -> divisionId.equals(a.getDivisionId()) && a.getState() != AssignmentState.DONE)
			.filter(a -> byId.containsKey(a.getMeasureId()))
			// monthly-meeting measures first: one is due at every meeting, sooner than any quarter or year end
			.sorted(Comparator.comparing((Assignment a) -> !monthly(byId.get(a.getMeasureId())))
				.thenComparing(Assignment::getDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(a -> byId.get(a.getMeasureId()).getNumber()))
			.map(a -> target(a, byId.get(a.getMeasureId())))
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
		return new ReportTarget(a.getId(), m.getNumber(), m.getTitle(),
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
