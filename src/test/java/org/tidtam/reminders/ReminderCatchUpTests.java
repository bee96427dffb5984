package org.tidtam.reminders;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tidtam.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** A reminder that fell due while the app was down is run at start; one that did not is not. */
class ReminderCatchUpTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T03:30:00Z")); // Tue 10:30 Bangkok

	final ReminderScheduler scheduler = new ReminderScheduler(null, null, null, this.clock, "0 0 9 ? * MON-FRI", 3,
			"0 30 8 ? * *", 3, "0 0 8 ? * MON-FRI");

	@Test
	void aWeekdayNineOClockRunMissedWhileDownIsCaughtUp() {
		ReminderSchedule schedule = new ReminderSchedule(ReminderSchedule.UNACKNOWLEDGED, "0 0 9 ? * MON-FRI", 3);
		schedule.setLastRunAt(Instant.parse("2026-03-09T02:00:00Z")); // Mon 09:00 Bangkok
		assertThat(this.scheduler.missedWhileDown(schedule)).isTrue(); // Tue 09:00 passed
		schedule.setLastRunAt(Instant.parse("2026-03-10T02:00:00Z")); // Tue 09:00 ran
		assertThat(this.scheduler.missedWhileDown(schedule)).isFalse();
	}

	@Test
	void weekendsAreNotRunsAndANeverRunScheduleIsNotCaughtUp() {
		this.clock.set(Instant.parse("2026-03-08T05:00:00Z")); // Sun noon Bangkok
		ReminderSchedule schedule = new ReminderSchedule(ReminderSchedule.UNACKNOWLEDGED, "0 0 9 ? * MON-FRI", 3);
		schedule.setLastRunAt(Instant.parse("2026-03-06T02:00:00Z")); // Fri 09:00
		assertThat(this.scheduler.missedWhileDown(schedule)).isFalse();
		schedule.setLastRunAt(null);
		assertThat(this.scheduler.missedWhileDown(schedule)).isFalse();
	}

}
