package org.tidtam.reports.document;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thai marks stacked over a line (ที่ ปี่ ดี้) rise above its line box, and vowels under it (ผู้) hang below. Flying
 * Saucer cuts the pages at the line boxes: a page's first line showed the tops of its marks at the foot of the page
 * before and lost them on its own page (measured: up to 3 pt, the tone marks over upper vowels), and a page's last
 * line could lose the feet of its lower vowels. {@link ThaiPageEdges} keeps room for them at every page's top and
 * foot.
 */
class PdfPageEdgesTests {

	/** Tone marks over upper vowels, a mark over a consonant, a vowel under one. */
	static final String MARKS = "ที่นี่ปี่ผู้ใหญ่ก็ดี้ป๋";

	/** The pages' top and bottom margins (reports-pdf.css), in points. */
	private static final float BODY_TOP = 2 / 2.54f * 72;

	private static final float BODY_BOTTOM = 2 / 2.54f * 72;

	/** The printed pages are A4 landscape. */
	private static final float A4_SHORT_SIDE = 595.3f;

	private final ReportExports exports = SampleDocuments.exports();

	@Test
	void theFootOfAPageShowsNothingOfTheNextPagesFirstLine() throws Exception {
		byte[] pdf = pdf(lines(60));
		int onFirst = linesOnTheFirstPage(pdf);
		// the same lines, and the document ends there
		byte[] ending = pdf(lines(onFirst));
		assertThat(VisiblePdfText.pages(ending)).hasSize(1);

		BufferedImage page = PdfPictures.page(pdf, 0, 150);
		BufferedImage alone = PdfPictures.page(ending, 0, 150);
		List<String> differing = differingRows(page, alone, 150);
		if (!differing.isEmpty()) {
			ImageIO.write(page, "png", new File("target/page-foot-actual.png"));
		}
		assertThat(differing)
			.as("rows of page 1 drawn otherwise when the document goes on (see target/page-foot-actual.png)")
			.isEmpty();
	}

	@Test
	void aDocumentThatFillsItsLastPageEndsThere() throws Exception {
		// measured: the body's bottom margin went on to an empty page when the last line ended near the foot
		int onFirst = linesOnTheFirstPage(pdf(lines(60)));
		for (int count = onFirst - 2; count <= onFirst; count++) {
			assertThat(VisiblePdfText.pages(pdf(lines(count)))).as("pages of %d lines", count)
				.singleElement()
				.satisfies(page -> assertThat(page).isNotEmpty());
		}
	}

	@Test
	void everyPageHoldsTheMarksOfItsFirstLineAndTheVowelsUnderItsLast() throws Exception {
		float[] ink = inkExtents();
		// pages breaking between paragraphs, inside paragraphs, and at headings, captions and table rows
		for (ReportDocument doc : List.of(lines(100), paragraphs(30), PdfPageBreaksTests.sections(30))) {
			List<List<VisiblePdfText.Line>> pages = VisiblePdfText.lines(pdf(doc));
			assertThat(pages).hasSizeGreaterThan(2);
			for (int p = 0; p < pages.size(); p++) {
				List<VisiblePdfText.Line> page = pages.get(p);
				VisiblePdfText.Line first = page.get(0);
				VisiblePdfText.Line last = page.get(page.size() - 1);
				if (p > 0) {
					assertThat(first.baseline() - ink[0] * first.size())
						.as("the top of the highest mark of page %d's first line \"%s\", from the page's top", p + 1,
								first.text())
						.isGreaterThanOrEqualTo(BODY_TOP);
				}
				if (p < pages.size() - 1) {
					assertThat(last.baseline() + ink[1] * last.size())
						.as("the foot of the lowest vowel of page %d's last line \"%s\", from the page's top", p + 1,
								last.text())
						.isLessThanOrEqualTo(A4_SHORT_SIDE - BODY_BOTTOM);
				}
			}
		}
	}

	/**
	 * How far the bundled fonts draw Thai above and below the baseline, in ems: the highest of a consonant with an
	 * upper vowel and a tone mark (กื้ 1.25 em, bold ษื้ 1.28), the lowest of one with a lower vowel (ฎู 0.54 em, bold
	 * 0.56).
	 */
	static float[] inkExtents() throws Exception {
		String[] marks = { "ุ", "ู", "ี่", "ื้", "ั๊", "ิ์", "ี๋", "ึ่", "ุ่", "ู้", "ำ", "็" };
		FontRenderContext frc = new FontRenderContext(null, true, true);
		float top = 0;
		float bottom = 0;
		for (Path file : PdfRenderer.fontFiles()) {
			Font font = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(1000f);
			for (char c = 'ก'; c <= 'ฮ'; c++) {
				for (String mark : marks) {
					char[] text = (c + mark).toCharArray();
					Rectangle2D bounds = font.layoutGlyphVector(frc, text, 0, text.length, Font.LAYOUT_LEFT_TO_RIGHT)
						.getVisualBounds();
					top = Math.max(top, (float) -bounds.getMinY() / 1000);
					bottom = Math.max(bottom, (float) bounds.getMaxY() / 1000);
				}
			}
		}
		return new float[] { top, bottom };
	}

	private static int linesOnTheFirstPage(byte[] pdf) throws Exception {
		int count = (int) VisiblePdfText.pages(pdf).get(0).stream().filter(l -> l.startsWith(MARKS)).count();
		assertThat(count).as("lines on the first page").isBetween(5, 59);
		return count;
	}

	/** One-line paragraphs of stacked marks, numbered. */
	static ReportDocument lines(int count) {
		List<ReportDocument.Block> blocks = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			blocks.add(new ReportDocument.Paragraph((MARKS + " ").repeat(3) + i));
		}
		return new ReportDocument(SampleDocuments.memo().memo(), "รายงาน", blocks);
	}

	/** Paragraphs of stacked marks, a few lines each. */
	static ReportDocument paragraphs(int count) {
		List<ReportDocument.Block> blocks = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			blocks.add(new ReportDocument.Paragraph(i + " " + (MARKS + " ").repeat(40)));
		}
		return new ReportDocument(SampleDocuments.memo().memo(), "รายงาน", blocks);
	}

	private byte[] pdf(ReportDocument doc) {
		return this.exports.export(doc, ReportExports.Format.PDF, PrintOptions.arabicDigits());
	}

	/** Where two pictures differ, as "y.y cm from the top" (anti-aliasing aside). */
	static List<String> differingRows(BufferedImage a, BufferedImage b, float dpi) {
		assertThat(a.getHeight()).isEqualTo(b.getHeight());
		List<String> rows = new ArrayList<>();
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				if (Math.abs(a.getRaster().getSample(x, y, 0) - b.getRaster().getSample(x, y, 0)) > 64) {
					rows.add(String.format("%.2f cm", y / dpi * 2.54));
					break;
				}
			}
		}
		return rows;
	}

}
