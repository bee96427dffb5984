package org.tidtam.line.outbound;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * LINE counts labels in grapheme clusters: a Thai consonant with its vowel and tone marks is one
 * ("ยืนยันที่อยู่" is 13 UTF-16 units but 7 clusters), so {@code String.length()} would cut too early.
 */
final class Graphemes {

	private static final Locale THAI = Locale.forLanguageTag("th");

	private Graphemes() {
	}

	/** The text, or its first {@code max - 1} clusters and "…" when it is longer than {@code max}. */
	static String ellipsize(String text, int max) {
		if (text == null) {
			return null;
		}
		BreakIterator it = BreakIterator.getCharacterInstance(THAI);
		it.setText(text);
		int n = 0;
		int cut = 0;
		int end;
		while ((end = it.next()) != BreakIterator.DONE) {
			n++;
			if (n == max - 1) {
				cut = end;
			}
			if (n > max) {
				return text.substring(0, cut) + "…";
			}
		}
		return text;
	}

}
