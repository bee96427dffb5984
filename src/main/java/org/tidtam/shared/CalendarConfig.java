package org.tidtam.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working calendar from configuration ({@code tidtam.calendar.*}): the lunar Buddhist holidays and
 * special days off the cabinet announces each year, quiet hours, and whether weekends and holidays are
 * quiet.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfig {

	@Bean
	WorkingCalendar workingCalendar(@Value("${tidtam.calendar.holidays:}") List<LocalDate> holidays,
			@Value("${tidtam.calendar.fixed-holidays:true}") boolean fixedHolidays,
			@Value("${tidtam.calendar.quiet-from:20:00}") LocalTime quietFrom,
			@Value("${tidtam.calendar.quiet-until:07:00}") LocalTime quietUntil,
			@Value("${tidtam.calendar.quiet-on-days-off:true}") boolean quietOnDaysOff) {
		return new WorkingCalendar(holidays, fixedHolidays, quietFrom, quietUntil, quietOnDaysOff);
	}

}
