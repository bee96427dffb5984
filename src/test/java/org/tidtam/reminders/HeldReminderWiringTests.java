package org.tidtam.reminders;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run held back in quiet hours, of a cron that never runs in sendable time, is really put back into
 * Quartz: a one-off trigger of the schedule's own job at the next sendable time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.notices.gather-millis=100" })
@Import(TestClockConfig.class)
class HeldReminderWiringTests {

	static final TriggerKey HELD = TriggerKey.triggerKey(ReminderSchedule.REPORTS + ":held", "reminders");

	@Autowired
	ReminderScheduler scheduler;

	@Autowired
	Scheduler quartz;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@AfterEach
	void restore() throws Exception {
		this.quartz.unscheduleJob(HELD);
		this.clock.set(MutableClock.DEFAULT_START);
		ReminderSchedule schedule = this.mongo.findById(ReminderSchedule.REPORTS, ReminderSchedule.class);
		schedule.setCron("0 30 8 ? * *");
		this.mongo.save(schedule);
	}

	@Test
	void aRunOfACronSetAtSixInTheMorningIsRepeatedAtSeven() throws Exception {
		ReminderSchedule schedule = this.mongo.findById(ReminderSchedule.REPORTS, ReminderSchedule.class);
		schedule.setCron("0 0 6 ? * *");
		this.mongo.save(schedule);
		// a year ahead of the machine's own time: Quartz fires by that, and must not fire it during the test
		this.clock.set(Instant.parse("2027-03-09T23:00:00Z")); // Wednesday 10 March 2027, 06:00 Bangkok

		this.scheduler.afterRun(ReminderSchedule.REPORTS);

		Trigger held = this.quartz.getTrigger(HELD);
		assertThat(held).as("a one-off trigger for the held run").isNotNull();
		assertThat(held.getJobKey()).isEqualTo(JobKey.jobKey(ReminderSchedule.REPORTS, "reminders"));
		assertThat(this.quartz.checkExists(held.getJobKey())).as("the schedule's own job").isTrue();
		assertThat(held.getStartTime()).isEqualTo(Date.from(Instant.parse("2027-03-10T00:00:00Z"))); // 07:00
	}

	@Test
	void aRunOfTheDefaultCronOnASaturdayIsLeftToMondaysRun() throws Exception {
		this.clock.set(Instant.parse("2027-03-06T01:30:00Z")); // Saturday 6 March 2027, 08:30 Bangkok
		this.scheduler.afterRun(ReminderSchedule.REPORTS);
		assertThat(this.quartz.getTrigger(HELD)).isNull();
	}

}
