package org.tidtam.shared;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The next scan for due work: a retry set just before a scan starts is not pushed back by it. */
class ScanScheduleTests {

	private static final Instant T = Instant.parse("2026-11-21T02:00:00Z");

	@Test
	void aScanMovesTheNextOneAnIntervalOnUnlessARetryIsWaitingForSooner() {
		ScanSchedule scans = new ScanSchedule(Duration.ofSeconds(30));
		assertThat(scans.due(T)).isTrue();

		scans.scanning(T);
		assertThat(scans.due(T.plusSeconds(29))).isFalse();
		assertThat(scans.due(T.plusSeconds(30))).isTrue();

		// a send failed a moment ago and wants another go in 2 s; a scan that starts now keeps that
		scans.retryAt(T.plusSeconds(32));
		scans.scanning(T.plusSeconds(30));
		assertThat(scans.due(T.plusSeconds(31))).isFalse();
		assertThat(scans.due(T.plusSeconds(32))).isTrue();

		// once that time has come, the scan that handles it moves on by the interval
		scans.scanning(T.plusSeconds(32));
		assertThat(scans.due(T.plusSeconds(61))).isFalse();
		assertThat(scans.due(T.plusSeconds(62))).isTrue();
	}

	@Test
	void aLaterRetryIsNotLostWhenASoonerOneIsScannedFirst() {
		ScanSchedule scans = new ScanSchedule(Duration.ofSeconds(60));
		scans.scanning(T);
		// one message waits 32 s for its retry, another thing is due now (a wake-up, a 2 s retry)
		scans.retryAt(T.plusSeconds(32));
		scans.retryAt(T.plusSeconds(1));
		scans.scanning(T.plusSeconds(1));
		assertThat(scans.due(T.plusSeconds(31))).isFalse();
		assertThat(scans.due(T.plusSeconds(32))).as("the 32 s retry, before the regular scan at 1 + 60 s").isTrue();
	}

}
