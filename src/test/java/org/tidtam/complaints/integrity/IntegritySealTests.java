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

}
