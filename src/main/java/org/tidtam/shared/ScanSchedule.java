package org.tidtam.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.TreeSet;

/**
 * When a store scan for due work (inbox events, outbox messages) is next due: a scan interval after
 * the last scan, or sooner when a retry falls due sooner. A retry is kept until a scan starts at or
 * after its time, so one recorded just before or while a scan runs (and not yet due for it) is not
 * lost by that scan moving the next one on, nor by a sooner retry (or a wake-up) that a scan handles
 * first: each retry time is kept, up to {@link #MAX_RETRIES} of them (beyond that the latest are left to
 * the regular scan).
 */
public final class ScanSchedule {

	static final int MAX_RETRIES = 10_000;

	private final Duration interval;

	private Instant regular = Instant.MIN;

	private final TreeSet<Instant> retries = new TreeSet<>();

	public ScanSchedule(Duration interval) {
		this.interval = interval;
	}

	public synchronized boolean due(Instant now) {
		return !now.isBefore(this.regular) || (!this.retries.isEmpty() && !now.isBefore(this.retries.first()));
	}

	/** A scan starts at {@code now}: it takes every retry due by now; the next regular one is an interval on. */
	public synchronized void scanning(Instant now) {
		this.regular = now.plus(this.interval);
		this.retries.headSet(now, true).clear();
	}

	/** Something must be tried again at {@code at}. */
	public synchronized void retryAt(Instant at) {
		this.retries.add(at);
		if (this.retries.size() > MAX_RETRIES) {
			this.retries.pollLast();
		}
	}

}
