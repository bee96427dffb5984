package org.tidtam.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Thai working days, substitute holidays and the hours in which the bot may message people. */
class WorkingCalendarTests {

	final WorkingCalendar calendar = WorkingCalendar.thai(List.of(LocalDate.of(2026, 7, 29), LocalDate.of(2026, 7, 30)));

	@Test
	void fixedHolidaysAndConfiguredLunarOnesAreDaysOff() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 4, 13))).as("Songkran").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 10, 13))).as("วันนวมินทรมหาราช").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 7, 29))).as("อาสาฬหบูชา (configured)").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).as("an ordinary Monday").isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).as("Saturday").isFalse();
	}

	@Test
	void aFixedHolidayOnAWeekendGivesTheNextWeekdayOff() {
		// 5 Dec 2026 is a Saturday: Monday 7 Dec is the substitute day
		assertThat(this.calendar.isHoliday(LocalDate.of(2026, 12, 7))).isTrue();
		assertThat(this.calendar.isHoliday(LocalDate.of(2026, 12, 8))).isFalse();
		// Songkran 2029 is Friday to Sunday: Monday and Tuesday are substitutes
		assertThat(this.calendar.isHoliday(LocalDate.of(2029, 4, 16))).isTrue();
		assertThat(this.calendar.isHoliday(LocalDate.of(2029, 4, 17))).isTrue();
		assertThat(this.calendar.isHoliday(LocalDate.of(2029, 4, 18))).isFalse();
		// 31 Dec 2027 is a Friday, 1 Jan 2028 a Saturday: Monday 3 Jan 2028 is the substitute
		assertThat(this.calendar.isHoliday(LocalDate.of(2028, 1, 3))).isTrue();
	}

	@Test
	void workingDaysAreCountedOverHolidays() {
		// Friday 9 Oct 2026 + 3 working days: Mon 12, (Tue 13 holiday), Wed 14, Thu 15
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2026, 10, 9), 3)).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 15))).isEqualTo(3);
		assertThat(this.calendar.workingDayOnOrBefore(LocalDate.of(2026, 10, 13))).isEqualTo(LocalDate.of(2026, 10, 12));
		assertThat(this.calendar.workingDayOnOrAfter(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 12, 8));
	}

	@Test
	void quietHoursWeekendsAndHolidaysHoldMessagesUntilTheNextMorning() {
		assertThat(this.calendar.maySend(bangkok(2026, 11, 23, 8, 30))).isTrue();
		assertThat(this.calendar.maySend(bangkok(2026, 11, 23, 19, 59))).isTrue();
		assertThat(this.calendar.maySend(bangkok(2026, 11, 23, 20, 0))).isFalse();
		assertThat(this.calendar.maySend(bangkok(2026, 11, 24, 6, 59))).isFalse();
		// Monday evening → Tuesday 07:00
		assertThat(this.calendar.nextSendable(bangkok(2026, 11, 23, 21, 15))).isEqualTo(bangkok(2026, 11, 24, 7, 0));
		// Friday night before a weekend and the substitute Monday → Tuesday 8 Dec 07:00
		assertThat(this.calendar.nextSendable(bangkok(2026, 12, 4, 22, 0))).isEqualTo(bangkok(2026, 12, 8, 7, 0));
		// early morning of a working day → 07:00 the same day
		assertThat(this.calendar.nextSendable(bangkok(2026, 11, 24, 5, 0))).isEqualTo(bangkok(2026, 11, 24, 7, 0));
		assertThat(this.calendar.nextSendable(bangkok(2026, 11, 24, 10, 0))).isEqualTo(bangkok(2026, 11, 24, 10, 0));
	}

	@Test
	void weekendsCanBeMadeSendable() {
		WorkingCalendar weekends = new WorkingCalendar(List.of(), true, java.time.LocalTime.of(20, 0),
				java.time.LocalTime.of(7, 0), false);
		assertThat(weekends.maySend(bangkok(2026, 11, 21, 10, 0))).isTrue();
		assertThat(weekends.maySend(bangkok(2026, 11, 21, 22, 0))).isFalse();
	}

	static Instant bangkok(int y, int m, int d, int hh, int mm) {
		return LocalDateTime.of(y, m, d, hh, mm).atZone(ThaiDates.BANGKOK).toInstant();
	}

}
