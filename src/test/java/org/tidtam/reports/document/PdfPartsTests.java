package org.tidtam.reports.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long report is drawn in parts side by side and joined: cut near a group heading, the caption and
 * memo head printed once, no row lost or repeated, and the joined PDF reads like the one drawn whole.
 */
class PdfPartsTests {

	private final ReportExports exports = SampleDocuments.exports();

	@Test
	void aShortDocumentIsOnePart() {
		ReportDocument doc = document(3, 100);
		assertThat(PdfParts.split(doc, 2)).containsExactly(doc);
		assertThat(PdfParts.split(document(40, 50), 1)).hasSize(1);
	}

	@Test
	void aLongTableIsCutAtAGroupHeadingAndEveryRowIsInExactlyOnePart() {
		ReportDocument doc = document(30, 60);
		List<ReportDocument> parts = PdfParts.split(doc, 2);

		assertThat(parts).hasSize(2);
		List<Table.Row> all = new ArrayList<>();
		for (ReportDocument part : parts) {
			part.tables().forEach(t -> all.addAll(t.rows()));
		}
		assertThat(all).isEqualTo(doc.tables().get(0).rows());
		Table second = parts.get(1).tables().get(0);
		assertThat(second.rows().get(0).group()).as("the second part begins with a division's heading").isTrue();
		assertThat(second.caption()).isNull();
		assertThat(parts.get(0).tables().get(0).caption()).isEqualTo("ผลการดำเนินงาน");
		// about half each: 30 groups of 61 rows, cut at a heading near the middle
		assertThat(parts.get(0).tables().get(0).rows().size()).isBetween(all.size() / 2 - 61, all.size() / 2 + 61);
		// the paragraph before the table stays in the first part, the one after it goes with the last
		assertThat(parts.get(0).blocks().get(0)).isInstanceOf(ReportDocument.Paragraph.class);
		assertThat(parts.get(1).blocks().get(parts.get(1).blocks().size() - 1)).isEqualTo(new ReportDocument.Paragraph("จึงเรียนมาเพื่อโปรดทราบ"));
	}

