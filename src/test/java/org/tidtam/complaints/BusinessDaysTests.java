package org.tidtam.complaints;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessDaysTests {

	// Songkran 2026 (13–15 April, Monday to Wednesday) is built into the calendar; the office adds 24 April
	final BusinessDays days = new BusinessDays(org.tidtam.shared.WorkingCalendar.thai(java.util.List.of()),
			Set.of(LocalDate.of(2026, 4, 24)));

	@Test
	void weekendsAndHolidaysDoNotCount() {
		// filed Friday 10 April: Mon–Wed are Songkran, so day 1 is Thursday 16, day 3 is Monday 20
		assertThat(this.days.plus(LocalDate.of(2026, 4, 10), 1)).isEqualTo(LocalDate.of(2026, 4, 16));
		assertThat(this.days.plus(LocalDate.of(2026, 4, 10), 3)).isEqualTo(LocalDate.of(2026, 4, 20));
		// filed on a Saturday: the next Monday is day 1
		assertThat(this.days.plus(LocalDate.of(2026, 3, 7), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(this.days.isBusinessDay(LocalDate.of(2026, 4, 14))).isFalse();
		assertThat(this.days.plus(LocalDate.of(2026, 3, 2), 15)).isEqualTo(LocalDate.of(2026, 3, 23));
		// the office's own day off: Thursday 23 April + 1 is Monday 27
		assertThat(this.days.plus(LocalDate.of(2026, 4, 23), 1)).isEqualTo(LocalDate.of(2026, 4, 27));
	}

}
