package org.tidtam.measures.importing;

import java.util.regex.Pattern;

import org.tidtam.shared.ThaiDates;

/**
 * Normalises division names for matching. Documents write the same division as "สำนักปลัด ฯ",
 * "สำนักปลัดฯ", "สำนักปลัด" with zero-width or non-breaking spaces from PDF extraction, and PDFs often
 * store ำ as ํ + า; none of that should stop a match.
 */
final class DivisionNames {

	private static final Pattern DROPPED = Pattern.compile("ฯลฯ|ฯ|[\\s\\u00A0\\u200B\\u200C\\u200D\\u2060\\uFEFF.]");

	private DivisionNames() {
	}

	static String key(String text) {
		if (text == null) {
			return "";
		}
		String t = text.replace("\u0E4D\u0E32", "\u0E33");
		t = ThaiDates.asciiDigits(t);
		return DROPPED.matcher(t).replaceAll("").toLowerCase();
	}

}
