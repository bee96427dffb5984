package org.tidtam.line.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How long a failed message keeps being tried by itself. */
class OutboxSenderTests {

	static final Instant QUEUED = Instant.parse("2026-11-20T02:00:00Z");

	@Test
	void aMessageIsTriedAtLeastMaxAttemptsTimesAndUntilItsWindowHasPassed() {
		OutboxSender sender = sender(Duration.ofHours(6));
		assertThat(sender.keepsTrying(message(3), QUEUED.plus(Duration.ofDays(2)))).as("fewer than 10 tries").isTrue();
		assertThat(sender.keepsTrying(message(40), QUEUED.plus(Duration.ofHours(5)))).as("within 6 hours").isTrue();
		assertThat(sender.keepsTrying(message(10), QUEUED.plus(Duration.ofHours(6)))).isFalse();
	}

	@Test
	void aWindowLongerThanLineKeepsRetryKeysIsRefusedAtStart() {
		// past 24 hours the same retry key is a new message for LINE: a retry could be a second copy
		assertThatIllegalArgumentException().isThrownBy(() -> sender(Duration.ofHours(24)))
			.withMessageContaining("tidtam.outbox.retry-for");
		assertThatIllegalArgumentException().isThrownBy(() -> sender(Duration.ofHours(-1)));
		assertThat(sender(Duration.ofHours(23)).keepsTrying(message(10), QUEUED.plus(Duration.ofHours(22)))).isTrue();
	}

	private static OutboxSender sender(Duration retryFor) {
		return new OutboxSender(null, null, Clock.fixed(QUEUED, ZoneOffset.UTC), null, null, 10, Duration.ofSeconds(2),
				Duration.ofMinutes(10), Duration.ofSeconds(60), Duration.ofSeconds(30), retryFor);
	}

	private static OutboxMessage message(int attempts) {
		OutboxMessage message = new OutboxMessage();
		message.setAttempts(attempts);
		message.setCreatedAt(QUEUED);
		return message;
	}

}
