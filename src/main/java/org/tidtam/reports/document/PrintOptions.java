package org.tidtam.reports.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tidtam.shared.ThaiDates;

/**
 * Choices for printed outputs. Thai digits (๐–๙) are common in official documents and an option;
 * web addresses keep their ASCII digits, or they would stop working.
 */
public record PrintOptions(boolean thaiDigits) {

	private static final Pattern URL = Pattern.compile("https?://\\S+");

	public static PrintOptions arabicDigits() {
		return new PrintOptions(false);
	}

	public static PrintOptions withThaiDigits() {
		return new PrintOptions(true);
	}

	/** {@code text} as it is printed: digits converted when asked, except inside web addresses. */
	public String print(String text) {
		if (text == null || !this.thaiDigits) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		Matcher m = URL.matcher(text);
		int at = 0;
		while (m.find()) {
			out.append(ThaiDates.thaiDigits(text.substring(at, m.start()))).append(m.group());
			at = m.end();
		}
		return out.append(ThaiDates.thaiDigits(text.substring(at))).toString();
	}

}
