package org.tidtam.reports;

import java.util.TimeZone;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tidtam.shared.ThaiDates;

/** Registers the daily briefing job with Quartz (in-memory store, re-registered at start; cron in Bangkok). */
@Component
class ManagerBriefingScheduler {

	private final Scheduler quartz;

	private final String cron;

	ManagerBriefingScheduler(Scheduler quartz, @Value("${tidtam.reports.briefing.cron:0 0 7 ? * *}") String cron) {
		this.quartz = quartz;
		this.cron = cron;
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() throws SchedulerException {
		JobDetail job = JobBuilder.newJob(RunBriefings.class)
			.withIdentity(JobKey.jobKey("briefings", "reports"))
			.storeDurably()
			.build();
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity("briefings", "reports")
			.withSchedule(CronScheduleBuilder.cronSchedule(this.cron)
				.inTimeZone(TimeZone.getTimeZone(ThaiDates.BANGKOK))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
		this.quartz.deleteJob(job.getKey());
		this.quartz.scheduleJob(job, trigger);
	}

	/** The Quartz job: thin, it hands over to {@link ManagerBriefings}. */
	public static class RunBriefings implements Job {

		private ManagerBriefings briefings;

		@org.springframework.beans.factory.annotation.Autowired
		public void setBriefings(ManagerBriefings briefings) {
			this.briefings = briefings;
		}

		@Override
		public void execute(JobExecutionContext context) {
			this.briefings.runToday();
		}

	}

}
