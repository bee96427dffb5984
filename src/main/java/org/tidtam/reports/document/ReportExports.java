package org.tidtam.reports.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.tidtam.shared.ThaiDates;

/** One report document in each printed format; the PDF comes from the same template as the web page. */
@Component
public class ReportExports {

	public static final String PRINT_TEMPLATE = "reports/print";

	private final ITemplateEngine templates;

	private final DocxWriter docx;

	private final XlsxWriter xlsx;

	private final PdfRenderer pdf;

	public ReportExports(ITemplateEngine templates, DocxWriter docx, XlsxWriter xlsx, PdfRenderer pdf) {
		this.templates = templates;
		this.docx = docx;
		this.xlsx = xlsx;
		this.pdf = pdf;
	}

	public enum Format {

		DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
		XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
		PDF("pdf", "application/pdf");

		private final String extension;

		private final String mediaType;

		Format(String extension, String mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		public String extension() {
			return this.extension;
		}

		public String mediaType() {
			return this.mediaType;
		}

	}

	public byte[] export(ReportDocument doc, Format format, PrintOptions options) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			switch (format) {
				case DOCX -> this.docx.write(doc, options, out);
				case XLSX -> this.xlsx.write(doc, options, out);
				case PDF -> this.pdf.render(pdfParts(doc, options), PdfRenderer.staticBase(), options, out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The print template filled in: the XHTML the PDF is drawn from. */
	public String xhtml(ReportDocument doc, PrintOptions options) {
		return xhtml(doc, options, false);
	}

	/** A long document as several XHTML documents, drawn side by side ({@link PdfParts}). */
	List<Supplier<String>> pdfParts(ReportDocument doc, PrintOptions options) {
		List<ReportDocument> parts = PdfParts.split(doc, Runtime.getRuntime().availableProcessors());
		List<Supplier<String>> out = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			ReportDocument part = parts.get(i);
			boolean continued = i > 0;
			out.add(() -> xhtml(part, options, continued));
		}
		return out;
	}

	private String xhtml(ReportDocument doc, PrintOptions options, boolean continued) {
		Context context = new Context(Locale.forLanguageTag("th"), Map.of("doc", doc.printed(options), "memoDate",
				memoDate(doc, options), "pdf", true, "continued", continued));
		return this.templates.process(PRINT_TEMPLATE, context);
	}

	public static String memoDate(ReportDocument doc, PrintOptions options) {
		return doc.memo().date() == null ? "" : options.print(ThaiDates.longDate(doc.memo().date()));
	}

}
