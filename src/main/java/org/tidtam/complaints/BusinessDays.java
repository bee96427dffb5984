package org.tidtam.complaints;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Thai business days (วันทำการ): Monday to Friday except the public holidays the organisation lists
 * ({@code tidtam.complaints.holidays}, ISO dates; the cabinet announces extra ones each year).
 */
@Component
public class BusinessDays {

	private final Set<LocalDate> holidays;

	public BusinessDays(@Value("${tidtam.complaints.holidays:}") Set<LocalDate> holidays) {
		this.holidays = Set.copyOf(holidays);
	}

	public boolean isBusinessDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !this.holidays.contains(date);
	}

	/** The date {@code days} business days after {@code from} (the day of filing does not count). */
	public LocalDate plus(LocalDate from, int days) {
		LocalDate date = from;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (isBusinessDay(date)) {
				left--;
			}
		}
		return date;
	}

}
