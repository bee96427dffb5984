package org.tidtam.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand, so that expiry (reply tokens, retry keys, sessions) is tested
 * without waiting. Zone Asia/Bangkok by default, as in production. Thread-safe: the app's threads may
 * read it while the test advances it.
 */
public final class MutableClock extends Clock {

	/** 1 Jan 2026 09:00 in Bangkok: a working day, inside fiscal year 2569. */
	public static final Instant DEFAULT_START = Instant.parse("2026-01-01T02:00:00Z");

	private final AtomicReference<Instant> now;

	private final ZoneId zone;

	public MutableClock() {
		this(DEFAULT_START, ZoneId.of("Asia/Bangkok"));
	}

	public MutableClock(Instant start) {
		this(start, ZoneId.of("Asia/Bangkok"));
	}

	public MutableClock(Instant start, ZoneId zone) {
		this(new AtomicReference<>(start), zone);
	}

	private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	public void advance(Duration duration) {
		this.now.updateAndGet((instant) -> instant.plus(duration));
	}

	public void set(Instant instant) {
		this.now.set(instant);
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	/** A view in another zone that still follows this clock's time. */
	@Override
	public Clock withZone(ZoneId zone) {
		return new MutableClock(this.now, zone);
	}

	@Override
	public String toString() {
		return "MutableClock[" + this.now.get() + ", " + this.zone + "]";
	}

}
