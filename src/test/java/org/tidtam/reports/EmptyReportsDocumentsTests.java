package org.tidtam.reports;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.tidtam.reports.document.PrintOptions;
import org.tidtam.reports.document.ReportDocument;
import org.tidtam.reports.document.ReportExports;
import org.tidtam.reports.document.SampleDocuments;
import org.tidtam.reports.document.Table;
import org.tidtam.shared.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports with nothing to list yet: a published plan before anything was assigned, a plan without
 * measures, a range before any assignment. Each says so in a sentence, in every format, instead of
 * printing a table of headers only (or a chart without bars, or "every division reported").
 */
class EmptyReportsDocumentsTests {

	private static final LocalDate MEETING = LocalDate.of(2025, 10, 14);

	private final ReportExports exports = SampleDocuments.exports();

	@Test
	void aMeetingWithNothingToFollowUpSaysSoInsteadOfAnEmptyTableAndChart() throws Exception {
		MonthlySummary nothing = new MonthlySummary("m", MEETING, null, LocalDate.of(2025, 10, 1), FiscalYear.of(2569),
				"plan", List.of(), Map.of(), Optional.empty(), List.of());
		ReportDocument doc = MonthlySummaryDocument.build(nothing, null, MEETING);

		assertNoEmptyTableNorChart(doc);
		assertThat(paragraphs(doc)).contains(MonthlySummaryDocument.NO_ITEMS)
			.doesNotContain("ทุกส่วนราชการรายงานผลแล้ว", "รายการที่ติดตามทั้งหมด 0 รายการ");
		assertThat(pdfText(doc).replaceAll("\\s", "")).contains(MonthlySummaryDocument.NO_ITEMS.replaceAll("\\s", ""));
		assertThat(docxText(doc)).contains(MonthlySummaryDocument.NO_ITEMS);
	}

	@Test
	void aYearEndReportOfAPlanWithoutMeasuresSaysSo() throws Exception {
		ReportDocument doc = YearEndDocuments.yearEnd(new YearEndReport("plan", FiscalYear.of(2569), List.of()), null,
				LocalDate.of(2026, 10, 5));

		assertNoEmptyTableNorChart(doc);
		assertThat(paragraphs(doc)).contains(YearEndDocuments.NO_MEASURES);
		assertThat(docxText(doc)).contains(YearEndDocuments.NO_MEASURES);
		assertThat(xlsxText(doc)).contains(YearEndDocuments.NO_MEASURES);
		assertThat(pdfText(doc).replaceAll("\\s", "")).contains(YearEndDocuments.NO_MEASURES.replaceAll("\\s", ""));
	}

	@Test
	void aPeriodWithNothingAssignedSaysSo() throws Exception {
		PeriodReport empty = new PeriodReport("plan", FiscalYear.of(2569), LocalDate.of(2025, 10, 1),
				LocalDate.of(2025, 12, 31), List.of());
		ReportDocument doc = YearEndDocuments.period(empty, null, LocalDate.of(2026, 1, 5));

		assertNoEmptyTableNorChart(doc);
		assertThat(paragraphs(doc)).contains(YearEndDocuments.NO_ASSIGNMENTS);
		assertThat(xlsxText(doc)).contains(YearEndDocuments.NO_ASSIGNMENTS);
	}

	private static void assertNoEmptyTableNorChart(ReportDocument doc) {
		assertThat(doc.blocks()).noneMatch(b -> b instanceof Table t && t.rows().isEmpty())
			.noneMatch(b -> b instanceof ReportDocument.Chart c && c.chart().bars().isEmpty());
	}

	private static List<String> paragraphs(ReportDocument doc) {
		return doc.blocks()
			.stream()
			.filter(ReportDocument.Paragraph.class::isInstance)
			.map(b -> ((ReportDocument.Paragraph) b).text())
			.toList();
	}

	private String pdfText(ReportDocument doc) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(this.exports.export(doc, ReportExports.Format.PDF, PrintOptions.arabicDigits()))) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	private String docxText(ReportDocument doc) throws Exception {
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(
				this.exports.export(doc, ReportExports.Format.DOCX, PrintOptions.arabicDigits())))) {
			return word.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
		}
	}

	private String xlsxText(ReportDocument doc) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
				this.exports.export(doc, ReportExports.Format.XLSX, PrintOptions.arabicDigits())))) {
			StringBuilder text = new StringBuilder();
			book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n'))));
			return text.toString();
		}
	}

}
