package org.tidtam.measures.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.shared.FiscalYear;

/** The fiscal year in use (the one today falls in, Asia/Bangkok) and its plan, created on first use. */
@Component
class CurrentPlan {

	private final PlanService plans;

	private final DivisionService divisions;

	private final Clock clock;

	CurrentPlan(PlanService plans, DivisionService divisions, Clock clock) {
		this.plans = plans;
		this.divisions = divisions;
		this.clock = clock;
	}

	FiscalYear year() {
		return FiscalYear.containing(LocalDate.now(this.clock));
	}

	Plan plan() {
		FiscalYear year = year();
		return this.plans.forYear(year).orElseGet(() -> {
			try {
				return this.plans.create(year, null);
			}
			catch (DuplicateKeyException raced) {
				// two first pages at once: the other request created it
				return this.plans.forYear(year).orElseThrow(() -> raced);
			}
		});
	}

	/** Division id → name, inactive divisions included (old measures still name them). */
	Map<String, String> divisionNames() {
		return this.divisions.names();
	}

}
