package org.tidtam.reports.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of a report, which is also one sheet of the XLSX. Rows are data rows or group rows (a heading
 * spanning the whole width, e.g. an indicator in the year-end report).
 *
 * @param sheetName the XLSX sheet name (at most 31 characters, no {@code []:*?/\})
 */
public record Table(String caption, String sheetName, List<Column> columns, List<Row> rows) implements ReportDocument.Block {

	public Table {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		for (Row row : rows) {
			if (!row.group() && row.cells().size() != columns.size()) {
				throw new IllegalArgumentException(
						"A row of " + sheetName + " has " + row.cells().size() + " cells for " + columns.size() + " columns");
			}
		}
	}

	/**
	 * @param widthTwips the width in Word's twips (1/1440 inch): LibreOffice ignores percentages
	 * @param numeric the cells are whole numbers (right aligned, numeric in Excel)
	 */
	public record Column(String header, int widthTwips, boolean numeric) {

		public static Column text(String header, int widthTwips) {
			return new Column(header, widthTwips, false);
		}

		public static Column number(String header, int widthTwips) {
			return new Column(header, widthTwips, true);
		}

	}

	public record Row(List<String> cells, boolean group) {

		public Row {
			cells = cells.stream().map(c -> c == null ? "" : c).toList();
		}

		public static Row of(String... cells) {
			return new Row(List.of(cells), false);
		}

		public static Row of(List<String> cells) {
			return new Row(cells, false);
		}

		public static Row group(String text) {
			return new Row(List.of(text), true);
		}

	}

	/** Rows per table body in the printed page ({@link #bodies()}). */
	static final int BODY_ROWS = 50;

	/**
	 * The rows in runs of at most {@value #BODY_ROWS}, one {@code <tbody>} each. It changes nothing on paper, but
	 * Flying Saucer works out every cell's width again for the whole body each time a row moves to a new page,
	 * and looks through a whole body for what is on each page it paints: one long body made a long PDF take
	 * time by the square of its length. A group row (a division's or an indicator's heading) begins a body
	 * of two rows, itself and the next, which the print stylesheet keeps on one page: a heading is never
	 * the last row of a page.
	 */
	public List<List<Row>> bodies() {
		List<List<Row>> bodies = new ArrayList<>();
		int from = 0;
		while (from < this.rows.size()) {
			int to;
			if (this.rows.get(from).group()) {
				to = Math.min(this.rows.size(), from + 2);
			}
			else {
				to = from + 1;
				while (to < this.rows.size() && to - from < BODY_ROWS && !this.rows.get(to).group()) {
					to++;
				}
			}
			bodies.add(this.rows.subList(from, to));
			from = to;
		}
		return bodies;
	}

	public int totalWidthTwips() {
		return this.columns.stream().mapToInt(Column::widthTwips).sum();
	}

}
