package org.tidtam.reports.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xml.sax.SAXException;

/**
 * Renders XHTML (the report's Thymeleaf template) to PDF with Flying Saucer on OpenPDF, the combination
 * measured to shape Thai correctly on JDK 17 (THAI-DOCUMENTS.md): OpenPDF's layout processor shapes
 * through the JDK (tone marks over upper vowels, sara am), writes the original text as ActualText so
 * copying and searching keep the marks, and ICU4J finds the line breaks. Sarabun (OFL) is bundled.
 */
@Component
public class PdfRenderer {

	/** The family name the print stylesheet asks for. */
	public static final String FAMILY = "Sarabun";

	static final List<String> FONTS = List.of("static/fonts/sarabun/Sarabun-Regular.ttf",
			"static/fonts/sarabun/Sarabun-Bold.ttf");

	/** Sarabun at the size of TH Sarabun New 16 pt, as the body text (reports-pdf.css). */
	private static final float PAGE_NUMBER_POINTS = 10.6f;

	/** The page number's baseline, 1.3 cm below the page's top edge: inside the top margin (2 cm). */
	private static final float PAGE_NUMBER_FROM_TOP = 1.3f / 2.54f * 72;

	private static volatile List<Path> fontFiles;

	static {
		// once per JVM, before any font is loaded (the processor keeps per-font state)
		LayoutProcessor.enable();
		LayoutProcessor.setWriteActualText();
	}

	/**
	 * @param xhtml a well-formed XHTML document
	 * @param baseUrl where relative links (the stylesheet) resolve
	 */
	public void render(String xhtml, URL baseUrl, OutputStream out) throws IOException {
		Document dom = parse(xhtml);
		ITextRenderer renderer = new ITextRenderer();
		renderer.getSharedContext().setLineBreakingStrategy(new ThaiLineBreaking());
		renderer.getSharedContext()
			.setReplacedElementFactory(
					new ThaiPageEdges(renderer.getSharedContext().getReplacedElementFactory(), renderer.getDotsPerPoint()));
		try {
			for (Path font : fontFiles()) {
				renderer.getFontResolver().addFont(font.toString(), FAMILY, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, null);
			}
			renderer.setDocument(dom, baseUrl == null ? null : baseUrl.toExternalForm());
			renderer.layout();
			renderer.createPDF(out);
		}
		catch (DocumentException ex) {
			throw new IOException("PDF rendering failed", ex);
		}
		finally {
			renderer.finishPDF();
		}
	}

	/**
	 * Renders the parts of one document (each as its XHTML, made when needed) side by side, joins their
	 * pages in order (each part begins on a new page) and numbers the pages.
	 */
	public void render(List<Supplier<String>> parts, URL baseUrl, PrintOptions options, OutputStream out)
			throws IOException {
		ByteArrayOutputStream drawn = new ByteArrayOutputStream(256 * 1024);
		render(parts, baseUrl, drawn);
		numberPages(drawn.toByteArray(), options, out);
	}

	/**
	 * Page numbers as official memos print them: from the second page on, at the top in the middle, between
	 * dashes ("- ๒ -"), in Thai digits when the document prints them. Stamped on the finished pages, so that
	 * the parts drawn apart are numbered as one document.
	 */
	static void numberPages(byte[] pdf, PrintOptions options, OutputStream out) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfStamper stamper = new PdfStamper(reader, out);
			// a font of its own for each document: a cached one would collect the glyphs of every document
			BaseFont font = BaseFont.createFont(fontFiles().get(0).toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
					false, null, null);
			for (int page = 2; page <= reader.getNumberOfPages(); page++) {
				Rectangle size = reader.getPageSizeWithRotation(page);
				PdfContentByte over = stamper.getOverContent(page);
				over.beginText();
				over.setFontAndSize(font, PAGE_NUMBER_POINTS);
				over.showTextAligned(PdfContentByte.ALIGN_CENTER, options.print("- " + page + " -"),
						(size.getLeft() + size.getRight()) / 2, size.getTop() - PAGE_NUMBER_FROM_TOP, 0);
				over.endText();
			}
			stamper.close();
		}
		catch (DocumentException ex) {
			throw new IOException("Numbering the PDF pages failed", ex);
		}
		finally {
			reader.close();
		}
	}

	private void render(List<Supplier<String>> parts, URL baseUrl, OutputStream out) throws IOException {
		if (parts.size() == 1) {
			render(parts.get(0).get(), baseUrl, out);
			return;
		}
		List<byte[]> pdfs;
		try {
			// each part filled in from its template and drawn on a core of its own
			pdfs = parts.parallelStream().map(xhtml -> {
				ByteArrayOutputStream part = new ByteArrayOutputStream(256 * 1024);
				try {
					render(xhtml.get(), baseUrl, part);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				return part.toByteArray();
			}).toList();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		com.lowagie.text.Document joined = new com.lowagie.text.Document();
		try {
			PdfCopy copy = new PdfCopy(joined, out);
			joined.open();
			for (byte[] pdf : pdfs) {
				PdfReader reader = new PdfReader(pdf);
				for (int page = 1; page <= reader.getNumberOfPages(); page++) {
					copy.addPage(copy.getImportedPage(reader, page));
				}
				copy.freeReader(reader);
				reader.close();
			}
		}
		catch (DocumentException ex) {
			throw new IOException("Joining the PDF parts failed", ex);
		}
		finally {
			if (joined.isOpen()) {
				joined.close();
			}
		}
	}

	/** The classpath's {@code static/} folder, where the print stylesheet and fonts are. */
	public static URL staticBase() {
		return PdfRenderer.class.getClassLoader().getResource("static/");
	}

	private static Document parse(String xhtml) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(false);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			return builder.parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IOException("The report template did not produce well-formed XHTML", ex);
		}
	}

	/**
	 * OpenPDF's layout processor loads the AWT font from a file name, so the bundled fonts are copied out
	 * of the jar once.
	 */
	static List<Path> fontFiles() {
		List<Path> files = fontFiles;
		if (files == null) {
			synchronized (PdfRenderer.class) {
				if (fontFiles == null) {
					try {
						Path dir = Files.createTempDirectory("tidtam-fonts");
						dir.toFile().deleteOnExit();
						fontFiles = FONTS.stream().map(resource -> copy(resource, dir)).toList();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
				files = fontFiles;
			}
		}
		return files;
	}

	private static Path copy(String resource, Path dir) {
		try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Bundled font missing: " + resource);
			}
			Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
