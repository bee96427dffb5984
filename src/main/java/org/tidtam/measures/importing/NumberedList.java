package org.tidtam.measures.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tidtam.shared.ThaiDates;

/**
 * Splits a cell holding a list written on one line: "๑. … ๒. … ๓. …", "1) … 2) …", "- … - …",
 * "• …", or one item per line. A number is an item marker only at the start or after whitespace,
 * followed by "." or ")" but not by another digit, and only when it is the next number of the list, so
 * "พ.ศ. ๒๕๖๖", "ตัวชี้วัดย่อยที่ ๑๐.๒" or "ปี ๒๕๖๕ ๒. …" split only where a real item starts.
 */
final class NumberedList {

	/** One list item; {@code number} is null for bullets, lines and text before the first marker. */
	record Item(Integer number, boolean marked, String text) {
	}

	private static final Pattern NUMBER_MARKER = Pattern
		.compile("(?<!\\S)(?:\\(([0-9๐-๙]{1,2})\\)|([0-9๐-๙]{1,2})[.)])(?![0-9๐-๙])");

	/** Up to four digits: an import may number its measures up to {@link ImportLimit#MEASURES} (1,000). */
	private static final Pattern LEADING_NUMBER = Pattern.compile("^\\(?([0-9๐-๙]{1,4})");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final String BULLETS = "-•▪●◦–*·";

	private static final Pattern BULLET_MARKER = Pattern.compile("(?<!\\S)[" + Pattern.quote(BULLETS) + "]\\s*(?=[^\\s0-9๐-๙])");

	private NumberedList() {
	}

	static List<Item> split(String text) {
		List<Item> items = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return items;
		}
		String t = text.strip();
		if (splitNumbered(t, items)) {
			return items;
		}
		if (BULLETS.indexOf(t.charAt(0)) >= 0 && splitBullets(t, items)) {
			return items;
		}
		if (t.indexOf('\n') >= 0) {
			for (String line : t.split("\n")) {
				String l = clean(line);
				if (!l.isEmpty()) {
					items.add(new Item(null, false, l));
				}
			}
			return items;
		}
		items.add(new Item(null, false, clean(t)));
		return items;
	}

	/** The leading number of a text ("๓", "3.", "(3)"), or -1. */
	static int leadingNumber(String text) {
		Matcher m = LEADING_NUMBER.matcher(text.strip());
		return m.find() ? Integer.parseInt(ThaiDates.asciiDigits(m.group(1))) : -1;
	}

	private static boolean splitNumbered(String t, List<Item> items) {
		Matcher m = NUMBER_MARKER.matcher(t);
		List<int[]> accepted = new ArrayList<>(); // {markerStart, textStart, number}
		int expected = 1;
		while (m.find()) {
			int n = Integer.parseInt(ThaiDates.asciiDigits(m.group(1) != null ? m.group(1) : m.group(2)));
			boolean first = accepted.isEmpty();
			// a list continued from the previous page may start at any number, but only at the very start
			if (n == expected || (first && m.start() == 0 && n > 0)) {
				accepted.add(new int[] { m.start(), m.end(), n });
				expected = n + 1;
			}
		}
		if (accepted.isEmpty()) {
			return false;
		}
		String intro = clean(t.substring(0, accepted.get(0)[0]));
		if (!intro.isEmpty()) {
			items.add(new Item(null, false, intro));
		}
		for (int i = 0; i < accepted.size(); i++) {
			int end = i + 1 < accepted.size() ? accepted.get(i + 1)[0] : t.length();
			String itemText = clean(t.substring(accepted.get(i)[1], end));
			items.add(new Item(accepted.get(i)[2], true, itemText));
		}
		return true;
	}

	private static boolean splitBullets(String t, List<Item> items) {
		Matcher m = BULLET_MARKER.matcher(t);
		List<int[]> marks = new ArrayList<>();
		while (m.find()) {
			marks.add(new int[] { m.start(), m.end() });
		}
		if (marks.isEmpty() || marks.get(0)[0] != 0) {
			return false;
		}
		for (int i = 0; i < marks.size(); i++) {
			int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : t.length();
			String itemText = clean(t.substring(marks.get(i)[1], end));
			if (!itemText.isEmpty()) {
				items.add(new Item(null, true, itemText));
			}
		}
		return true;
	}

	static String clean(String text) {
		return SPACES.matcher(text).replaceAll(" ").strip();
	}

}
