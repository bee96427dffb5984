package org.tidtam.reports;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.tidtam.reports.chart.BarChart;
import org.tidtam.reports.chart.SvgCharts;
import org.tidtam.reports.document.PrintOptions;
import org.tidtam.reports.document.ReportDocument;
import org.tidtam.reports.document.ReportExports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The summary's charts: figures by hand from the fixture, drawn as SVG, boxes in the PDF, tables in Excel. */
class SummaryChartsTests extends ReportsFixture {

	@Autowired
	ReportExports exports;

	@Test
	void statusPerDivisionAndReportingPerMeetingOfTheYear() {
		buildYear();
		MonthlySummary feb = this.summaries.assemble(this.feb.getId());

		BarChart status = MonthlySummaryDocument.statusChart(feb);
		assertThat(status.series()).extracting(BarChart.Series::name)
			.containsExactly("ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่เริ่ม", "ยังไม่ดำเนินการ");
		assertThat(status.bars()).extracting(BarChart.Bar::label, BarChart.Bar::values)
			.containsExactly(tuple("สำนักปลัดเทศบาล", List.of(1L, 0L, 1L, 0L)), tuple("กองคลัง", List.of(1L, 1L, 0L, 0L)),
					tuple("กองช่าง", List.of(0L, 0L, 2L, 0L)));
		// Nov: pal and klang reported, chang not; Dec and Jan: only pal; Feb: none of four (the December measure counts)
		assertThat(feb.reporting()).extracting(MonthlySummary.Reporting::meeting, MonthlySummary.Reporting::reported,
				MonthlySummary.Reporting::missing)
			.containsExactly(tuple(NOV, 2L, 1L), tuple(DEC, 1L, 2L), tuple(JAN, 1L, 2L), tuple(FEB, 0L, 4L));
	}

	@Test
	void svgBarsAreProportionalAndTextIsEscaped() {
		BarChart chart = new BarChart("a < b", List.of(new BarChart.Series("x", "#111111"), new BarChart.Series("y", "#222222")),
				List.of(new BarChart.Bar("กอง & ฝ่าย", List.of(2L, 2L)), new BarChart.Bar("สอง", List.of(1L, 0L))));
		String svg = SvgCharts.svg(chart);
		assertThat(svg).startsWith("<svg").contains("<title>a &lt; b</title>", ">กอง &amp; ฝ่าย</text>")
			.contains("width=\"210.0\" height=\"18\" fill=\"#111111\"", "width=\"105.0\" height=\"18\" fill=\"#111111\"")
			.doesNotContain("fill=\"#222222\"><title>y 0");
		assertThat(SvgCharts.dataUri(chart)).startsWith("data:image/svg+xml;base64,");
	}

	@Test
	void theChartsGoIntoThePdfAsBoxesAndIntoExcelAsFigures() throws Exception {
		buildYear();
		ReportDocument doc = MonthlySummaryDocument.build(this.summaries.assemble(this.feb.getId()), null, FEB);
		String xhtml = this.exports.xhtml(doc, PrintOptions.arabicDigits());
		assertThat(xhtml).contains("class=\"chart-boxes\"").doesNotContain("data:image/svg");
		byte[] pdf = this.exports.export(doc, ReportExports.Format.PDF, PrintOptions.arabicDigits());
		try (PDDocument d = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(d)).contains("สถานะการดำเนินงานรายส่วนราชการ",
					"การรายงานผลก่อนการประชุมแต่ละเดือน");
		}
		byte[] xlsx = this.exports.export(doc, ReportExports.Format.XLSX, PrintOptions.arabicDigits());
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("ดำเนินการแล้ว");
			assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("สำนักปลัดเทศบาล");
			assertThat(sheet.getRow(5).getCell(5).getNumericCellValue()).isEqualTo(2.0);
		}
	}

}
