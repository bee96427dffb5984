package org.tidtam.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.tidtam.shared.ThaiDates;

/**
 * The executives' briefings around the monthly meeting: {@code days-before} days ahead, a reminder of who
 * has not reported; on the day, the summary card. Run once a day by the Quartz job (one instance at a
 * time, under a lock); the LINE adapter sends them, with keys that make a second run the same day send
 * nothing more.
 */
@Service
public class ManagerBriefings {

	private static final Logger log = LoggerFactory.getLogger(ManagerBriefings.class);

	private final MeetingService meetings;

	private final LockingTaskExecutor locks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int daysBefore;

	ManagerBriefings(MeetingService meetings, LockingTaskExecutor locks, ApplicationEventPublisher events, Clock clock,
			@Value("${tidtam.reports.briefing.days-before:3}") int daysBefore) {
		this.meetings = meetings;
		this.locks = locks;
		this.events = events;
		this.clock = clock;
		this.daysBefore = daysBefore;
	}

	public int daysBefore() {
		return this.daysBefore;
	}

	/** Today's briefings, if any is due; false when another instance holds the lock. */
	public boolean runToday() {
		LocalDate today = LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
		try {
			return this.locks.executeWithLock(() -> {
				run(today);
				return true;
			}, new LockConfiguration(ClockProvider.now(), "reports:briefings", Duration.ofMinutes(10),
					Duration.ofSeconds(30))).wasExecuted();
		}
		catch (Throwable e) {
			log.error("Executive briefings failed: {}", e.toString());
			return false;
		}
	}

	void run(LocalDate today) {
		Meeting thisMonth = this.meetings.forMonth(YearMonth.from(today));
		if (thisMonth.getDate().equals(today)) {
			this.events.publishEvent(new MeetingDayArrived(thisMonth.getId(), thisMonth.getDate()));
		}
		LocalDate ahead = today.plusDays(this.daysBefore);
		Meeting upcoming = YearMonth.from(ahead).equals(YearMonth.from(today)) ? thisMonth
				: this.meetings.forMonth(YearMonth.from(ahead));
		if (this.daysBefore > 0 && upcoming.getDate().equals(ahead)) {
			this.events.publishEvent(new MeetingApproaching(upcoming.getId(), upcoming.getDate(), this.daysBefore));
		}
	}

}
