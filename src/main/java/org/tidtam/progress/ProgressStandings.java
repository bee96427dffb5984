package org.tidtam.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.tidtam.measures.organisation.MeetingRule;
import org.tidtam.measures.organisation.Organisation;
import org.tidtam.measures.organisation.OrganisationService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.progress.ReportingPeriods.Standing;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * Where each division stands with each assignment's reporting periods in a plan: for the admin grid
 * (measures × divisions for a quarter), the per-division list of what is due and late, and
 * participation (on time / late / missing per division, reports on time / late per person).
 */
@Service
public class ProgressStandings {

	private final MeasureService measures;

	private final AssignmentService assignments;

	private final OrganisationService organisation;

	private final ProgressService progress;

	private final Clock clock;

	private final org.tidtam.shared.WorkingCalendar calendar;

	ProgressStandings(MeasureService measures, AssignmentService assignments, OrganisationService organisation,
			ProgressService progress, Clock clock, org.tidtam.shared.WorkingCalendar calendar) {
		this.calendar = calendar;
		this.measures = measures;
		this.assignments = assignments;
		this.organisation = organisation;
		this.progress = progress;
		this.clock = clock;
	}

	/** One assignment's period and where it stands, with the latest report that counts (if any). */
	public record Cell(Assignment assignment, Measure measure, ReportingPeriod period, Standing standing,
			ProgressReport latest) {

		/** The CSS class of the standing (the admin stylesheet's state colours). */
		public String css() {
			return switch (this.standing) {
				case ON_TIME -> "state state-DONE";
				case LATE -> "state state-IN_PROGRESS";
				case MISSING -> "state state-NOT_DONE";
				case OPEN -> "state";
			};
		}

	}

	/** Counts per division or person. */
	public record Tally(String id, int onTime, int late, int missing) {
	}

	/** Everything the pages need about one plan, computed once. */
	public record Snapshot(Plan plan, FiscalYear year, LocalDate today, List<Measure> measures,
			List<Assignment> assignments, Map<String, List<ReportingPeriod>> periods,
			Map<String, List<ProgressReport>> reports, Map<String, LocalDate> countsOn,
			Map<String, ReportingPeriods.Accounting> accounts) {

		/** The day a report counts for: its own, or for a correction the corrected report's. */
		LocalDate day(ProgressReport r) {
			return this.countsOn.getOrDefault(r.getId(), r.getReportedAt().atZone(ThaiDates.BANGKOK).toLocalDate());
		}

		public Standing standing(Assignment a, int index) {
			return account(a).standing(index);
		}

		/** Which period each of the assignment's reports (in {@code reports} order) counts for (ReportingPeriods.account). */
		ReportingPeriods.Accounting account(Assignment a) {
			return this.accounts.get(a.getId());
		}

		List<LocalDate> dates(Assignment a) {
			return this.reports.getOrDefault(a.getId(), List.of())
				.stream()
				.map(this::day)
				.toList();
		}

		Optional<ProgressReport> latest(Assignment a) {
			List<ProgressReport> rs = this.reports.getOrDefault(a.getId(), List.of());
			return rs.isEmpty() ? Optional.empty() : Optional.of(rs.get(rs.size() - 1));
		}

	}

	/**
	 * The meeting rule {@code year}'s reporting periods follow: the organisation's (the second Tuesday
	 * without a profile) with the public holidays. The progress pages, the reminders and the monthly
	 * summary all judge reports by periods made with this rule.
	 */
	public MeetingRule meetingRule(FiscalYear year) {
		return ReportingPeriods.withPublicHolidays(this.organisation.profile().map(Organisation::meetingRule).orElse(null),
				year, this.calendar);
	}

	public Snapshot snapshot(Plan plan) {
		FiscalYear year = plan.getFiscalYear();
		LocalDate today = LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
		MeetingRule meetings = meetingRule(year);
		List<Measure> ms = this.measures.measures(plan.getId());
		Map<String, Measure> byId = ms.stream().collect(Collectors.toMap(Measure::getId, Function.identity(), (a, b) -> a));
		List<Assignment> as = this.assignments.forPlan(plan.getId()).stream().filter(a -> byId.containsKey(a.getMeasureId())).toList();
		Map<String, List<ReportingPeriod>> periods = new HashMap<>();
		for (Assignment a : as) {
			periods.put(a.getId(), ReportingPeriods.owedFrom(
					ReportingPeriods.of(byId.get(a.getMeasureId()).getCadence(), year, meetings), ReportingPeriods.since(plan, a)));
		}
		Map<String, List<ProgressReport>> reports = this.progress
			.between(plan.getId(), year.start().atStartOfDay(ThaiDates.BANGKOK).toInstant(),
					year.end().plusDays(60).atStartOfDay(ThaiDates.BANGKOK).toInstant())
			.stream()
			.collect(Collectors.groupingBy(ProgressReport::getAssignmentId, LinkedHashMap::new, Collectors.toList()));
		Map<String, LocalDate> countsOn = new HashMap<>();
		reports.values()
			.forEach(rs -> rs.stream()
				.filter(r -> r.getCorrects() != null)
				.forEach(r -> countsOn.put(r.getId(), this.progress.countsOn(r))));
		Snapshot partial = new Snapshot(plan, year, today, ms, as, periods, reports, countsOn, Map.of());
		Map<String, ReportingPeriods.Accounting> accounts = new HashMap<>();
		for (Assignment a : as) {
			accounts.put(a.getId(), ReportingPeriods.account(periods.get(a.getId()), partial.dates(a), today));
		}
		return new Snapshot(plan, year, today, ms, as, periods, reports, countsOn, accounts);
	}

