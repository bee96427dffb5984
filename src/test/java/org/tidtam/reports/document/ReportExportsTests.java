package org.tidtam.reports.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportExportsTests {

	private static final String SHAPING_REFERENCE = "reports/shaping-reference.png";

	private final ReportExports exports = SampleDocuments.exports();

	@Test
	void docxHasTheMemoHeadTheTableAndThaiSafeRuns() throws Exception {
		byte[] bytes = this.exports.export(SampleDocuments.memo(), ReportExports.Format.DOCX, PrintOptions.arabicDigits());
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<String> paragraphs = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs).startsWith("บันทึกข้อความ", "ส่วนราชการ  สำนักปลัดเทศบาล เทศบาลตำบลทดสอบ");
			assertThat(paragraphs.get(2)).startsWith("ที่  ชม 51001/").endsWith("วันที่  15 มกราคม 2569");
			assertThat(paragraphs).contains("เรื่อง  รายงานการติดตามผลการดำเนินงานตามมาตรการ ประจำเดือนมกราคม 2569",
					"เรียน  นายกเทศมนตรี", SampleDocuments.LONG_PARAGRAPH, "ผลการดำเนินงาน", SampleDocuments.HARD_WORDS);
			XWPFTable table = word.getTables().get(0);
			assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
				.containsExactly("ที่", "มาตรการ", "ผลการดำเนินงาน", "ร้อยละ", "ส่วนราชการ");
			assertThat(table.getRow(1).getTableCells()).hasSize(1);
			assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล");
			assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("ประกาศแล้ว https://example.go.th/n/2569");
			assertThat(table.getRow(3).getCell(2).getParagraphs()).extracting(XWPFParagraph::getText)
				.containsExactly("จัดประชุมเรื่องน้ำประปา", "บันทึกการประชุมแล้ว");
			assertThat(table.getCTTbl().getTblGrid().getGridColArray()).extracting(c -> c.getW().toString())
				.containsExactly("600", "3600", "4200", "900", "2400");
			XWPFRun run = word.getParagraphs().get(1).getRuns().get(1);
			String xml = run.getCTR().xmlText();
			assertThat(xml).contains("w:ascii=\"TH Sarabun New\"", "w:cs=\"TH Sarabun New\"", "w:hint=\"cs\"",
					"<w:szCs w:val=\"32\"/>", "<w:sz w:val=\"32\"/>", "w:bidi=\"th-TH\"");
			assertThat(word.getParagraphs().get(1).getRuns().get(0).getCTR().xmlText()).contains("<w:bCs/>");
		}
	}

	@Test
	void docxKeepsHeadingsCaptionsHeaderAndGroupRowsWithWhatFollowsThem() throws Exception {
		byte[] bytes = this.exports.export(SampleDocuments.memo(), ReportExports.Format.DOCX, PrintOptions.arabicDigits());
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			java.util.Map<String, XWPFParagraph> byText = new java.util.HashMap<>();
			word.getParagraphs().forEach(p -> byText.put(p.getText(), p));
			assertThat(byText.get("ผลการดำเนินงาน").isKeepNext()).as("the heading").isTrue();
			assertThat(byText.get("ผลการดำเนินงานรายส่วนราชการ").isKeepNext()).as("the table's caption").isTrue();
			assertThat(byText.get(SampleDocuments.LONG_PARAGRAPH).isKeepNext()).as("a body paragraph").isFalse();
			XWPFTable table = word.getTables().get(0);
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(table.getRow(0).getCell(1).getParagraphs().get(0).isKeepNext()).as("the header row").isTrue();
			assertThat(table.getRow(1).getCell(0).getParagraphs().get(0).isKeepNext()).as("a group row").isTrue();
			// the rows themselves may end a page, or a long table could never break
			assertThat(table.getRow(2).getCell(1).getParagraphs().get(0).isKeepNext()).as("a data row").isFalse();
		}
	}

	@Test
	void thaiDigitsAreAnOptionAndWebAddressesKeepTheirDigits() throws Exception {
		byte[] bytes = this.exports.export(SampleDocuments.memo(), ReportExports.Format.DOCX, PrintOptions.withThaiDigits());
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			assertThat(word.getParagraphs().get(2).getText()).startsWith("ที่  ชม ๕๑๐๐๑/").endsWith("วันที่  ๑๕ มกราคม ๒๕๖๙");
			XWPFTable table = word.getTables().get(0);
			assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล");
			assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("๑");
			assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("ประกาศแล้ว https://example.go.th/n/2569");
		}
	}

	@Test
	void xlsxHasEachTableAsASheetWithNumbersAsNumbers() throws Exception {
		byte[] bytes = this.exports.export(SampleDocuments.memo(), ReportExports.Format.XLSX, PrintOptions.withThaiDigits());
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(1);
			XSSFSheet sheet = book.getSheet("สรุป");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("รายงานการติดตามผลการดำเนินงาน");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("ผลการดำเนินงานรายส่วนราชการ");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("วันที่ ๑๕ มกราคม ๒๕๖๙");
			assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("มาตรการ");
			assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล");
			assertThat(sheet.getMergedRegions()).hasSize(1);
			XSSFCell percent = sheet.getRow(6).getCell(3);
			assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(percent.getNumericCellValue()).isEqualTo(80.0);
			assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo(XlsxWriter.THAI_DIGITS_FORMAT);
			assertThat(sheet.getRow(7).getCell(2).getStringCellValue())
				.isEqualTo("จัดประชุมเรื่องน้ำประปา\nบันทึกการประชุมแล้ว");
			assertThat(sheet.getRow(6).getCell(2).getStringCellValue()).isEqualTo("ประกาศแล้ว https://example.go.th/n/2569");
			assertThat(sheet.getRow(6).getCell(1).getCellStyle().getFont().getFontName()).isEqualTo("TH Sarabun New");
			assertThat(sheet.getRow(7).getHeightInPoints()).isGreaterThan(sheet.getRow(5).getHeightInPoints());
		}
	}

	@Test
	void xlsxGivesALongWrappedHeaderTheHeightOfItsLines() throws Exception {
		// the year-end report's outcome column: its header takes two lines in its width
		Table table = new Table("ผล", "ผล",
				List.of(Table.Column.text("มาตรการหรือกิจกรรม", 3200),
						Table.Column.text("ผลลัพธ์หรือความสำเร็จของการดำเนินการ", 2400)),
				List.of(Table.Row.of("เผยแพร่ข้อมูล", "ผลการประเมิน 90.00 คะแนน")));
		ReportDocument doc = new ReportDocument(SampleDocuments.memo().memo(), "รายงาน", List.of(table));
		byte[] bytes = this.exports.export(doc, ReportExports.Format.XLSX, PrintOptions.arabicDigits());
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			XSSFSheet sheet = book.getSheetAt(0);
			org.apache.poi.ss.usermodel.Row header = sheet.getRow(4);
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("ผลลัพธ์หรือความสำเร็จของการดำเนินการ");
			assertThat(header.getHeightInPoints()).as("two lines of 16 pt").isGreaterThanOrEqualTo(42f);
			assertThat(sheet.getRow(5).getHeightInPoints()).as("one line of 16 pt").isGreaterThanOrEqualTo(21f);
		}
	}

	@Test
	void pdfCutsAWordLongerThanItsCellInsteadOfRunningItOverTheNextColumnsAndOffThePage() throws Exception {
		String link = "https://www.facebook.com/permalink.php?story_fbid=pfbid02xYzAbCdEfGhIjKlMnOpQrStUvWxYz"
				+ "0123456789abcdefghijklmnop&id=100064123456789";
		Table table = new Table("ผล", "ผล",
				List.of(Table.Column.text("ที่", 700), Table.Column.text("มาตรการ", 3800),
						Table.Column.text("ผลการดำเนินงานล่าสุด", 5200), Table.Column.number("ร้อยละ", 900),
						Table.Column.text("ตามกำหนด", 1800)),
				List.of(Table.Row.of("12", "จัดทำแผนปฏิบัติการป้องกันการทุจริต",
						"15 มกราคม 2569\nประกาศแล้ว " + link + "\nหลักฐาน 2 รายการ", "80", "ตามกำหนด")));
		ReportDocument doc = new ReportDocument(SampleDocuments.memo().memo(), "รายงาน", List.of(table));
		byte[] bytes = this.exports.export(doc, ReportExports.Format.PDF, PrintOptions.arabicDigits());
		List<org.apache.pdfbox.text.TextPosition> glyphs = new java.util.ArrayList<>();
		float pageWidth;
		String text;
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			pageWidth = pdf.getPage(0).getMediaBox().getWidth();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(org.apache.pdfbox.text.TextPosition position) {
					glyphs.add(position);
					super.processTextPosition(position);
				}
			};
			text = stripper.getText(pdf);
		}
		// the page's right margin is 2 cm: nothing is printed in it, let alone beyond the paper's edge
		float rightEdge = pageWidth - 2 / 2.54f * 72 + 1;
		assertThat(glyphs).isNotEmpty()
			.allSatisfy(g -> assertThat(g.getXDirAdj() + g.getWidthDirAdj()).as("right edge of '%s'", g.getUnicode())
				.isLessThanOrEqualTo(rightEdge));
		assertThat(text).contains("หลักฐาน 2 รายการ");
		assertThat(text.replaceAll("\\s", "")).contains(link);
	}

	@Test
	void pdfTextIsTheSourceTextWithTonesMarksAndSaraAm() throws Exception {
		byte[] bytes = this.exports.export(SampleDocuments.memo(), ReportExports.Format.PDF, PrintOptions.arabicDigits());
		String text;
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			text = new PDFTextStripper().getText(pdf);
		}
		List<String> lines = text.lines().toList();
		assertThat(lines).contains("บันทึกข้อความ", "ส่วนราชการ สำนักปลัดเทศบาล เทศบาลตำบลทดสอบ",
				"เรียน นายกเทศมนตรี", SampleDocuments.HARD_WORDS, "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล");
		// the long paragraph wraps, at a word boundary: joined again it is the source exactly
		String flat = text.replace("\n", "").replace("\r", "");
		assertThat(flat).contains(SampleDocuments.LONG_PARAGRAPH.replace("ส่วนราชการ รายงาน", "ส่วนราชการรายงาน"));
		String wrapped = lines.stream().filter(l -> l.startsWith("ตามที่")).findFirst().orElseThrow();
		assertThat(SampleDocuments.LONG_PARAGRAPH).startsWith(wrapped.strip());
		assertThat(wrapped.strip()).endsWith("ส่วนราชการ");
		assertThat(lines).anySatisfy(l -> assertThat(l).contains("1 เผยแพร่ข้อมูลสิ่งแวดล้อมบนเว็บไซต์ ประกาศแล้ว https://example.go.th/n/2569 80"));
	}

	@Test
	void thaiDigitsReachTheChartsLabelsAndTotalsInThePdf() throws Exception {
		org.tidtam.reports.chart.BarChart chart = new org.tidtam.reports.chart.BarChart("การรายงานผลก่อนการประชุม 2569",
				List.of(new org.tidtam.reports.chart.BarChart.Series("รายงาน", "#2e7d32"),
						new org.tidtam.reports.chart.BarChart.Series("ไม่ได้รายงาน", "#c62828")),
				List.of(new org.tidtam.reports.chart.BarChart.Bar("11 พ.ย. 2568", List.of(2L, 1L)),
						new org.tidtam.reports.chart.BarChart.Bar("9 ธ.ค. 2568", List.of(1L, 6L))));
		ReportDocument doc = new ReportDocument(SampleDocuments.memo().memo(), "charts",
				List.of(new ReportDocument.Chart(chart)));
		byte[] bytes = this.exports.export(doc, ReportExports.Format.PDF, PrintOptions.withThaiDigits());
		String text;
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			text = new PDFTextStripper().getText(pdf);
		}
		assertThat(text).contains("การรายงานผลก่อนการประชุม ๒๕๖๙", "๑๑ พ.ย. ๒๕๖๘", "๙ ธ.ค. ๒๕๖๘", "๗")
			.doesNotContainPattern("[0-9]");
		// the web page's picture says the same
		String svg = new String(java.util.Base64.getDecoder()
			.decode(((ReportDocument.Chart) doc.printed(PrintOptions.withThaiDigits()).blocks().get(0)).dataUri()
				.substring("data:image/svg+xml;base64,".length())), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(svg).contains(">๑๑ พ.ย. ๒๕๖๘<", ">๓<", ">๗<");
	}

	@Test
	void pdfDrawsThaiMarksWhereTheReferencePictureHasThem() throws Exception {
		ReportDocument doc = new ReportDocument(SampleDocuments.memo().memo(), "shaping",
				List.of(new ReportDocument.Paragraph(SampleDocuments.HARD_WORDS)));
		byte[] bytes = this.exports.export(doc, ReportExports.Format.PDF, PrintOptions.arabicDigits());
		BufferedImage rendered = PdfPictures.page(bytes, 0, 100);
		if (Boolean.getBoolean("tidtam.reports.update-pictures")) {
			ImageIO.write(rendered, "png", Path.of("src/test/resources", SHAPING_REFERENCE).toFile());
		}
		BufferedImage reference;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(SHAPING_REFERENCE)) {
			assertThat(in).as("committed reference picture " + SHAPING_REFERENCE).isNotNull();
			reference = ImageIO.read(in);
		}
		// without the shaper, tone marks vanish inside upper vowels: 1.2% of the inked pixels differ (measured)
		double share = PdfPictures.differingShare(reference, rendered);
		if (share > 0.004) {
			ImageIO.write(rendered, "png", new File("target/shaping-actual.png"));
		}
		assertThat(share).as("share of inked pixels unlike the reference (see target/shaping-actual.png)")
			.isLessThan(0.004);
	}

}
