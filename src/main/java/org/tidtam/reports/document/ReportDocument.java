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
			return new Chart(options.print(c.caption()), c.svg());
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
	 * A picture given as SVG markup (drawn on the server); Word and Excel get its {@code caption} and the
	 * figures in a table instead.
	 */
	public record Chart(String caption, String svg) implements Block {

	}

}
