package org.tidtam.measures.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.measures.Acknowledgement;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.GroupBindingService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.shared.PersonAccounts;
import org.tidtam.shared.Role;

/**
 * A division head's (or staff member's) own division: this year's assignments, most due first, with
 * their state and acknowledgement, and an acknowledge button for a head who prefers the web to LINE.
 * The sign-in must be linked to a person (by the admin on {@code /admin/users}); a head only ever sees
 * and acknowledges their own division's assignments.
 */
@Controller
class MyDivisionController {

	private final PersonAccounts accounts;

	private final PersonService people;

	private final DivisionService divisions;

	private final CurrentPlan current;

	private final AssignmentService assignments;

	private final MeasureService measures;

	private final GroupBindingService groups;

	MyDivisionController(PersonAccounts accounts, PersonService people, DivisionService divisions, CurrentPlan current,
			AssignmentService assignments, MeasureService measures, GroupBindingService groups) {
		this.accounts = accounts;
		this.people = people;
		this.divisions = divisions;
		this.current = current;
		this.assignments = assignments;
		this.measures = measures;
		this.groups = groups;
	}

	@GetMapping("/admin/my-division")
	String myDivision(Authentication who, Model model) {
		Optional<Person> person = person(who);
		if (person.isEmpty() || person.get().getDivisionId() == null) {
			model.addAttribute("person", person.orElse(null));
			return "measures/my-division";
		}
		Person me = person.get();
		String divisionId = me.getDivisionId();
		Plan plan = this.current.todaysPlan();
		Map<String, Measure> measuresById = this.measures.measures(plan.getId())
			.stream()
			.collect(Collectors.toMap(Measure::getId, Function.identity()));
		List<Row> rows = this.assignments.forPlan(plan.getId())
			.stream()
			.filter(a -> a.getDivisionId().equals(divisionId) && measuresById.containsKey(a.getMeasureId()))
			.map(a -> new Row(a, measuresById.get(a.getMeasureId()),
					a.getAcknowledgedBy() == null ? null : this.people.find(a.getAcknowledgedBy()).map(Person::getName).orElse("-")))
			.sorted(Comparator.comparing((Row r) -> r.assignment().getDueOn(), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(r -> r.measure().getNumber()))
			.toList();
		model.addAttribute("person", me);
		model.addAttribute("plan", plan);
		model.addAttribute("division", this.divisions.find(divisionId).map(d -> d.getName()).orElse("-"));
		model.addAttribute("rows", rows);
		model.addAttribute("canAcknowledge", me.has(Role.DIVISION_HEAD));
		model.addAttribute("groupCount", this.groups.groupsOf(divisionId).size());
		return "measures/my-division";
	}

	@PostMapping("/admin/my-division/{assignmentId}/acknowledge")
	String acknowledge(@PathVariable String assignmentId, Authentication who, RedirectAttributes redirect) {
		Person me = person(who).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		Assignment assignment = this.assignments.find(assignmentId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!me.has(Role.DIVISION_HEAD) || !assignment.getDivisionId().equals(me.getDivisionId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		Acknowledgement result = this.assignments.acknowledge(assignmentId, me.getId());
		if (result instanceof Acknowledgement.AlreadyAcknowledged earlier) {
			redirect.addFlashAttribute("flash", "my-division.already");
			redirect.addFlashAttribute("flashArg",
					this.people.find(earlier.byPersonId()).map(Person::getName).orElse("-"));
		}
		else {
			redirect.addFlashAttribute("flash", "my-division.acknowledged");
		}
		return "redirect:/admin/my-division";
	}

	private Optional<Person> person(Authentication who) {
		return this.accounts.personIdOf(who.getName()).flatMap(this.people::find);
	}

	/** One assignment of the division with its measure and who acknowledged it. */
	record Row(Assignment assignment, Measure measure, String acknowledgedByName) {
	}

}
