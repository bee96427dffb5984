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
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
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
	 * Renders the parts of one document (each as its XHTML, made when needed) side by side and joins their
	 * pages in order: each part begins on a new page. One part is rendered as it is.
	 */
	public void render(List<Supplier<String>> parts, URL baseUrl, OutputStream out) throws IOException {
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
