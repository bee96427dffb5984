package org.tidtam.measures.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.shared.FiscalYear;

/**
 * The fiscal year the coordinator's plan pages show, and its plan, created on first use: the year today
 * falls in (Asia/Bangkok), or another one chosen for this session (next year's plan is prepared before
 * 1 October; last year's is looked back on). Division heads' pages always use today's year.
 */
@Component
class CurrentPlan {

	/** The session attribute that holds the chosen year (its Buddhist-era number). */
	static final String SESSION_YEAR = "tidtam.plan.year";

	/** How far back a year can be chosen; forward, only the next one. */
	static final int YEARS_BACK = 5;

	private final PlanService plans;

	private final DivisionService divisions;

	private final Clock clock;

	CurrentPlan(PlanService plans, DivisionService divisions, Clock clock) {
		this.plans = plans;
		this.divisions = divisions;
		this.clock = clock;
	}

	/** The year today falls in. */
	FiscalYear today() {
		return FiscalYear.containing(LocalDate.now(this.clock));
	}

	/** The years that can be chosen, the latest first. */
	List<FiscalYear> choosable() {
		List<FiscalYear> years = new ArrayList<>();
		for (FiscalYear y = today().next(); years.size() <= YEARS_BACK + 1; y = y.previous()) {
			years.add(y);
		}
		return years;
	}

	/** The year the coordinator's pages show in this request's session. */
	FiscalYear year() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			HttpSession session = request.getRequest().getSession(false);
			if (session != null && session.getAttribute(SESSION_YEAR) instanceof Integer chosen) {
				FiscalYear year = FiscalYear.of(chosen);
				if (choosable().contains(year)) {
					return year;
				}
			}
		}
		return today();
	}

	/**
	 * Shows the fiscal year {@code buddhistYear} on the coordinator's pages for the rest of the session;
	 * today's year forgets the choice. False for a year that cannot be chosen.
	 */
	boolean choose(HttpSession session, int buddhistYear) {
		FiscalYear year = choosable().stream().filter(y -> y.buddhistYear() == buddhistYear).findFirst().orElse(null);
		if (year == null) {
			return false;
		}
		if (year.equals(today())) {
			session.removeAttribute(SESSION_YEAR);
		}
		else {
			session.setAttribute(SESSION_YEAR, year.buddhistYear());
		}
		return true;
	}

	Plan plan() {
		return planOf(year());
	}

	/** Today's year's plan, whatever year the session looks at: what division heads report on. */
	Plan todaysPlan() {
		return planOf(today());
	}

	private Plan planOf(FiscalYear year) {
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
