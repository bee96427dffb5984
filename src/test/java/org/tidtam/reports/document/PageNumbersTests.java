package org.tidtam.reports.document;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import org.tidtam.shared.ThaiDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page numbers as official memos print them: none on the first page, then "- ๒ -" at the top in the
 * middle, in Thai digits when the document prints them, counted across the parts a long PDF is drawn in.
 */
class PageNumbersTests {

	private final ReportExports exports = SampleDocuments.exports();

	@Test
	void pdfPagesAreNumberedFromTheSecondAcrossItsParts() throws Exception {
		// long enough to be drawn in two parts on two cores
		ReportDocument doc = PdfPartsTests.document(30, 60);
		for (PrintOptions options : new PrintOptions[] { PrintOptions.withThaiDigits(), PrintOptions.arabicDigits() }) {
			byte[] bytes = this.exports.export(doc, ReportExports.Format.PDF, options);
			try (PDDocument pdf = Loader.loadPDF(bytes)) {
				int pages = pdf.getNumberOfPages();
				assertThat(pages).isGreaterThan(10);
				assertThat(page(pdf, 1)).doesNotContain("- 1 -", "- ๑ -");
				for (int p : new int[] { 2, pages / 2, pages / 2 + 1, pages }) {
					String number = "- " + (options.thaiDigits() ? ThaiDates.thaiDigits(String.valueOf(p)) : p) + " -";
					assertThat(page(pdf, p)).as("page %d", p).contains(number);
				}
			}
		}
	}

	@Test
	void docxNumbersItsPagesFromTheSecondWithThePageField() throws Exception {
		try (XWPFDocument word = docx(PrintOptions.withThaiDigits())) {
			CTSectPr sect = word.getDocument().getBody().getSectPr();
			assertThat(sect.isSetTitlePg()).as("the first page has a header of its own").isTrue();
			assertThat(sect.getPgNumType().getFmt()).isEqualTo(STNumberFormat.THAI_NUMBERS);
			XWPFHeader first = word.getHeaderFooterPolicy().getFirstPageHeader();
			assertThat(first.getText().strip()).isEmpty();
			XWPFHeader other = word.getHeaderFooterPolicy().getDefaultHeader();
			assertThat(other.getText().strip()).isEqualTo("- ๒ -");
			String xml = other.getParagraphs().get(0).getCTP().xmlText();
			assertThat(xml).contains("w:fldCharType=\"begin\"", "PAGE", "w:fldCharType=\"end\"", "w:cs=\"TH Sarabun New\"",
					"<w:szCs w:val=\"32\"/>");
			assertThat(other.getParagraphs().get(0).getAlignment().name()).isEqualTo("CENTER");
		}
		try (XWPFDocument word = docx(PrintOptions.arabicDigits())) {
			assertThat(word.getDocument().getBody().getSectPr().isSetPgNumType()).isFalse();
			assertThat(word.getHeaderFooterPolicy().getDefaultHeader().getText().strip()).isEqualTo("- 2 -");
		}
	}

	private XWPFDocument docx(PrintOptions options) throws Exception {
		return new XWPFDocument(new ByteArrayInputStream(
				this.exports.export(SampleDocuments.memo(), ReportExports.Format.DOCX, options)));
	}

	private static String page(PDDocument pdf, int page) throws Exception {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}

}
