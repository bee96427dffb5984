package org.tidtam.progress.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.progress.ProgressStandings;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * The coordinator's overview of the year's reporting: a grid of measures × divisions for a quarter,
 * coloured by standing, each cell opening the assignment's timeline at its latest report; per
 * division what is due and what is late; and participation (on time, late, missing).
 */
@Controller
class ProgressOverviewController {

	private final PlanService plans;

	private final DivisionService divisions;

	private final ProgressStandings standings;

	private final Clock clock;

	ProgressOverviewController(PlanService plans, DivisionService divisions, ProgressStandings standings, Clock clock) {
		this.plans = plans;
		this.divisions = divisions;
		this.standings = standings;
		this.clock = clock;
	}

	@GetMapping("/admin/progress")
	String overview(@RequestParam(required = false) Integer quarter, @RequestParam(required = false) String division,
			@RequestParam(required = false) Integer year, Model model, HttpServletRequest request) {
		ProgressTimelineController.requireReader(request);
		LocalDate today = LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
		Optional<Plan> plan = shownPlan(year, today);
		int q = quarter != null && quarter >= 1 && quarter <= 4 ? quarter
				: plan.map(p -> p.getFiscalYear().contains(today) ? FiscalYear.quarterOf(today) : 4)
					.orElse(FiscalYear.quarterOf(today));
		List<Division> active = this.divisions.active();
		addYears(model, plan, today);
		model.addAttribute("quarter", q);
		model.addAttribute("divisions", active);
		model.addAttribute("plan", plan.orElse(null));
		if (plan.isPresent()) {
			ProgressStandings.Snapshot s = this.standings.snapshot(plan.get());
			model.addAttribute("measures", s.measures());
			model.addAttribute("grid", this.standings.grid(s, q));
			String selected = division != null ? division : active.isEmpty() ? null : active.get(0).getId();
			model.addAttribute("selected", selected);
			model.addAttribute("due", selected == null ? List.of() : this.standings.dueAndLate(s, selected));
		}
		return "progress/overview";
	}

	@GetMapping("/admin/progress/participation")
	String participation(@RequestParam(required = false) Integer year, Model model, HttpServletRequest request) {
		ProgressTimelineController.requireReader(request);
		LocalDate today = LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
		Optional<Plan> plan = shownPlan(year, today);
		addYears(model, plan, today);
		Map<String, String> names = this.divisions.names();
		model.addAttribute("names", names);
		model.addAttribute("plan", plan.orElse(null));
		if (plan.isPresent()) {
			ProgressStandings.Snapshot s = this.standings.snapshot(plan.get());
			model.addAttribute("byDivision", this.standings.byDivision(s));
			model.addAttribute("byPerson", this.standings.byPerson(s));
		}
		return "progress/participation";
	}

	/** The published plan of the year asked for, else the one in view today ({@link PlanService#inView}). */
	private Optional<Plan> shownPlan(Integer year, LocalDate today) {
		return FiscalYear.ofValid(year).map(this.plans::published).orElseGet(() -> this.plans.inView(today));
	}

	/** The year shown, and the other of this year and the year just ended when its plan was published. */
	private void addYears(Model model, Optional<Plan> plan, LocalDate today) {
		FiscalYear current = FiscalYear.containing(today);
		model.addAttribute("year", plan.map(Plan::getFiscalYear).orElse(null));
		model.addAttribute("otherYears", java.util.stream.Stream.of(current, current.previous())
			.filter(y -> plan.map(p -> !p.getFiscalYear().equals(y)).orElse(true))
			.filter(y -> this.plans.published(y).isPresent())
			.toList());
	}

}
