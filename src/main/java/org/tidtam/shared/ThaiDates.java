package org.tidtam.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Thai dates as people here write them: Buddhist era (CE + 543), Thai month names, Asia/Bangkok,
 * optionally Thai digits (๐–๙) for printed documents. A page in English names the month in English
 * and keeps the Buddhist-era year, as it does for every fiscal year it shows ("3 March 2565").
 */
public final class ThaiDates {

	public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	public static final int BUDDHIST_ERA_OFFSET = 543;

	private static final String[] MONTHS = { "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
			"กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม" };

	private static final String[] SHORT_MONTHS = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
			"ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };

	private ThaiDates() {
	}

	public static int buddhistYear(LocalDate date) {
		return date.getYear() + BUDDHIST_ERA_OFFSET;
	}

	/** "2569-11-24": a date in file names, year in the Buddhist era like every other date people read. */
	public static String fileDate(LocalDate date) {
		return String.format("%d-%02d-%02d", date.getYear() + BUDDHIST_ERA_OFFSET, date.getMonthValue(),
				date.getDayOfMonth());
	}

	/** "3 มีนาคม 2565". */
	public static String longDate(LocalDate date) {
		return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + buddhistYear(date);
	}

	/** "3 มี.ค. 2565". */
	public static String shortDate(LocalDate date) {
		return date.getDayOfMonth() + " " + SHORT_MONTHS[date.getMonthValue() - 1] + " " + buddhistYear(date);
	}

	/** "3 มี.ค. 2565 14:05" in Asia/Bangkok. */
	public static String shortDateTime(Instant instant) {
		return shortDateTime(instant, null);
	}

	/** "3 มี.ค. 2565 14:05:09" in Asia/Bangkok, for logs and event lists. */
	public static String shortDateTimeSeconds(Instant instant) {
		return shortDateTimeSeconds(instant, null);
	}

	public static String monthName(int month) {
		return MONTHS[month - 1];
	}

	/** "3 มีนาคม 2565", or "3 March 2565" on an English page. */
	public static String longDate(LocalDate date, Locale locale) {
		return english(locale) ? date.getDayOfMonth() + " " + monthName(date.getMonthValue(), locale) + " " + buddhistYear(date)
				: longDate(date);
	}

	/** "มีนาคม 2565", or "March 2565" on an English page: a month as a period (a row of statistics). */
	public static String monthYear(LocalDate date, Locale locale) {
		return monthName(date.getMonthValue(), locale) + " " + buddhistYear(date);
	}

	/** "3 มี.ค. 2565", or "3 Mar 2565" on an English page. */
	public static String shortDate(LocalDate date, Locale locale) {
		return english(locale) ? date.getDayOfMonth() + " "
				+ Month.of(date.getMonthValue()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + buddhistYear(date)
				: shortDate(date);
	}

	/** "3 มี.ค. 2565 14:05", or "3 Mar 2565 14:05" on an English page; Asia/Bangkok. */
	public static String shortDateTime(Instant instant, Locale locale) {
		LocalDateTime t = LocalDateTime.ofInstant(instant, BANGKOK);
		return shortDate(t.toLocalDate(), locale) + " " + String.format("%02d:%02d", t.getHour(), t.getMinute());
	}

	/** "3 มี.ค. 2565 14:05:09", or "3 Mar 2565 14:05:09" on an English page; Asia/Bangkok. */
	public static String shortDateTimeSeconds(Instant instant, Locale locale) {
		ZonedDateTime t = instant.atZone(BANGKOK);
		return shortDate(t.toLocalDate(), locale) + " "
				+ String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
	}

	/** "มีนาคม", or "March" on an English page. */
	public static String monthName(int month, Locale locale) {
		return english(locale) ? Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) : monthName(month);
	}

	/** Every page is Thai unless it was asked for in English. */
	public static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	/** Replaces ASCII digits with Thai digits: "2565" becomes "๒๕๖๕". */
	public static String thaiDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
		}
		return out.toString();
	}

	/** Replaces Thai digits with ASCII digits: "๒๕๖๕" becomes "2565". */
	public static String asciiDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
		}
		return out.toString();
	}

}
