package org.tidtam.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one place that decides which numbers name a fiscal year. */
class FiscalYearTests {

	@Test
	void aNumberFromOutsideNamesAFiscalYearOnlyInTheBuddhistEra() {
		assertThat(FiscalYear.ofValid(2569)).contains(FiscalYear.of(2569));
		assertThat(FiscalYear.ofValid(null)).isEmpty();
		assertThat(FiscalYear.ofValid(2026)).as("a Christian-era year").isEmpty();
		assertThat(FiscalYear.ofValid(99999)).isEmpty();
		assertThat(FiscalYear.ofValid(-1)).isEmpty();
		assertThatThrownBy(() -> FiscalYear.of(99999)).isInstanceOf(IllegalArgumentException.class);
	}

}
