package org.tidtam.measures.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of HTML tables, for a paste that arrived as markup (copied from a browser or a web
 * mail and pasted into a plain-text field). Cells become cells, {@code <br>} and paragraphs become line
 * breaks inside a cell, {@code colspan} keeps the columns aligned, other tags are dropped. A regular
 * expression reader is enough here: the markup is only a carrier for a table, never executed or shown.
 * Every pattern is linear in the paste (a tag's attributes stop at the next {@code <}, comments and scripts
 * are cut by searching for their end once): a paste of megabytes of stray {@code <!--} or {@code <tr} must
 * not hold a request for minutes.
 */
final class HtmlRows {

	record HtmlRow(int line, List<String> cells) {
	}

	private static final Pattern LOOKS_LIKE_TABLE = Pattern.compile("(?i)<\\s*(?:table|tr|td|th)\\b");

	private static final Pattern ROW = Pattern.compile("(?is)<tr\\b[^<>]*>(.*?)(?=<tr\\b|</table|\\z)");

	private static final Pattern CELL = Pattern.compile("(?is)<t([dh])\\b([^<>]*)>(.*?)(?=<t[dh]\\b|</tr|\\z)");

	private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?i)<(script|style)\\b");

	private static final Map<String, Pattern> END_OF = Map.of("script", Pattern.compile("(?i)</script\\s*>"), "style",
			Pattern.compile("(?i)</style\\s*>"));

	private static final Pattern TAG = Pattern.compile("<[^<>]*>");

	private static final Pattern COLSPAN = Pattern.compile("(?i)colspan\\s*=\\s*[\"']?(\\d+)");

	private HtmlRows() {
	}

	static boolean looksLikeHtmlTable(String text) {
		return LOOKS_LIKE_TABLE.matcher(text).find();
	}

	static List<HtmlRow> rows(String html) {
		String body = withoutScripts(withoutComments(html));
		List<HtmlRow> rows = new ArrayList<>();
		Matcher r = ROW.matcher(body);
		int line = 1;
		int counted = 0;
		while (r.find()) {
			line += newlines(body, counted, r.start());
			counted = r.start();
			List<String> cells = new ArrayList<>();
			Matcher c = CELL.matcher(r.group(1));
			while (c.find()) {
				cells.add(text(c.group(3)));
				Matcher span = COLSPAN.matcher(c.group(2));
				int extra = span.find() ? Math.min(Integer.parseInt(span.group(1)), 50) - 1 : 0;
				for (int i = 0; i < extra; i++) {
					cells.add("");
				}
			}
			if (!cells.isEmpty()) {
				rows.add(new HtmlRow(line, cells));
			}
		}
		return rows;
	}

	/** Without {@code <!-- … -->}; an unclosed comment stays as text (no later one can close either). */
	static String withoutComments(String html) {
		StringBuilder out = new StringBuilder(html.length());
		int from = 0;
		while (true) {
			int open = html.indexOf("<!--", from);
			int close = open < 0 ? -1 : html.indexOf("-->", open + 4);
			if (close < 0) {
				return out.append(html, from, html.length()).toString();
			}
			out.append(html, from, open);
			from = close + 3;
		}
	}

	/**
	 * Without {@code <script>…</script>} and {@code <style>…</style>}. A tag whose end never comes
	 * stays as text, and so do its later openings: the end is looked for once per kind, not once each.
	 */
	static String withoutScripts(String html) {
		StringBuilder out = new StringBuilder(html.length());
		Set<String> unclosed = new HashSet<>();
		Matcher open = SCRIPT_OR_STYLE.matcher(html);
		int from = 0;
		int searchFrom = 0;
		while (open.find(searchFrom)) {
			String name = open.group(1).toLowerCase(Locale.ROOT);
			searchFrom = open.end();
			if (unclosed.contains(name)) {
				continue;
			}
			Matcher close = END_OF.get(name).matcher(html);
			if (!close.find(open.end())) {
				unclosed.add(name);
				continue;
			}
			out.append(html, from, open.start());
			from = close.end();
			searchFrom = close.end();
		}
		return out.append(html, from, html.length()).toString();
	}

	private static String text(String cellHtml) {
		String t = cellHtml.replaceAll("(?i)<br\\s*/?>|</p\\s*>|</div\\s*>|</li\\s*>", "\n");
		t = TAG.matcher(t).replaceAll("").replaceAll("[ \\t\\r\\f]+", " ").replaceAll(" ?\n ?", "\n");
		return entities(t).strip();
	}

	private static String entities(String t) {
		Matcher m = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|nbsp|amp|lt|gt|quot|apos);").matcher(t);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String e = m.group(1);
			String replacement = switch (e) {
				case "nbsp" -> " ";
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				default -> {
					int code = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
					yield Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
				}
			};
			m.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static int newlines(String text, int from, int to) {
		int n = 0;
		for (int i = from; i < to; i++) {
			if (text.charAt(i) == '\n') {
				n++;
			}
		}
		return n;
	}

}
