package org.tidtam.measures.web;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.measures.plan.Indicator;
import org.tidtam.measures.plan.IndicatorPresets;
import org.tidtam.measures.plan.IndicatorSet;
import org.tidtam.measures.plan.IndicatorSetService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;

/**
 * The year's indicator set (ตัวชี้วัด): start it as a copy of last year's set, or from a built-in preset
 * (the ten indicators of 2562–2565, or an empty custom set), then add, rename and remove indicators, with sub-items under
 * a heading as later frameworks group them (i1–i15 under seven headings).
 */
@Controller
class IndicatorAdminController {

	private final CurrentPlan current;

	private final PlanService plans;

	private final IndicatorSetService sets;

	IndicatorAdminController(CurrentPlan current, PlanService plans, IndicatorSetService sets) {
		this.current = current;
		this.plans = plans;
		this.sets = sets;
	}

	@GetMapping("/admin/plan/indicators")
	String indicators(Model model) {
		Plan plan = this.current.plan();
		IndicatorSet set = set(plan);
		model.addAttribute("plan", plan);
		model.addAttribute("set", set);
		model.addAttribute("lastYear", set == null ? lastYearsSet(plan) : null);
		model.addAttribute("presets", List.of(IndicatorPresets.find(IndicatorPresets.PRESET_2562_2565).orElseThrow(),
				IndicatorPresets.find(IndicatorPresets.CUSTOM).orElseThrow()));
		model.addAttribute("headings", set == null ? List.of()
				: set.getIndicators().stream().filter(i -> i.instrument() == null || !i.subItems().isEmpty()).toList());
		model.addAttribute("instruments", List.of(Indicator.IIT, Indicator.EIT, Indicator.OIT));
		return "measures/indicators";
	}

	@PostMapping("/admin/plan/indicators/preset")
	String start(@RequestParam String preset, RedirectAttributes redirect) {
		Plan plan = this.current.plan();
		if (IndicatorPresets.find(preset).isEmpty()) {
			redirect.addFlashAttribute("flashError", "indicators.error.preset");
			return "redirect:/admin/plan/indicators";
		}
		IndicatorSet set = this.sets.createFromPreset(preset, plan.getFiscalYear());
		this.plans.useIndicatorSet(plan.getId(), set.getId());
		redirect.addFlashAttribute("flash", "indicators.started");
		return "redirect:/admin/plan/indicators";
	}

	/** Starts this year's set as a copy of last year's: most years keep the indicators and change a few. */
	@PostMapping("/admin/plan/indicators/copy-last-year")
	String copyLastYear(RedirectAttributes redirect) {
		Plan plan = this.current.plan();
		if (set(plan) != null) {
			redirect.addFlashAttribute("flashError", "indicators.error.already-set");
			return "redirect:/admin/plan/indicators";
		}
		IndicatorSet last = lastYearsSet(plan);
		if (last == null) {
			redirect.addFlashAttribute("flashError", "indicators.error.no-last-year");
			return "redirect:/admin/plan/indicators";
		}
		IndicatorSet copy = this.sets.copyToYear(last.getId(), plan.getFiscalYear());
		this.plans.useIndicatorSet(plan.getId(), copy.getId());
		redirect.addFlashAttribute("flash", "indicators.copied");
		return "redirect:/admin/plan/indicators";
	}

	@PostMapping("/admin/plan/indicators/add")
	String add(@RequestParam String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String instrument, @RequestParam(defaultValue = "") String parent,
			RedirectAttributes redirect) {
		return change(redirect, "indicators.added", set -> {
			if (code.isBlank()) {
				throw new IllegalArgumentException("indicators.error.code");
			}
			this.sets.addIndicator(set.getId(), parent.isBlank() ? null : parent,
					Indicator.of(code.strip(), name.strip(), instrument.isBlank() ? null : instrument.strip()));
		});
	}

	@PostMapping("/admin/plan/indicators/rename")
	String rename(@RequestParam String code, @RequestParam String name, RedirectAttributes redirect) {
		return change(redirect, "indicators.renamed", set -> this.sets.rename(set.getId(), code, name.strip()));
	}

	@PostMapping("/admin/plan/indicators/remove")
	String remove(@RequestParam String code, RedirectAttributes redirect) {
		return change(redirect, "indicators.removed", set -> this.sets.remove(set.getId(), code));
	}

	private String change(RedirectAttributes redirect, String done, java.util.function.Consumer<IndicatorSet> change) {
		IndicatorSet set = set(this.current.plan());
		if (set == null) {
			redirect.addFlashAttribute("flashError", "indicators.error.no-set");
			return "redirect:/admin/plan/indicators";
		}
		try {
			change.accept(set);
			redirect.addFlashAttribute("flash", done);
		}
		catch (IllegalArgumentException refused) {
			String message = refused.getMessage();
			redirect.addFlashAttribute("flashError", message != null && message.startsWith("indicators.") ? message
					: message != null && message.contains("already used") ? "indicators.error.duplicate" : "indicators.error.unknown");
		}
		catch (OptimisticLockingFailureException meanwhile) {
			redirect.addFlashAttribute("flashError", "indicators.error.changed-meanwhile");
		}
		return "redirect:/admin/plan/indicators";
	}

	/** The previous fiscal year's set, if that year had a plan with one. */
	private IndicatorSet lastYearsSet(Plan plan) {
		return this.plans.forYear(plan.getFiscalYear().previous()).map(this::set).orElse(null);
	}

	private IndicatorSet set(Plan plan) {
		return plan.getIndicatorSetId() == null ? null : this.sets.find(plan.getIndicatorSetId()).orElse(null);
	}

}
