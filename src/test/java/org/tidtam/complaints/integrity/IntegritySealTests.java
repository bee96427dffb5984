package org.tidtam.complaints.integrity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntegritySealTests {

	final IntegritySeal seal = new IntegritySeal("hOkCNwhC/74xx+Bf7w6/45XJt9nMSJ++nVVxITAuYOw=");

	@Test
	void sealsWithAFreshNonceAndOpensOnlyWithTheKey() {
		String a = this.seal.seal("U0123456789abcdef0123456789abcdef");
		String b = this.seal.seal("U0123456789abcdef0123456789abcdef");
		assertThat(a).isNotEqualTo(b).doesNotContain("U0123");
		assertThat(this.seal.open(a)).isEqualTo("U0123456789abcdef0123456789abcdef");
		IntegritySeal other = new IntegritySeal("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
		assertThatThrownBy(() -> other.open(a)).isInstanceOf(IllegalStateException.class);
		assertThat(this.seal.lookup("U1")).isEqualTo(this.seal.lookup("U1")).isNotEqualTo(other.lookup("U1"));
		assertThatThrownBy(() -> new IntegritySeal("c2hvcnQ=")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theDevelopmentKeyIsRefusedForARealLineChannelOnly() {
		String development = IntegritySeal.DEVELOPMENT_KEY;
		assertThatThrownBy(() -> new IntegritySeal(development, "a-real-token", "https://api.line.me"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("TIDTAM_INTEGRITY_KEY");
		// the simulator (no token) and a fake LINE API keep the development key
		assertThat(new IntegritySeal(development, "", "https://api.line.me").lookup("U1")).isNotBlank();
		assertThat(new IntegritySeal(development, "test-token", "http://localhost:8080").lookup("U1")).isNotBlank();
		// an office's own key is fine with the real LINE
		assertThat(new IntegritySeal("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "a-real-token", "https://api.line.me")
			.lookup("U1")).isNotBlank();
	}

}
