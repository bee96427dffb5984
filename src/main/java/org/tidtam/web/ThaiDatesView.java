package org.tidtam.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tidtam.shared.ThaiDates;

/**
 * {@code @thaiDates} in templates, so that every date on a page is in the Buddhist era and in
 * Asia/Bangkok ({@code ${@thaiDates.dateTime(event.receivedAt)}}, Thai). Null shows as a dash. Given the page's
 * {@code #locale}, a date follows the page's language: {@code ${@thaiDates.longDate(m.date, #locale)}} is
 * "3 มีนาคม 2565" on a Thai page and "3 March 2565" on an English one.
 */
@Component("thaiDates")
public class ThaiDatesView {

	static final String NONE = "–";

	/** "3 มี.ค. 2565 14:05:09". */
	public String dateTime(Instant instant) {
		return dateTime(instant, null);
	}

	/** "3 มี.ค. 2565 14:05". */
	public String dateTimeMinutes(Instant instant) {
		return dateTimeMinutes(instant, null);
	}

	/** "3 มี.ค. 2565". */
	public String date(LocalDate date) {
		return date(date, null);
	}

	/** "3 มี.ค. 2565 14:05:09", or "3 Mar 2565 14:05:09" on an English page. */
	public String dateTime(Instant instant, Locale locale) {
		return instant == null ? NONE : ThaiDates.shortDateTimeSeconds(instant, locale);
	}

	/** "3 มี.ค. 2565 14:05", or "3 Mar 2565 14:05" on an English page. */
	public String dateTimeMinutes(Instant instant, Locale locale) {
		return instant == null ? NONE : ThaiDates.shortDateTime(instant, locale);
	}

	/** "3 มี.ค. 2565", or "3 Mar 2565" on an English page. */
	public String date(LocalDate date, Locale locale) {
		return date == null ? NONE : ThaiDates.shortDate(date, locale);
	}

	/** "3 มีนาคม 2565". */
	public String longDate(LocalDate date) {
		return longDate(date, null);
	}

	/** "3 มีนาคม 2565", or "3 March 2565" on an English page. */
	public String longDate(LocalDate date, Locale locale) {
		return date == null ? NONE : ThaiDates.longDate(date, locale);
	}

	/** A LINE epoch-millisecond timestamp, e.g. a webhook event's {@code timestamp}. */
	public String epochMillis(long millis) {
		return epochMillis(millis, null);
	}

	/** A LINE epoch-millisecond timestamp in the page's language. */
	public String epochMillis(long millis, Locale locale) {
		return millis <= 0 ? NONE : ThaiDates.shortDateTimeSeconds(Instant.ofEpochMilli(millis), locale);
	}

}
