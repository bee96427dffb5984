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

	static List<List<String>> pages(byte[] pdf) throws IOException {
		List<List<String>> pages = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			for (int page = 1; page <= doc.getNumberOfPages(); page++) {
				PDRectangle box = doc.getPage(page - 1).getMediaBox();
				List<String> lines = new ArrayList<>();
				PDFTextStripper stripper = new PDFTextStripper() {

					private final StringBuilder line = new StringBuilder();

					private float baseline = -1;

					@Override
					protected void writeString(String text, List<TextPosition> positions) {
						if (this.baseline < 0) {
							this.baseline = positions.get(0).getYDirAdj();
						}
						this.line.append(text);
					}

					@Override
					protected void writeWordSeparator() {
						this.line.append(' ');
					}

					@Override
					protected void writeLineSeparator() {
						if (this.baseline > MARGIN && this.baseline < box.getHeight() - MARGIN + 1) {
							lines.add(this.line.toString().strip());
						}
						this.line.setLength(0);
						this.baseline = -1;
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
				pages.add(lines.stream().filter(l -> !l.isEmpty()).toList());
			}
		}
		return pages;
	}

}
