package org.tidtam.line.web;

import org.junit.jupiter.api.Test;
import org.tidtam.line.outbound.OutboxMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox pages say in words what went wrong with a message's last attempt, beside LINE's own text. */
class OutboxProblemsTests {

	@Test
	void eachKindOfFailureHasItsOwnWords() {
		assertThat(problem(null, null)).isNull();
		assertThat(problem(null, "SocketTimeoutException: timeout")).isEqualTo("line.outbox.problem.unreachable");
		assertThat(problem(500, "An error occurred in the API server")).isEqualTo("line.outbox.problem.line-down");
		assertThat(problem(503, "x")).isEqualTo("line.outbox.problem.line-down");
		assertThat(problem(429, "Too many requests")).isEqualTo("line.outbox.problem.rate-limited");
		assertThat(problem(401, "Authentication failed")).isEqualTo("line.outbox.problem.token");
		assertThat(problem(403, "x")).isEqualTo("line.outbox.problem.token");
		assertThat(problem(409, "The retry key is already accepted")).isEqualTo("line.outbox.problem.already-sent");
		assertThat(problem(400, "The request body has 1 error(s)")).isEqualTo("line.outbox.problem.refused");
	}

	private static String problem(Integer status, String error) {
		OutboxMessage m = new OutboxMessage();
		m.setLastStatus(status);
		m.setLastError(error);
		return LineOutboxController.problemKeyOf(m);
	}

}
