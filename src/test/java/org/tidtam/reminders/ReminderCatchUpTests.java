package org.tidtam.reminders;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tidtam.shared.WorkingCalendar;
import org.tidtam.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** A reminder that fell due while the app was down is run at start; one that did not is not. */
class ReminderCatchUpTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T03:30:00Z")); // Tue 10:30 Bangkok

	final ReminderScheduler scheduler = new ReminderScheduler(null, null, null, this.clock,
			WorkingCalendar.thai(java.util.List.of()), null, "0 0 9 ? * MON-FRI", 3,
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

	@Test
	void aCronSetInQuietHoursIsRepeatedWhenMessagesMayGoAgain() {
		WorkingCalendar days = WorkingCalendar.thai(java.util.List.of());
		// every day at 06:00: no run of it may ever send, so this one is repeated at 07:00
		this.clock.set(Instant.parse("2026-03-09T23:00:00Z")); // Tue 10 March, 06:00 Bangkok
		ReminderSchedule early = new ReminderSchedule(ReminderSchedule.REPORTS, "0 0 6 ? * *", 3);
		assertThat(this.scheduler.heldUntil(early, days)).contains(Instant.parse("2026-03-10T00:00:00Z"));
		// weekdays at 21:00 on a Friday: repeated on Monday morning
		this.clock.set(Instant.parse("2026-03-06T14:00:00Z")); // Fri 6 March, 21:00 Bangkok
		ReminderSchedule late = new ReminderSchedule(ReminderSchedule.UNACKNOWLEDGED, "0 0 21 ? * MON-FRI", 3);
		assertThat(this.scheduler.heldUntil(late, days)).contains(Instant.parse("2026-03-09T00:00:00Z"));
	}

	@Test
	void aQuietRunOfACronThatAlsoRunsInWorkingHoursIsLeftToItsNextRun() {
		WorkingCalendar days = WorkingCalendar.thai(java.util.List.of());
		this.clock.set(Instant.parse("2026-03-07T01:30:00Z")); // Saturday 7 March, 08:30 Bangkok
		ReminderSchedule daily = new ReminderSchedule(ReminderSchedule.REPORTS, "0 30 8 ? * *", 3);
		assertThat(this.scheduler.heldUntil(daily, days)).isEmpty(); // Monday's 08:30 run sends
		this.clock.set(Instant.parse("2026-03-10T01:30:00Z")); // Tuesday 08:30: not held at all
		assertThat(this.scheduler.heldUntil(daily, days)).isEmpty();
	}

}
