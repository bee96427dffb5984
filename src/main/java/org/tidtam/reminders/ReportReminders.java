package org.tidtam.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tidtam.measures.organisation.OrganisationService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.Plan;
import org.tidtam.progress.ReportingPeriod;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;
import org.tidtam.shared.WorkingCalendar;

/**
 * Who still owes a report, and who is told: {@code days} working days before a period's deadline the
 * division (its group, or its head) is reminded of the assignments with no report in the period; on
 * the working day before the deadline its head personally; after the deadline the executives get one
 * digest per period. Nobody who reported is reminded. Runs are idempotent (the LINE side sends each
 * stage once per division and period) and catch up: a stage is due from its day until the deadline,
 * so a run missed on a holiday or while the app was down still sends it. Nothing is sent in quiet
 * hours or on days off: such a run does nothing, and the next run does it.
 */
@Component
public class ReportReminders {

	/** The digest goes out during the week after a deadline; later runs leave old periods alone. */
	static final int DIGEST_WINDOW_DAYS = 7;

	private final Obligations obligations;

	private final OrganisationService organisation;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportReminders(Obligations obligations, OrganisationService organisation, WorkingCalendar calendar,
			ApplicationEventPublisher events, Clock clock) {
		this.obligations = obligations;
		this.organisation = organisation;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	/** Computes and announces what is due today; returns what was announced (for tests and the benchmark). */
	public List<Object> run(int daysBefore) {
		List<Object> announced = due(daysBefore);
		announced.forEach(this.events::publishEvent);
		return announced;
	}

	/** What is due now, without announcing it (the benchmark times this part alone). */
	public List<Object> due(int daysBefore) {
		Instant now = this.clock.instant();
		WorkingCalendar days = calendar();
		if (!days.maySend(now)) {
			return List.of();
		}
		LocalDate today = LocalDate.ofInstant(now, ThaiDates.BANGKOK);
		FiscalYear year = FiscalYear.containing(today);
		List<Object> announced = new ArrayList<>();
		// the year just ended still gets its digest in early October
		for (FiscalYear y : List.of(year.previous(), year)) {
			this.obligations.publishedPlan(y).ifPresent(plan -> announced.addAll(plan(plan, today, days, daysBefore)));
		}
		return announced;
	}

	private List<Object> plan(Plan plan, LocalDate today, WorkingCalendar days, int daysBefore) {
		Map<Key, List<Assignment>> soon = new TreeMap<>();
		Map<Key, List<Assignment>> tomorrow = new TreeMap<>();
		Map<String, Closing> closing = new LinkedHashMap<>();
		Map<String, Measure> measuresById = new LinkedHashMap<>();
		for (Obligations.Entry e : this.obligations.entries(plan, today)) {
			Assignment a = e.assignment();
			Measure m = e.measure();
			measuresById.put(m.getId(), m);
			if (e.owes(today)) {
				ReportingPeriod p = e.open(today).orElseThrow();
				Key key = new Key(a.getDivisionId(), p);
				if (!today.isBefore(days.workingDayOnOrBefore(p.due().minusDays(daysBefore)))) {
					soon.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
				}
				if (!today.isBefore(days.workingDayOnOrBefore(p.due().minusDays(1)))) {
					tomorrow.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
				}
			}
			Optional<ReportingPeriod> closed = e.lastClosed(today);
			if (closed.isPresent() && !today.isAfter(closed.get().due().plusDays(DIGEST_WINDOW_DAYS))) {
				ReportingPeriod p = closed.get();
				closing.computeIfAbsent(p.yearKey(), k -> new Closing(p, new LinkedHashMap<>()))
					.byMeasure()
					.computeIfAbsent(m, k -> new ArrayList<>())
					.add(new Outcome(a.getDivisionId(), e.reportedIn(p)));
			}
		}
		List<Object> out = new ArrayList<>();
		soon.forEach((k, list) -> out.add(due(ReportsDue.Stage.SOON, k, list, measuresById)));
		tomorrow.forEach((k, list) -> out.add(due(ReportsDue.Stage.TOMORROW, k, list, measuresById)));
		closing.values().forEach(c -> out.add(c.event()));
		return out;
	}

	private static ReportsDue due(ReportsDue.Stage stage, Key key, List<Assignment> list, Map<String, Measure> measures) {
		List<String> ids = list.stream()
			.sorted(Comparator.comparing(a -> measures.get(a.getMeasureId()).getNumber()))
			.map(Assignment::getId)
			.toList();
		return new ReportsDue(stage, key.divisionId(), key.period().yearKey(), key.period().thai(),
				key.period().due(), ids);
	}

	/** The configured calendar plus the office's own days off from its profile. */
	private WorkingCalendar calendar() {
		return this.organisation.profile()
			.map(o -> this.calendar.withHolidays(o.getHolidays()))
			.orElse(this.calendar);
	}

	record Key(String divisionId, ReportingPeriod period) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			int byDeadline = this.period.due().compareTo(other.period.due());
			return byDeadline != 0 ? byDeadline
					: (this.divisionId + this.period.yearKey()).compareTo(other.divisionId + other.period.yearKey());
		}

	}

	record Outcome(String divisionId, boolean reported) {
	}

	record Closing(ReportingPeriod period, Map<Measure, List<Outcome>> byMeasure) {

		ReportingClosed event() {
			List<ReportingClosed.Line> lines = this.byMeasure.entrySet()
				.stream()
				.sorted(Comparator.comparing(e -> e.getKey().getNumber()))
				.map(e -> new ReportingClosed.Line(e.getKey().getId(),
						e.getValue().stream().filter(Outcome::reported).map(Outcome::divisionId).toList(),
						e.getValue().stream().filter(o -> !o.reported()).map(Outcome::divisionId).toList()))
				.toList();
			return new ReportingClosed(this.period.yearKey(), this.period.thai(), this.period.due(), lines);
		}

	}

}
