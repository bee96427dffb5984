package org.tidtam.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.tidtam.measures.organisation.MeetingRule;
import org.tidtam.measures.organisation.Organisation;
import org.tidtam.measures.organisation.OrganisationService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.reminders.ReportingRemindersDue;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * When the reporting-periods reminder falls due (the reminders module: Quartz, one instance, catch-up
 * after downtime), gathers the current plan's assignments, their periods and the reports that count,
 * lets {@link ReminderPlanner} decide, and announces each reminder owed as {@link ReportReminderDue}.
 * Thai public holidays come from {@code tidtam.progress.holidays} and the organisation's meeting rule.
 */
@Service
public class ProgressReminders {

	private final PlanService plans;

	private final MeasureService measures;

	private final AssignmentService assignments;

	private final OrganisationService organisation;

	private final ProgressService progress;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Set<LocalDate> holidays;

	private final LocalTime quietFrom;

	private final LocalTime quietUntil;

	ProgressReminders(PlanService plans, MeasureService measures, AssignmentService assignments,
			OrganisationService organisation, ProgressService progress, ApplicationEventPublisher events, Clock clock,
			@Value("${tidtam.progress.holidays:}") List<LocalDate> holidays,
			@Value("${tidtam.progress.quiet-from:20:00}") LocalTime quietFrom,
			@Value("${tidtam.progress.quiet-until:07:00}") LocalTime quietUntil) {
		this.plans = plans;
		this.measures = measures;
		this.assignments = assignments;
		this.organisation = organisation;
		this.progress = progress;
		this.events = events;
		this.clock = clock;
		this.holidays = new HashSet<>(holidays);
		this.quietFrom = quietFrom;
		this.quietUntil = quietUntil;
	}

	@EventListener
	void on(ReportingRemindersDue due) {
		remind(due.daysBefore());
	}

	/** Plans and announces the reminders owed now; returns them. */
	public List<ReportReminder> remind(int daysBefore) {
		List<ReportReminder> owed = owed(daysBefore);
		owed.forEach(r -> this.events.publishEvent(new ReportReminderDue(r)));
		return owed;
	}

	/** The reminders owed now, without announcing them. */
	public List<ReportReminder> owed(int daysBefore) {
		ZonedDateTime now = ZonedDateTime.now(this.clock).withZoneSameInstant(ThaiDates.BANGKOK);
		List<ReportReminder> out = new ArrayList<>();
		// the digest of a year's last deadline (30 September) comes in October, in the next fiscal year
		Set<FiscalYear> years = new java.util.LinkedHashSet<>(List.of(FiscalYear.containing(now.toLocalDate().minusDays(7)),
				FiscalYear.containing(now.toLocalDate())));
		for (FiscalYear y : years) {
			this.plans.forYear(y).filter(Plan::isPublished).ifPresent(plan -> out.addAll(plan(plan, y, now, daysBefore)));
		}
		return out;
	}

	private List<ReportReminder> plan(Plan plan, FiscalYear year, ZonedDateTime now, int daysBefore) {
		MeetingRule meetings = this.organisation.profile().map(Organisation::meetingRule).orElse(null);
		Set<LocalDate> off = new HashSet<>(this.holidays);
		if (meetings != null) {
			off.addAll(meetings.holidays());
		}
		Map<String, Measure> byId = this.measures.measures(plan.getId())
			.stream()
			.collect(Collectors.toMap(Measure::getId, Function.identity(), (a, b) -> a));
		Map<String, List<LocalDate>> reported = new HashMap<>();
		for (ProgressReport r : this.progress.between(plan.getId(), year.start().atStartOfDay(ThaiDates.BANGKOK).toInstant(),
				now.toInstant().plusSeconds(1))) {
			reported.computeIfAbsent(r.getAssignmentId(), k -> new ArrayList<>())
				.add(r.getReportedAt().atZone(ThaiDates.BANGKOK).toLocalDate());
		}
		List<ReminderPlanner.AssignmentFacts> facts = new ArrayList<>();
		for (Assignment a : this.assignments.forPlan(plan.getId())) {
			Measure m = byId.get(a.getMeasureId());
			if (m == null) {
				continue;
			}
			facts.add(new ReminderPlanner.AssignmentFacts(a.getId(), a.getDivisionId(), m.getNumber(), m.getTitle(),
					ReportingPeriods.of(m.getCadence(), year, meetings), reported.getOrDefault(a.getId(), List.of())));
		}
		ReminderPlanner planner = new ReminderPlanner(
				new ReminderPlanner.Settings(daysBefore, this.quietFrom, this.quietUntil, off, 7));
		return planner.plan(now, facts);
	}

}
