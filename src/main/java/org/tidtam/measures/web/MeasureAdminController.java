package org.tidtam.measures.web;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Indicator;
import org.tidtam.measures.plan.IndicatorSet;
import org.tidtam.measures.plan.IndicatorSetService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureChanged;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;

/**
 * One measure for the coordinator: its page (fields, and per division the assignment's state and
 * acknowledgement), adding, editing and removing. Editing a measure of a published plan tells the
 * affected heads what changed (the measures module announces it; the LINE adapter sends it);
 * removing one from a published plan archives it, keeping its history.
 */
@Controller
class MeasureAdminController {

	private final CurrentPlan current;

	private final MeasureService measures;

	private final AssignmentService assignments;

	private final DivisionService divisions;

	private final IndicatorSetService indicatorSets;

	MeasureAdminController(CurrentPlan current, MeasureService measures, AssignmentService assignments,
			DivisionService divisions, IndicatorSetService indicatorSets) {
		this.current = current;
		this.measures = measures;
		this.assignments = assignments;
		this.divisions = divisions;
		this.indicatorSets = indicatorSets;
	}

	@GetMapping("/admin/plan/measures/new")
	String newMeasure(Model model) {
		MeasureEditForm form = new MeasureEditForm();
		form.setFormKey(java.util.UUID.randomUUID().toString());
		return form(model, form, null);
	}

	@PostMapping("/admin/plan/measures")
	String add(@ModelAttribute("form") MeasureEditForm form, Model model, RedirectAttributes redirect) {
		String problem = form.problem(this.current.plan().getFiscalYear());
		if (problem != null) {
			model.addAttribute("error", problem);
			return form(model, form, null);
		}
		Measure added;
		try {
			String key = form.getFormKey() == null || form.getFormKey().isBlank() || form.getFormKey().length() > 64 ? null
					: form.getFormKey().strip();
			added = this.measures.add(this.current.plan().getId(), form.toForm(), key);
		}
		catch (DuplicateKeyException taken) {
			model.addAttribute("error", "measure.error.number-taken");
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "measure.added");
		warnIfUnassigned(form, redirect);
		return "redirect:/admin/plan/measures/" + added.getId();
	}

	@GetMapping("/admin/plan/measures/{id}")
	String measure(@PathVariable String id, Model model) {
		Measure measure = find(id);
		return form(model, MeasureEditForm.of(measure), measure);
	}

	@PostMapping("/admin/plan/measures/{id}")
	String edit(@PathVariable String id, @ModelAttribute("form") MeasureEditForm form, Model model,
			RedirectAttributes redirect) {
		Measure measure = find(id);
		String problem = form.problem(this.current.plan().getFiscalYear());
		if (problem != null) {
			model.addAttribute("error", problem);
			return form(model, form, measure);
		}
		MeasureChanged changed;
		try {
			changed = this.measures.edit(id, form.toForm());
		}
		catch (OptimisticLockingFailureException meanwhile) {
			redirect.addFlashAttribute("flashError", "measure.error.changed-meanwhile");
			return "redirect:/admin/plan/measures/" + id;
		}
		Plan plan = this.current.plan();
		redirect.addFlashAttribute("flash", changed.isEmpty() ? "measure.unchanged"
				: plan.isPublished() && plan.getId().equals(measure.getPlanId()) ? "measure.saved.notified" : "measure.saved");
		warnIfUnassigned(form, redirect);
		return "redirect:/admin/plan/measures/" + id;
	}

	/** Saved, but with no division responsible nobody is assigned, told or reminded: say so. */
	private static void warnIfUnassigned(MeasureEditForm form, RedirectAttributes redirect) {
		if (form.getDivisionIds() == null || form.getDivisionIds().isEmpty()) {
			redirect.addFlashAttribute("flashError", "measure.warning.no-division");
		}
	}

	/**
	 * Deletes a measure of a draft plan, or archives one of a published plan (its follow-up stops). The
	 * button sits under the edit form's save button, so the confirmation box must be ticked too; without
	 * it nothing is removed.
	 */
	@PostMapping("/admin/plan/measures/{id}/remove")
	String remove(@PathVariable String id,
			@org.springframework.web.bind.annotation.RequestParam(name = "confirm", defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		find(id);
		if (!confirm) {
			redirect.addFlashAttribute("flashError", "measure.remove.confirm-needed");
			return "redirect:/admin/plan/measures/" + id;
		}
		MeasureService.Removal removal = this.measures.remove(id);
		redirect.addFlashAttribute("flash",
				removal == MeasureService.Removal.DELETED ? "measure.deleted" : "measure.archived");
		return "redirect:/admin/plan";
	}

	private Measure find(String id) {
		return this.measures.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String form(Model model, MeasureEditForm form, Measure measure) {
		Plan plan = this.current.plan();
		model.addAttribute("plan", plan);
		model.addAttribute("form", form);
		model.addAttribute("measure", measure);
		model.addAttribute("divisions", this.divisions.active());
		model.addAttribute("divisionNames", this.current.divisionNames());
		model.addAttribute("cadences", MeasureCadence.Kind.values());
		model.addAttribute("indicators", indicatorChoices(plan));
		model.addAttribute("assignments", measure == null ? List.of() : this.assignments.forMeasure(measure.getId()));
		return "measures/measure";
	}

	/** The plan's indicators, flattened (a heading's sub-items follow it), for the indicator picker. */
	private List<Indicator> indicatorChoices(Plan plan) {
		Optional<IndicatorSet> set = plan.getIndicatorSetId() == null ? Optional.empty()
				: this.indicatorSets.find(plan.getIndicatorSetId());
		return set.map(s -> flatten(s.getIndicators())).orElse(List.of());
	}

	static List<Indicator> flatten(List<Indicator> indicators) {
		List<Indicator> out = new java.util.ArrayList<>();
		for (Indicator i : indicators) {
			out.add(i);
			out.addAll(flatten(i.subItems()));
		}
		return out;
	}

}
