package org.tidtam.reports.document;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the PDF's pages break: a heading, a table's caption, its header row or a group row (a division, an
 * indicator) is never the last thing on a page, away from what it introduces; a table that goes on to a
 * new page repeats its header row there; no row is lost or printed twice.
 */
class PdfPageBreaksTests {

	private static final String HEADER = "ที่ มาตรการ ผล ร้อยละ";

	private final ReportExports exports = SampleDocuments.exports();

	@Test
	void nothingThatIntroducesContentIsLeftAtTheFootOfAPage() throws Exception {
		// thirty sections of different lengths, so that headings, captions and group rows fall at every
		// height of the page, the foot included (measured: without the print rules pages ended with each)
		ReportDocument doc = sections(30);
		List<List<String>> pages = VisiblePdfText.pages(
				this.exports.export(doc, ReportExports.Format.PDF, PrintOptions.arabicDigits()));

		assertThat(pages).hasSizeGreaterThan(10);
		for (int p = 0; p < pages.size() - 1; p++) {
			List<String> page = pages.get(p);
			String last = page.get(page.size() - 1);
			assertThat(last).as("the last line of page %d", p + 1)
				.doesNotStartWith("หัวข้อที่")
				.doesNotStartWith("ตารางของหัวข้อ")
				.doesNotStartWith("กอง")
				.isNotEqualTo(HEADER);
			String first = pages.get(p + 1).get(0);
			if (!first.startsWith("หัวข้อที่") && !first.startsWith("ย่อหน้าที่") && !first.startsWith("ตารางของหัวข้อ")) {
				assertThat(first).as("page %d goes on with a table: its header row first", p + 2).isEqualTo(HEADER);
			}
		}
		List<String> rows = pages.stream()
			.flatMap(List::stream)
			.filter(l -> l.contains("มาตรการที่") || l.contains("มาตรการท้าย"))
			.toList();
		List<String> expected = new ArrayList<>();
		doc.tables()
			.forEach(t -> t.rows()
				.stream()
				.filter(r -> !r.group())
				.forEach(r -> expected.add(r.cells().get(0) + " " + r.cells().get(1))));
		assertThat(rows).hasSameSizeAs(expected);
		for (int i = 0; i < rows.size(); i++) {
			assertThat(rows.get(i)).startsWith(expected.get(i));
		}
	}

	/** Sections: a heading, 0–6 paragraphs, a captioned table of 2–12 rows under two group rows. */
	static ReportDocument sections(int count) {
		List<ReportDocument.Block> blocks = new ArrayList<>();
		for (int k = 1; k <= count; k++) {
			blocks.add(new ReportDocument.Heading("หัวข้อที่ " + k));
			for (int p = 0; p < k % 7; p++) {
				blocks.add(new ReportDocument.Paragraph("ย่อหน้าที่ " + k + "." + p + " สำนักปลัดเทศบาลในฐานะผู้ประสานงาน"));
			}
			List<Table.Row> rows = new ArrayList<>();
			rows.add(Table.Row.group("กองที่ " + k));
			for (int i = 1; i <= (k * 3) % 11 + 1; i++) {
				rows.add(Table.Row.of(Integer.toString(i), "มาตรการที่ " + i + " ของหัวข้อ " + k, "ทำแล้ว", "100"));
			}
			rows.add(Table.Row.group("กองท้าย " + k));
			rows.add(Table.Row.of("99", "มาตรการท้ายของหัวข้อ " + k, "ทำแล้ว", "100"));
			blocks.add(new Table("ตารางของหัวข้อ " + k, "t" + k,
					List.of(Table.Column.number("ที่", 600), Table.Column.text("มาตรการ", 4000),
							Table.Column.text("ผล", 3000), Table.Column.number("ร้อยละ", 900)),
					rows));
		}
		return new ReportDocument(SampleDocuments.memo().memo(), "รายงาน", blocks);
	}

}
