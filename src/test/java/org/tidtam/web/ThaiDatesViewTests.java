package org.tidtam.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThaiDatesViewTests {

	private final ThaiDatesView dates = new ThaiDatesView();

	@Test
	void showsBuddhistEraInBangkok() {
		// 17:30 UTC on 30 September is already 1 October in Bangkok: the new fiscal year
		assertThat(this.dates.dateTime(Instant.parse("2025-09-30T17:30:05Z"))).isEqualTo("1 ต.ค. 2568 00:30:05");
		assertThat(this.dates.dateTimeMinutes(Instant.parse("2022-03-03T07:05:09Z"))).isEqualTo("3 มี.ค. 2565 14:05");
		assertThat(this.dates.longDate(LocalDate.of(2022, 3, 3))).isEqualTo("3 มีนาคม 2565");
		assertThat(this.dates.epochMillis(Instant.parse("2022-03-03T07:05:09Z").toEpochMilli()))
			.isEqualTo("3 มี.ค. 2565 14:05:09");
	}

	@Test
	void anEnglishPageNamesTheMonthInEnglishAndKeepsTheBuddhistEra() {
		assertThat(this.dates.longDate(LocalDate.of(2026, 1, 13), Locale.ENGLISH)).isEqualTo("13 January 2569");
		assertThat(this.dates.longDate(LocalDate.of(2026, 1, 13), Locale.forLanguageTag("th"))).isEqualTo("13 มกราคม 2569");
		assertThat(this.dates.longDate(null, Locale.ENGLISH)).isEqualTo("–");
	}

	@Test
	void shortDatesAndTimesFollowThePagesLanguageToo() {
		Locale thai = Locale.forLanguageTag("th");
		Instant instant = Instant.parse("2025-09-30T17:30:05Z");
		assertThat(this.dates.dateTime(instant, Locale.ENGLISH)).isEqualTo("1 Oct 2568 00:30:05");
		assertThat(this.dates.dateTime(instant, thai)).isEqualTo("1 ต.ค. 2568 00:30:05");
		assertThat(this.dates.dateTimeMinutes(instant, Locale.ENGLISH)).isEqualTo("1 Oct 2568 00:30");
		assertThat(this.dates.date(LocalDate.of(2022, 3, 3), Locale.ENGLISH)).isEqualTo("3 Mar 2565");
		assertThat(this.dates.date(LocalDate.of(2022, 3, 3), thai)).isEqualTo("3 มี.ค. 2565");
		assertThat(this.dates.epochMillis(instant.toEpochMilli(), Locale.ENGLISH)).isEqualTo("1 Oct 2568 00:30:05");
		assertThat(this.dates.dateTime(null, Locale.ENGLISH)).isEqualTo("–");
	}

	@Test
	void missingDatesShowAsADash() {
		assertThat(this.dates.dateTime(null)).isEqualTo("–");
		assertThat(this.dates.date(null)).isEqualTo("–");
		assertThat(this.dates.epochMillis(0)).isEqualTo("–");
	}

}
