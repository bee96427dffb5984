package org.tidtam.reports.document;

import java.util.List;

/**
 * A printable report, independent of its format: the memo head (บันทึกข้อความ), then blocks in order.
 * The DOCX, XLSX and PDF writers and the web page all render this one model, so the four outputs say
 * the same thing.
 */
public record ReportDocument(Memo memo, String title, List<Block> blocks) {

	public ReportDocument {
		blocks = List.copyOf(blocks);
	}

	/** A copy with every text as printed under {@code options} (Thai digits when asked). */
	public ReportDocument printed(PrintOptions options) {
		if (!options.thaiDigits()) {
			return this;
		}
		Memo m = new Memo(options.print(this.memo.agency()), options.print(this.memo.reference()), this.memo.date(),
				options.print(this.memo.subject()), options.print(this.memo.to()));
		List<Block> printedBlocks = this.blocks.stream().map(b -> printed(b, options)).toList();
		return new ReportDocument(m, options.print(this.title), printedBlocks);
	}

	private static Block printed(Block block, PrintOptions options) {
		if (block instanceof Heading h) {
			return new Heading(options.print(h.text()));
		}
		if (block instanceof Paragraph p) {
			return new Paragraph(options.print(p.text()));
		}
		if (block instanceof Chart c) {
			// the chart's words and the totals beside its bars (the figures in Word and Excel are printed there)
			org.tidtam.reports.chart.BarChart chart = c.chart();
			return new Chart(new org.tidtam.reports.chart.BarChart(options.print(chart.caption()),
					chart.series()
						.stream()
						.map(s -> new org.tidtam.reports.chart.BarChart.Series(options.print(s.name()), s.colour()))
						.toList(),
					chart.bars()
						.stream()
						.map(b -> new org.tidtam.reports.chart.BarChart.Bar(options.print(b.label()), b.values()))
						.toList(),
					true));
		}
		Table t = (Table) block;
		return new Table(options.print(t.caption()), t.sheetName(), t.columns(), t.rows()
			.stream()
			.map(r -> new Table.Row(r.cells().stream().map(options::print).toList(), r.group()))
			.toList());
	}

	public List<Table> tables() {
		return this.blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
	}

	/** A part of the document body. */
	public sealed interface Block permits Heading, Paragraph, Table, Chart {

	}

	/** A section heading (bold). */
	public record Heading(String text) implements Block {

	}

	/** A body paragraph; a {@code null} or blank text is not allowed. */
	public record Paragraph(String text) implements Block {

	}

	/**
	 * A chart: SVG on the web page, coloured boxes in the PDF, its figures as a table in Word and Excel.
	 */
	public record Chart(org.tidtam.reports.chart.BarChart chart) implements Block {

		public String caption() {
			return this.chart.caption();
		}

		public String dataUri() {
			return org.tidtam.reports.chart.SvgCharts.dataUri(this.chart);
		}

		/** The figures, for Word and Excel. */
		public Table asTable() {
			java.util.List<Table.Column> columns = new java.util.ArrayList<>();
			columns.add(Table.Column.text("", 3000));
			this.chart.series().forEach(s -> columns.add(Table.Column.number(s.name(), 1500)));
			columns.add(Table.Column.number("รวม", 1000));
			java.util.List<Table.Row> rows = this.chart.bars().stream().map(b -> {
				java.util.List<String> cells = new java.util.ArrayList<>();
				cells.add(b.label());
				b.values().forEach(v -> cells.add(String.valueOf(v)));
				cells.add(String.valueOf(b.total()));
				return Table.Row.of(cells);
			}).toList();
			String sheet = this.chart.caption().length() > 28 ? this.chart.caption().substring(0, 28) : this.chart.caption();
			return new Table(this.chart.caption(), sheet, columns, rows);
		}

	}

}
