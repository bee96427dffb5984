package org.tidtam.line.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineIdsTests {

	@Test
	void shortensEveryLongIdAndKeepsTheRest() {
		assertThat(LineIds.shorten("C0123456789abcdef0123456789abcdef:U fedcba9876543210fedcba9876543210"))
			.isEqualTo("C012345…cdef:U fedcba9…3210");
		assertThat(LineIds.shorten("U0123456789abcdef0123456789abcdef")).isEqualTo("U012345…cdef");
	}

	@Test
	void leavesShortTextAlone() {
		assertThat(LineIds.shorten("group:abc")).isEqualTo("group:abc");
		assertThat(LineIds.shorten(null)).isNull();
	}

	@Test
	void prettyPrintsJsonAndLeavesOtherTextAlone() {
		assertThat(PrettyJson.of("{\"a\":{\"b\":1}}")).contains("\n").contains("\"b\" : 1");
		assertThat(PrettyJson.of("not json {")).isEqualTo("not json {");
	}

}
