package org.tidtam.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.measures.organisation.OrganisationService;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.WorkingCalendar;

/**
 * Runs a reminder once across all instances (a ShedLock lock in MongoDB) and records the run.
 * Thin Quartz jobs call {@link #fire(String)}; tests call it directly with a fixed clock.
 */
@Service
public class ReminderService {

	private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

	private final MongoTemplate mongo;

	private final LockingTaskExecutor locks;

	private final PlanService plans;

	private final AssignmentService assignments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ReportReminders reports;

	private final org.tidtam.complaints.ComplaintDeadlines complaintDeadlines;

	private final WorkingCalendar calendar;

	private final OrganisationService organisation;

	public ReminderService(MongoTemplate mongo, LockingTaskExecutor locks, PlanService plans,
			AssignmentService assignments, ReportReminders reports, ApplicationEventPublisher events, Clock clock,
			org.tidtam.complaints.ComplaintDeadlines complaintDeadlines, WorkingCalendar calendar,
			OrganisationService organisation) {
		this.calendar = calendar;
		this.organisation = organisation;
		this.reports = reports;
		this.complaintDeadlines = complaintDeadlines;
		this.mongo = mongo;
		this.locks = locks;
		this.plans = plans;
		this.assignments = assignments;
		this.events = events;
		this.clock = clock;
	}

	/** Fires one reminder if no other instance is firing it; returns whether this instance ran it. */
	public boolean fire(String scheduleId) {
		LockingTaskExecutor.TaskResult<Boolean> result;
		try {
			result = this.locks.executeWithLock(() -> {
				run(scheduleId);
				return true;
			}, new LockConfiguration(ClockProvider.now(), "reminder:" + scheduleId, Duration.ofMinutes(10), Duration.ofSeconds(30)));
		}
		catch (Throwable e) {
			log.error("Reminder {} failed: {}", scheduleId, e.toString());
			return false;
		}
		return result.wasExecuted();
	}

	private void run(String scheduleId) {
		ReminderSchedule schedule = this.mongo.findById(scheduleId, ReminderSchedule.class);
		if (schedule == null || !schedule.isEnabled()) {
			return;
		}
		if (ReminderSchedule.COMPLAINT_DEADLINES.equals(scheduleId) && maySendNow()) {
			this.complaintDeadlines.sweep();
		}
		if (ReminderSchedule.UNACKNOWLEDGED.equals(scheduleId) && maySendNow()) {
			FiscalYear year = FiscalYear.containing(LocalDate.now(this.clock));
			this.plans.published(year).ifPresent(plan -> {
				List<String> overdue = this.assignments.unacknowledged(plan.getId(), Duration.ofDays(schedule.getDays()))
					.stream()
					.map(Assignment::getId)
					.toList();
				if (!overdue.isEmpty()) {
					this.events.publishEvent(new AcknowledgementOverdue(plan.getId(), overdue));
				}
			});
		}
		if (ReminderSchedule.REPORTS.equals(scheduleId)) {
			this.reports.run(schedule.getDays());
		}
		schedule.setLastRunAt(this.clock.instant());
		this.mongo.save(schedule);
	}

	/**
	 * Heads, executives and citizens are not messaged in quiet hours nor on weekends and holidays (a weekday cron still fires on
	 * Songkran, and a run caught up at start may be at night): the next run on a working day does it.
	 */
	private boolean maySendNow() {
		WorkingCalendar days = this.organisation.profile()
			.map(o -> this.calendar.withHolidays(o.getHolidays()))
			.orElse(this.calendar);
		return days.maySend(this.clock.instant());
	}

}
