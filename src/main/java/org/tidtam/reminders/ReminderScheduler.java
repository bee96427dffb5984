package org.tidtam.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.tidtam.shared.ThaiDates;

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

	ReminderScheduler(MongoTemplate mongo, Scheduler quartz, ReminderService reminders, Clock clock,
			@Value("${tidtam.reminders.unacknowledged.cron:0 0 9 ? * MON-FRI}") String unacknowledgedCron,
			@Value("${tidtam.reminders.unacknowledged.days:3}") int unacknowledgedDays,
			@Value("${tidtam.reminders.reports.cron:0 30 8 ? * *}") String reportsCron,
			@Value("${tidtam.reminders.reports.days:3}") int reportsDays,
			@Value("${tidtam.reminders.complaint-deadlines.cron:0 0 8 ? * MON-FRI}") String complaintsCron) {
		this.mongo = mongo;
		this.quartz = quartz;
		this.reminders = reminders;
		this.clock = clock;
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
		}
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

		@Override
		public void execute(JobExecutionContext context) {
			this.reminders.fire(context.getMergedJobDataMap().getString("scheduleId"));
		}

	}

}
