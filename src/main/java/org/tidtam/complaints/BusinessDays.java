package org.tidtam.complaints;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tidtam.shared.WorkingCalendar;

/**
 * Thai business days (วันทำการ) for complaint deadlines: the shared working calendar (weekends, the
 * fixed-date public holidays with their substitute days, the configured lunar holidays) plus any days
 * the complaints office adds ({@code tidtam.complaints.holidays}, ISO dates).
 */
@Component
public class BusinessDays {

	private final WorkingCalendar calendar;

	public BusinessDays(WorkingCalendar calendar, @Value("${tidtam.complaints.holidays:}") Set<LocalDate> holidays) {
		this.calendar = calendar.withHolidays(holidays);
	}

	public boolean isBusinessDay(LocalDate date) {
		return this.calendar.isWorkingDay(date);
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
