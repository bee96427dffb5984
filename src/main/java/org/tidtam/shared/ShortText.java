package org.tidtam.shared;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * A citizen's text cut short for a summary or a notice: never between the halves of an emoji nor
 * between a Thai consonant and its vowel or tone mark (cutting at a fixed {@code substring} index
 * sends LINE half an emoji and shows a consonant without its vowel).
 */
public final class ShortText {

	private static final Locale THAI = Locale.forLanguageTag("th");

	private ShortText() {
	}

	/**
	 * {@code text} when it has at most {@code max} UTF-16 units (as LINE counts), else its longest start
	 * of whole characters within {@code max} units followed by "…".
	 */
	public static String cut(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		BreakIterator clusters = BreakIterator.getCharacterInstance(THAI);
		clusters.setText(text);
		int end = clusters.preceding(max + 1);
		if (end == BreakIterator.DONE) {
			end = 0;
		}
		return text.substring(0, end) + "…";
	}

}
