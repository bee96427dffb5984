package org.tidtam.line.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tidtam.line.outbound.OutboxMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** When an admin's retry of a message could reach its recipient twice. */
class LineRetriesTests {

	static final Instant CREATED = Instant.parse("2026-11-20T02:00:00Z");

	@Test
	void aMessageThatMayHaveReachedLineIsSafeWhileLineKeepsItsRetryKey() {
		OutboxMessage dead = message(OutboxMessage.State.DEAD, 10);
		assertThat(LineRetries.mayDuplicate(dead, CREATED.plus(Duration.ofHours(23)))).isFalse();
		assertThat(LineRetries.mayDuplicate(dead, CREATED.plus(Duration.ofHours(24)))).isTrue();
		assertThat(LineRetries.mayDuplicate(dead, CREATED.plus(Duration.ofDays(3)))).isTrue();
	}

	@Test
	void aMessageRefusedAtItsFirstAttemptWasNeverDeliveredAndIsSafeAtAnyAge() {
		assertThat(LineRetries.mayDuplicate(message(OutboxMessage.State.FAILED, 1), CREATED.plus(Duration.ofDays(3))))
			.isFalse();
		// refused only after attempts that timed out or failed: one of those may have been delivered
		assertThat(LineRetries.mayDuplicate(message(OutboxMessage.State.FAILED, 3), CREATED.plus(Duration.ofDays(3))))
			.isTrue();
	}

	private static OutboxMessage message(OutboxMessage.State state, int attempts) {
		OutboxMessage message = new OutboxMessage();
		message.setState(state);
		message.setAttempts(attempts);
		message.setCreatedAt(CREATED);
		return message;
	}

}
