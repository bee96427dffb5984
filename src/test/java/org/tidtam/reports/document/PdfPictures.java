package org.tidtam.reports.document;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Rasterises PDF pages and compares pictures, for the shaping check. */
final class PdfPictures {

	private PdfPictures() {
	}

	static BufferedImage page(byte[] pdf, int page, float dpi) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.GRAY);
		}
	}

	/** Share of pixels whose grey level differs by more than a quarter of the range (anti-aliasing aside). */
	static double differingShare(BufferedImage a, BufferedImage b) {
		if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
			return 1.0;
		}
		long differing = 0;
		long inked = 0;
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				int ga = a.getRaster().getSample(x, y, 0);
				int gb = b.getRaster().getSample(x, y, 0);
				if (ga < 192 || gb < 192) {
					inked++;
				}
				if (Math.abs(ga - gb) > 64) {
					differing++;
				}
			}
		}
		// measured against the inked area, so a page of white cannot hide a moved tone mark
		return inked == 0 ? 0 : (double) differing / inked;
	}

}
