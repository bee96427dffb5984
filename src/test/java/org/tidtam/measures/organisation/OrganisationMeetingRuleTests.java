package org.tidtam.measures.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrganisationMeetingRuleTests {

	@Test
	void secondTuesdayOfSeveralMonths() {
		MeetingRule rule = MeetingRule.secondTuesday();
		assertThat(rule.meetingIn(YearMonth.of(2025, 10))).isEqualTo(LocalDate.of(2025, 10, 14));
		assertThat(rule.meetingIn(YearMonth.of(2025, 11))).isEqualTo(LocalDate.of(2025, 11, 11));
		// a month starting on a Tuesday: the 1st is the first, the 8th the second
		assertThat(rule.meetingIn(YearMonth.of(2026, 9))).isEqualTo(LocalDate.of(2026, 9, 8));
		// a month starting on a Wednesday
		assertThat(rule.meetingIn(YearMonth.of(2026, 4))).isEqualTo(LocalDate.of(2026, 4, 14));
	}

	@Test
	void anExplicitDateReplacesTheRuleInItsMonthOnly() {
		MeetingRule rule = MeetingRule.secondTuesday().withExtraDate(LocalDate.of(2026, 1, 20));
		assertThat(rule.meetingIn(YearMonth.of(2026, 1))).isEqualTo(LocalDate.of(2026, 1, 20));
		assertThat(rule.meetingIn(YearMonth.of(2026, 2))).isEqualTo(LocalDate.of(2026, 2, 10));
	}

	@Test
	void aHolidayMovesTheMeetingToTheNextWorkingDay() {
		// 13 April 2027 (สงกรานต์) is the second Tuesday; 14 and 15 are holidays too
		MeetingRule rule = MeetingRule.secondTuesday()
			.withHoliday(LocalDate.of(2027, 4, 13))
			.withHoliday(LocalDate.of(2027, 4, 14))
			.withHoliday(LocalDate.of(2027, 4, 15));
		assertThat(rule.meetingIn(YearMonth.of(2027, 4))).isEqualTo(LocalDate.of(2027, 4, 16));
		// a holiday on a Friday skips the weekend
		MeetingRule friday = MeetingRule.of(DayOfWeek.FRIDAY, 1).withHoliday(LocalDate.of(2026, 5, 1));
		assertThat(friday.meetingIn(YearMonth.of(2026, 5))).isEqualTo(LocalDate.of(2026, 5, 4));
	}

	@Test
	void lastWeekdayOfTheMonth() {
		assertThat(MeetingRule.of(DayOfWeek.WEDNESDAY, -1).meetingIn(YearMonth.of(2026, 9)))
			.isEqualTo(LocalDate.of(2026, 9, 30));
	}

	@Test
	void theProfileCarriesTheRuleAsPlainFields() {
		Organisation org = new Organisation("เทศบาลตำบลตัวอย่าง", OrganisationKind.MUNICIPALITY, "พิษณุโลก");
		org.setMeetingRule(MeetingRule.of(DayOfWeek.THURSDAY, 3).withExtraDate(LocalDate.of(2026, 3, 2)));
		assertThat(org.getMeetingDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
		assertThat(org.meetingIn(YearMonth.of(2026, 2))).isEqualTo(LocalDate.of(2026, 2, 19));
		assertThat(org.meetingIn(YearMonth.of(2026, 3))).isEqualTo(LocalDate.of(2026, 3, 2));
	}

	@Test
	void nonsenseRulesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> MeetingRule.of(DayOfWeek.MONDAY, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> MeetingRule.of(null, 2));
	}

}