	@Test
	void theJoinedPdfHasTheMemoHeadOnceAndEveryRow() throws Exception {
		ReportDocument doc = document(30, 60);
		List<Supplier<String>> xhtml = this.exports.pdfParts(doc, PrintOptions.arabicDigits());
		assertThat(xhtml).hasSize(Runtime.getRuntime().availableProcessors() == 1 ? 1 : 2);
		if (xhtml.size() == 2) {
			assertThat(xhtml.get(0).get()).contains("บันทึกข้อความ");
			assertThat(xhtml.get(1).get()).doesNotContain("บันทึกข้อความ").contains("กองที่ 30");
		}

		byte[] bytes = this.exports.export(doc, ReportExports.Format.PDF, PrintOptions.arabicDigits());
		String text;
		int pages;
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			text = new PDFTextStripper().getText(pdf);
			pages = pdf.getNumberOfPages();
		}
		List<String> lines = text.lines().map(String::strip).toList();
		assertThat(lines.stream().filter("บันทึกข้อความ"::equals)).hasSize(1);
		assertThat(lines.stream().filter(l -> l.startsWith("ผลการดำเนินงาน"))).hasSize(1);
		for (int d = 1; d <= 30; d++) {
			String heading = "กองที่ " + d;
			assertThat(lines).as(heading).contains(heading);
		}
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("1 มาตรการที่ 1 ของกองที่ 1 ทำแล้ว"));
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("60 มาตรการที่ 60 ของกองที่ 30 ทำแล้ว"));
		assertThat(lines).contains("จึงเรียนมาเพื่อโปรดทราบ");
		assertThat(pages).isGreaterThan(10);
	}

	@Test
	void aLongTableIsPrintedInBodiesOfAtMostFiftyRowsWithEachGroupRowKeptWithTheRowAfterIt() {
		Table table = document(3, 60).tables().get(0);
		List<List<Table.Row>> bodies = table.bodies();

		// a group row and its first row, then the other 59 rows in bodies of at most fifty, for each division
		assertThat(bodies).extracting(List::size).containsExactly(2, 50, 9, 2, 50, 9, 2, 50, 9);
		assertThat(bodies).allSatisfy(b -> assertThat(b.stream().filter(Table.Row::group).count())
			.isEqualTo(b.get(0).group() ? 1 : 0));
		assertThat(bodies.stream().flatMap(List::stream).toList()).isEqualTo(table.rows());
		String xhtml = this.exports.xhtml(document(3, 60), PrintOptions.arabicDigits());
		assertThat(xhtml.split("<tbody", -1)).hasSize(10);
		assertThat(xhtml.split("<tbody class=\"keep\"", -1)).as("the group rows' bodies, kept on one page").hasSize(4);
		assertThat(xhtml.split("<tr", -1)).as("the header row and 183 rows").hasSize(1 + 1 + 183);
	}

	@Test
	void aPartNeverEndsWithAHeadingOrAGroupRow() {
		// the first table fills its part to one row short, so the heading after it would end the part
		ReportDocument doc = new ReportDocument(SampleDocuments.memo().memo(), "รายงาน",
				List.of(table("ตารางแรก", 899, -1), new ReportDocument.Heading("๒. รายการที่เกินกำหนด"),
						table("ตารางที่สอง", 900, -1)));
		List<ReportDocument> parts = PdfParts.split(doc, 2);

		assertThat(parts).hasSize(2);
		assertThat(parts.get(0).blocks()).hasSize(1).allMatch(Table.class::isInstance);
		assertThat(parts.get(1).blocks().get(0)).isEqualTo(new ReportDocument.Heading("๒. รายการที่เกินกำหนด"));
		assertThat(((Table) parts.get(1).blocks().get(1)).caption()).isEqualTo("ตารางที่สอง");

		// the next table begins with a group row where one row of room is left: it begins the next part whole
		ReportDocument grouped = new ReportDocument(SampleDocuments.memo().memo(), "รายงาน",
				List.of(table("ตารางแรก", 899, -1), table("ตารางที่สอง", 900, 0)));
		List<ReportDocument> cut = PdfParts.split(grouped, 2);
		assertThat(cut).hasSize(2);
		assertThat(cut.get(0).tables()).extracting(Table::caption).containsExactly("ตารางแรก");
		assertThat(cut.get(1).tables()).extracting(Table::caption).containsExactly("ตารางที่สอง");
		assertThat(cut.get(1).tables().get(0).rows()).hasSize(900);
	}

	/** A table of {@code rows} rows, the one at {@code groupAt} (if any) a group row. */
	private static Table table(String caption, int rows, int groupAt) {
		List<Table.Row> list = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			list.add(i == groupAt ? Table.Row.group("กองที่ " + i) : Table.Row.of(Integer.toString(i + 1), "มาตรการ"));
		}
		return new Table(caption, caption, List.of(Table.Column.number("ที่", 600), Table.Column.text("มาตรการ", 4000)),
				list);
	}

	/** A memo with {@code divisions} groups of {@code perDivision} rows each between two paragraphs. */
	static ReportDocument document(int divisions, int perDivision) {
		List<Table.Row> rows = new ArrayList<>();
		for (int d = 1; d <= divisions; d++) {
			rows.add(Table.Row.group("กองที่ " + d));
			for (int i = 1; i <= perDivision; i++) {
				rows.add(Table.Row.of(Integer.toString(i), "มาตรการที่ " + i + " ของกองที่ " + d, "ทำแล้ว", "100"));
			}
		}
		Table table = new Table("ผลการดำเนินงาน", "ผลการดำเนินงาน",
				List.of(Table.Column.number("ที่", 600), Table.Column.text("มาตรการ", 4000),
						Table.Column.text("ผล", 3000), Table.Column.number("ร้อยละ", 900)),
				rows);
		return new ReportDocument(SampleDocuments.memo().memo(), "รายงาน",
				List.of(new ReportDocument.Paragraph("ตามที่ได้ติดตามผลการดำเนินงาน"), table,
						new ReportDocument.Paragraph("จึงเรียนมาเพื่อโปรดทราบ")));
	}

}