	/**
	 * The grid for quarter {@code quarter}: per measure and division, the assignment's last period due
	 * in that quarter (or, for a quarter with none, the one open then).
	 */
	public Map<String, Map<String, Cell>> grid(Snapshot s, int quarter) {
		LocalDate from = s.year().quarterStart(quarter);
		LocalDate to = s.year().quarterEnd(quarter);
		Map<String, Measure> byId = s.measures().stream().collect(Collectors.toMap(Measure::getId, Function.identity()));
		Map<String, Map<String, Cell>> grid = new LinkedHashMap<>();
		s.measures().forEach(m -> grid.put(m.getId(), new LinkedHashMap<>()));
		for (Assignment a : s.assignments()) {
			List<ReportingPeriod> ps = s.periods().get(a.getId());
			int index = -1;
			for (int i = 0; i < ps.size(); i++) {
				if (!ps.get(i).due().isBefore(from) && !ps.get(i).due().isAfter(to)) {
					index = i;
				}
			}
			if (index < 0) {
				for (int i = 0; i < ps.size() && index < 0; i++) {
					if (!ps.get(i).due().isBefore(from)) {
						index = i;
					}
				}
			}
			if (index < 0) {
				continue;
			}
			grid.get(a.getMeasureId())
				.put(a.getDivisionId(), new Cell(a, byId.get(a.getMeasureId()), ps.get(index), s.standing(a, index),
						s.latest(a).orElse(null)));
		}
		return grid;
	}

	/** A division's assignments with the period now current (or the last one), the most due first. */
	public List<Cell> dueAndLate(Snapshot s, String divisionId) {
		Map<String, Measure> byId = s.measures().stream().collect(Collectors.toMap(Measure::getId, Function.identity()));
		List<Cell> out = new ArrayList<>();
		for (Assignment a : s.assignments()) {
			if (!a.getDivisionId().equals(divisionId)) {
				continue;
			}
			List<ReportingPeriod> ps = s.periods().get(a.getId());
			// a missed period still owed comes first; else the period now open
			int index = -1;
			for (int i = 0; i < ps.size(); i++) {
				if (s.standing(a, i) == Standing.MISSING) {
					index = i;
				}
			}
			if (index < 0) {
				index = ps.indexOf(ReportingPeriods.current(ps, s.today()).orElse(ps.get(ps.size() - 1)));
			}
			out.add(new Cell(a, byId.get(a.getMeasureId()), ps.get(index), s.standing(a, index), s.latest(a).orElse(null)));
		}
		out.sort(Comparator.comparing((Cell c) -> c.standing() != Standing.MISSING).thenComparing(c -> c.period().due()));
		return out;
	}

	/** Per division: periods due so far reported on time, late, or missing. */
	public List<Tally> byDivision(Snapshot s) {
		Map<String, int[]> counts = new java.util.TreeMap<>();
		for (Assignment a : s.assignments()) {
			List<ReportingPeriod> ps = s.periods().get(a.getId());
			int[] c = counts.computeIfAbsent(a.getDivisionId(), k -> new int[3]);
			for (int i = 0; i < ps.size(); i++) {
				switch (s.standing(a, i)) {
					case ON_TIME -> c[0]++;
					case LATE -> c[1]++;
					case MISSING -> c[2]++;
					case OPEN -> {
					}
				}
			}
		}
		return counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
	}

	/**
	 * Per person (by name as reported): reports that were their period's on-time report, and the others
	 * (a period's late report, or one that counts for no period). A report inside a period's window that
	 * the period before took as its late report is late, not on time for both.
	 */
	public List<Tally> byPerson(Snapshot s) {
		Map<String, int[]> counts = new java.util.TreeMap<>();
		for (Assignment a : s.assignments()) {
			ReportingPeriods.Accounting account = s.account(a);
			List<ProgressReport> rs = s.reports().getOrDefault(a.getId(), List.of());
			for (int i = 0; i < rs.size(); i++) {
				ProgressReport r = rs.get(i);
				if (r.getReportedByName() == null) {
					continue;
				}
				boolean onTime = account.onTime(i);
				counts.computeIfAbsent(r.getReportedByName(), k -> new int[2])[onTime ? 0 : 1]++;
			}
		}
		return counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue()[0], e.getValue()[1], 0)).toList();
	}

}
