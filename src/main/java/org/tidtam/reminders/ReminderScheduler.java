package org.tidtam.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.tidtam.measures.organisation.OrganisationService;
import org.tidtam.shared.ThaiDates;
import org.tidtam.shared.WorkingCalendar;

/**
 * Registers the reminder schedules kept in MongoDB with Quartz (RAMJobStore: no Quartz job store for
 * MongoDB works with Quartz 2.5, STACK.md), creating the defaults on first start, and catches up a
 * run that fell due while the app was down.
 */
@Component
class ReminderScheduler {

	private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

	private final MongoTemplate mongo;

	private final Scheduler quartz;

	private final ReminderService reminders;

	private final Clock clock;

	private final List<ReminderSchedule> defaults;

	private final WorkingCalendar calendar;

	private final OrganisationService organisation;

	ReminderScheduler(MongoTemplate mongo, Scheduler quartz, ReminderService reminders, Clock clock,
			WorkingCalendar calendar, OrganisationService organisation,
			@Value("${tidtam.reminders.unacknowledged.cron:0 0 9 ? * MON-FRI}") String unacknowledgedCron,
			@Value("${tidtam.reminders.unacknowledged.days:3}") int unacknowledgedDays,
			@Value("${tidtam.reminders.reports.cron:0 30 8 ? * *}") String reportsCron,
			@Value("${tidtam.reminders.reports.days:3}") int reportsDays,
			@Value("${tidtam.reminders.complaint-deadlines.cron:0 0 8 ? * MON-FRI}") String complaintsCron) {
		this.mongo = mongo;
		this.quartz = quartz;
		this.reminders = reminders;
		this.clock = clock;
		this.calendar = calendar;
		this.organisation = organisation;
		this.defaults = List.of(new ReminderSchedule(ReminderSchedule.UNACKNOWLEDGED, unacknowledgedCron, unacknowledgedDays),
				new ReminderSchedule(ReminderSchedule.REPORTS, reportsCron, reportsDays),
				new ReminderSchedule(ReminderSchedule.COMPLAINT_DEADLINES, complaintsCron, 0));
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() throws SchedulerException {
		for (ReminderSchedule defaults : this.defaults) {
			ReminderSchedule schedule = this.mongo.findById(defaults.getId(), ReminderSchedule.class);
			register(schedule != null ? schedule : this.mongo.save(defaults));
		}
	}

	private void register(ReminderSchedule schedule) throws SchedulerException {
		JobDetail job = JobBuilder.newJob(FireReminder.class)
			.withIdentity(JobKey.jobKey(schedule.getId(), "reminders"))
			.usingJobData("scheduleId", schedule.getId())
			.storeDurably()
			.build();
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity(schedule.getId(), "reminders")
			.withSchedule(CronScheduleBuilder.cronSchedule(schedule.getCron())
				.inTimeZone(TimeZone.getTimeZone(ThaiDates.BANGKOK))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
		this.quartz.deleteJob(job.getKey());
		this.quartz.scheduleJob(job, trigger);
		if (missedWhileDown(schedule)) {
			log.info("Reminder {} fell due while the app was down: running it now", schedule.getId());
			this.reminders.fire(schedule.getId());
			afterRun(schedule.getId());
		}
	}

	/**
	 * A run in quiet hours or on a day off sends nothing and leaves it to the next run; when no run of
	 * the cron ever falls in sendable time (a cron set at 06:00 or 21:00), that next run would hold back
	 * too, for ever: such a run is repeated once when messages may go again.
	 */
	void afterRun(String scheduleId) {
		ReminderSchedule schedule = this.mongo.findById(scheduleId, ReminderSchedule.class);
		if (schedule == null) {
			return;
		}
		WorkingCalendar days = this.organisation.profile()
			.map(o -> this.calendar.withHolidays(o.getHolidays()))
			.orElse(this.calendar);
		heldUntil(schedule, days).ifPresent(at -> {
			TriggerKey key = TriggerKey.triggerKey(scheduleId + ":held", "reminders");
			Trigger once = TriggerBuilder.newTrigger()
				.withIdentity(key)
				.forJob(JobKey.jobKey(scheduleId, "reminders"))
				.startAt(Date.from(at))
				.build();
			try {
				this.quartz.unscheduleJob(key);
				this.quartz.scheduleJob(once);
				log.info("Reminder {} ran in quiet time and its cron has no sendable run: repeating it at {}", scheduleId, at);
			}
			catch (SchedulerException e) {
				log.error("Reminder {} could not be repeated at {}: {}", scheduleId, at, e.toString());
			}
		});
	}

	/** When a run now held back must be repeated: only if none of the cron's next runs may send. */
	Optional<Instant> heldUntil(ReminderSchedule schedule, WorkingCalendar days) {
		Instant now = Instant.now(this.clock);
		if (!schedule.isEnabled() || days.maySend(now)) {
			return Optional.empty();
		}
		try {
			CronExpression cron = new CronExpression(schedule.getCron());
			cron.setTimeZone(TimeZone.getTimeZone(ThaiDates.BANGKOK));
			Date next = Date.from(now);
			for (int i = 0; i < 60; i++) {
				next = cron.getNextValidTimeAfter(next);
				if (next == null) {
					break;
				}
				if (days.maySend(next.toInstant())) {
					return Optional.empty();
				}
			}
		}
		catch (java.text.ParseException e) {
			return Optional.empty();
		}
		return Optional.of(days.nextSendable(now));
	}

	/** True when a fire time of the cron lies between the last run and now. */
	boolean missedWhileDown(ReminderSchedule schedule) {
		if (schedule.getLastRunAt() == null || !schedule.isEnabled()) {
			return false;
		}
		try {
			CronExpression cron = new CronExpression(schedule.getCron());
			cron.setTimeZone(TimeZone.getTimeZone(ThaiDates.BANGKOK));
			Date next = cron.getNextValidTimeAfter(Date.from(schedule.getLastRunAt()));
			return next != null && !next.toInstant().isAfter(Instant.now(this.clock));
		}
		catch (java.text.ParseException e) {
			log.error("Reminder {} has an invalid cron '{}'", schedule.getId(), schedule.getCron());
			return false;
		}
	}

	/** The Quartz job: thin, it only hands over to {@link ReminderService}. */
	public static class FireReminder implements Job {

		private ReminderService reminders;

		@org.springframework.beans.factory.annotation.Autowired
		public void setReminders(ReminderService reminders) {
			this.reminders = reminders;
		}

		private ReminderScheduler scheduler;

		@org.springframework.beans.factory.annotation.Autowired
		public void setScheduler(ReminderScheduler scheduler) {
			this.scheduler = scheduler;
		}

		@Override
		public void execute(JobExecutionContext context) {
			String scheduleId = context.getMergedJobDataMap().getString("scheduleId");
			this.reminders.fire(scheduleId);
			this.scheduler.afterRun(scheduleId);
		}

	}

}
