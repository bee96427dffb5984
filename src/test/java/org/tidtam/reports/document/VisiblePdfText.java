package org.tidtam.reports.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines printed on each page of a PDF, as a reader sees them. Flying Saucer also writes, clipped away,
 * the lines just across a page break (the top of the next page's first line, the bottom of the previous
 * page's last): text extraction would report them on both pages. A line counts where its baseline lies
 * inside the page's body, between the top and bottom margins.
 */
final class VisiblePdfText {

	/** The smallest margin of the print stylesheet's pages (2 cm), in points. */
	private static final float MARGIN = 2 / 2.54f * 72;

	private VisiblePdfText() {
	}

	/** A printed line: its text, its baseline (points from the page's top) and its largest font size. */
	record Line(String text, float baseline, float size) {
	}

	static List<List<String>> pages(byte[] pdf) throws IOException {
		return lines(pdf).stream().map(page -> page.stream().map(Line::text).toList()).toList();
	}

	/** The lines printed on each page, from the top. */
	static List<List<Line>> lines(byte[] pdf) throws IOException {
		List<List<Line>> pages = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			for (int page = 1; page <= doc.getNumberOfPages(); page++) {
				PDRectangle box = doc.getPage(page - 1).getMediaBox();
				List<Line> lines = new ArrayList<>();
				PDFTextStripper stripper = new PDFTextStripper() {

					private final StringBuilder line = new StringBuilder();

					private float baseline = -1;

					private float size;

					@Override
					protected void writeString(String text, List<TextPosition> positions) {
						if (this.baseline < 0) {
							this.baseline = positions.get(0).getYDirAdj();
						}
						for (TextPosition position : positions) {
							this.size = Math.max(this.size, position.getYScale());
						}
						this.line.append(text);
					}

					@Override
					protected void writeWordSeparator() {
						this.line.append(' ');
					}

					@Override
					protected void writeLineSeparator() {
						String text = this.line.toString().strip();
						if (!text.isEmpty() && this.baseline > MARGIN && this.baseline < box.getHeight() - MARGIN + 1) {
							lines.add(new Line(text, this.baseline, this.size));
						}
						this.line.setLength(0);
						this.baseline = -1;
						this.size = 0;
					}

					@Override
					protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) {
						writeLineSeparator();
					}

				};
				stripper.setSortByPosition(true);
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				stripper.getText(doc);
				pages.add(List.copyOf(lines));
			}
		}
		return pages;
	}

}
