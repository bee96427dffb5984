package org.tidtam.web;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.tidtam.shared.ThaiDates;

/**
 * {@code @thaiDates} in templates, so that every date on a page is in the Buddhist era and in
 * Asia/Bangkok ({@code ${@thaiDates.dateTime(event.receivedAt)}}). Null shows as a dash.
 */
@Component("thaiDates")
public class ThaiDatesView {

	static final String NONE = "–";

	/** "3 มี.ค. 2565 14:05:09". */
	public String dateTime(Instant instant) {
		return instant == null ? NONE : ThaiDates.shortDateTimeSeconds(instant);
	}

	/** "3 มี.ค. 2565 14:05". */
	public String dateTimeMinutes(Instant instant) {
		return instant == null ? NONE : ThaiDates.shortDateTime(instant);
	}

	/** "3 มี.ค. 2565". */
	public String date(LocalDate date) {
		return date == null ? NONE : ThaiDates.shortDate(date);
	}

	/** "3 มีนาคม 2565". */
	public String longDate(LocalDate date) {
		return date == null ? NONE : ThaiDates.longDate(date);
	}

	/** A LINE epoch-millisecond timestamp, e.g. a webhook event's {@code timestamp}. */
	public String epochMillis(long millis) {
		return millis <= 0 ? NONE : ThaiDates.shortDateTimeSeconds(Instant.ofEpochMilli(millis));
	}

}
