package org.tidtam.measures.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV reader for measures tables saved from Excel or Google Sheets: quoted cells with "" for a
 * quote and line breaks inside (a steps cell often has one step per line), CRLF or LF, a leading BOM.
 * The separator is a comma, or a semicolon or tab when the first line has more of those (Excel in some
 * locales saves with semicolons).
 */
public final class CsvRows {

	private CsvRows() {
	}

	public static List<List<String>> parse(String csv) {
		if (csv == null || csv.isEmpty()) {
			return new ArrayList<>();
		}
		String text = csv.charAt(0) == '\uFEFF' ? csv.substring(1) : csv;
		return read(text, separator(text), new ArrayList<>());
	}

	/**
	 * Rows of text separated by {@code separator}, with the 1-based line each row starts on added to
	 * {@code startLines}; null when a quote is left open (then the text was not written as CSV).
	 */
	static List<List<String>> read(String text, char separator, List<Integer> startLines) {
		List<List<String>> rows = new ArrayList<>();
		int line = 1;
		startLines.add(1);
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean rowHasContent = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else if (c == '\r') {
					if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
						cell.append('\n');
						line++;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			}
			else if (c == '"' && cell.length() == 0) {
				quoted = true;
				rowHasContent = true;
			}
			else if (c == separator) {
				row.add(cell.toString());
				cell.setLength(0);
				rowHasContent = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				rowHasContent = false;
				line++;
				startLines.add(line);
			}
			else {
				cell.append(c);
				rowHasContent = true;
			}
		}
		if (quoted) {
			return null;
		}
		if (rowHasContent || cell.length() > 0) {
			row.add(cell.toString());
			rows.add(row);
		}
		else {
			startLines.remove(startLines.size() - 1);
		}
		return rows;
	}

	private static char separator(String text) {
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		long commas = first.chars().filter(c -> c == ',').count();
		long semicolons = first.chars().filter(c -> c == ';').count();
		long tabs = first.chars().filter(c -> c == '\t').count();
		if (tabs > commas && tabs >= semicolons) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

}
