package org.tidtam.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * When a store scan for due work (inbox events, outbox messages) is next due: a scan interval after
 * the last scan, or sooner when a retry falls due sooner. A retry is kept until a scan starts at or
 * after its time, so one recorded just before or while a scan runs (and not yet due for it) is not
 * lost by that scan moving the next one on.
 */
public final class ScanSchedule {

	private final Duration interval;

	private Instant regular = Instant.MIN;

	private Instant retry = Instant.MAX;

	public ScanSchedule(Duration interval) {
		this.interval = interval;
	}

	public synchronized boolean due(Instant now) {
		return !now.isBefore(this.regular) || !now.isBefore(this.retry);
	}

	/** A scan starts at {@code now}: it takes every retry due by now; the next regular one is an interval on. */
	public synchronized void scanning(Instant now) {
		this.regular = now.plus(this.interval);
		if (!now.isBefore(this.retry)) {
			this.retry = Instant.MAX;
		}
	}

	/** Something must be tried again at {@code at}. */
	public synchronized void retryAt(Instant at) {
		if (at.isBefore(this.retry)) {
			this.retry = at;
		}
	}

}
