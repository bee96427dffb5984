package org.tidtam.line.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens LINE user, group and room ids (33 characters) for lists: "U1a2b3c…9f0e". The full id stays
 * on the detail page and in a tooltip; a short form is enough to tell chats apart at a glance.
 */
final class LineIds {

	private static final Pattern LONG_ID = Pattern.compile("[A-Za-z0-9_-]{20,}");

	private LineIds() {
	}

	static String shorten(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = LONG_ID.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String id = m.group();
			m.appendReplacement(out, Matcher.quoteReplacement(id.substring(0, 7) + "…" + id.substring(id.length() - 4)));
		}
		m.appendTail(out);
		return out.toString();
	}

}
