package org.tidtam.measures.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureService;

/** One assignment (a measure for one division): what the "ดูรายละเอียด" button of a notice opens. */
@Controller
class AssignmentPageController {

	private final AssignmentService assignments;

	private final MeasureService measures;

	private final DivisionService divisions;

	private final PersonService people;

	AssignmentPageController(AssignmentService assignments, MeasureService measures, DivisionService divisions,
			PersonService people) {
		this.assignments = assignments;
		this.measures = measures;
		this.divisions = divisions;
		this.people = people;
	}

	@GetMapping("/admin/assignments/{id}")
	String assignment(@PathVariable String id, Model model) {
		Assignment assignment = this.assignments.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Measure measure = this.measures.find(assignment.getMeasureId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("assignment", assignment);
		model.addAttribute("measure", measure);
		model.addAttribute("division", this.divisions.find(assignment.getDivisionId()).map(d -> d.getName()).orElse("-"));
		model.addAttribute("acknowledgedBy", assignment.getAcknowledgedBy() == null ? null
				: this.people.find(assignment.getAcknowledgedBy()).map(p -> p.getName()).orElse("-"));
		return "measures/assignment";
	}

}
