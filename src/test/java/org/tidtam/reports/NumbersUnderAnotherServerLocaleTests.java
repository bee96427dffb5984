package org.tidtam.reports;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed scores do not follow the server's language setting: a server set to German would
 * otherwise print "85,50" in a Thai report.
 */
class NumbersUnderAnotherServerLocaleTests {

	private Locale before;

	@BeforeEach
	void germanServer() {
		this.before = Locale.getDefault();
		Locale.setDefault(Locale.GERMANY);
	}

	@AfterEach
	void restore() {
		Locale.setDefault(this.before);
	}

	@Test
	void theYearEndScoreKeepsItsDecimalPoint() {
		assertThat(YearEndReportService.outcome(85.5)).isEqualTo("ผลการประเมินตัวชี้วัด 85.50 คะแนน");
	}

}
