package org.tidtam.reports.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.openxml4j.opc.ZipPackage;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.springframework.stereotype.Component;
import org.tidtam.shared.ThaiDates;

/**
 * Writes a {@link ReportDocument} as a Word file in the memo style offices use: TH Sarabun New 16 pt on
 * every run, with the complex-script size, bold and language set too (Word shapes Thai with the
 * complex-script properties; THAI-DOCUMENTS.md), table grids in twips (LibreOffice ignores
 * percentages), A4 with the official margins. Wide tables turn the page to landscape.
 */
@Component
public class DocxWriter {

	public static final String FONT = "TH Sarabun New";

	private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** A4 in twips. */
	private static final int A4_SHORT = 11906;

	private static final int A4_LONG = 16838;

	private static final int MARGIN_LEFT = 1701;

	private static final int MARGIN_RIGHT = 1134;

	private static final int BODY_HALF_POINTS = 32;

	private static final int TITLE_HALF_POINTS = 58;

	static {
		// POI keeps each part of a new file in a byte array until it is zipped: for a province's summary
		// that is a document.xml of over 10 MB, copied as it grows, which pushed a 256 MB heap into
		// repeated collections. Parts go to temporary files instead (deleted when the file is closed);
		// the setting is POI's, for the whole JVM, so Excel files are written the same way.
		ZipPackage.setUseTempFilePackageParts(true);
	}

	public void write(ReportDocument doc, PrintOptions options, OutputStream out) throws IOException {
		try (XWPFDocument word = new XWPFDocument()) {
			boolean landscape = doc.tables().stream()
				.anyMatch(t -> t.totalWidthTwips() > A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT);
			page(word, landscape);
			pageNumbers(word, options);
			memoHead(word, doc.memo(), options);
			for (ReportDocument.Block block : doc.blocks()) {
				if (block instanceof ReportDocument.Heading h) {
					XWPFParagraph p = word.createParagraph();
					p.setSpacingBefore(120);
					// a heading never ends a page: it goes over with what follows it
					keepNext(p);
					run(p, options.print(h.text()), true, BODY_HALF_POINTS);
				}
				else if (block instanceof ReportDocument.Paragraph para) {
					XWPFParagraph p = word.createParagraph();
					p.setAlignment(ParagraphAlignment.THAI_DISTRIBUTE);
					p.setIndentationFirstLine(1418);
					run(p, options.print(para.text()), false, BODY_HALF_POINTS);
				}
				else if (block instanceof Table t) {
					table(word, t, options);
				}
				else if (block instanceof ReportDocument.Chart c) {
					table(word, c.asTable(), options);
				}
			}
			word.write(out);
		}
	}

	private void page(XWPFDocument word, boolean landscape) {
		CTSectPr sect = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
				: word.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		if (landscape) {
			size.setOrient(STPageOrientation.LANDSCAPE);
		}
		CTPageMar margin = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
		margin.setTop(BigInteger.valueOf(1418));
		margin.setBottom(BigInteger.valueOf(1134));
		margin.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margin.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		// where the page number's header sits (1.25 cm from the top edge), and the attributes Word requires
		margin.setHeader(BigInteger.valueOf(709));
		margin.setFooter(BigInteger.valueOf(709));
		margin.setGutter(BigInteger.ZERO);
	}

	/**
	 * Page numbers as official memos print them: from the second page on, at the top in the middle, between
	 * dashes ("- ๒ -"), in Thai digits when the document prints them (the section's number format, which
	 * Word's PAGE field follows). The first page, the memo head's, has an empty header of its own.
	 */
	private void pageNumbers(XWPFDocument word, PrintOptions options) {
		word.createHeader(HeaderFooterType.FIRST);
		XWPFHeader header = word.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, "- ", false, BODY_HALF_POINTS);
		style(p.createRun(), false, BODY_HALF_POINTS).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		style(p.createRun(), false, BODY_HALF_POINTS).getCTR().addNewInstrText().setStringValue(" PAGE ");
		style(p.createRun(), false, BODY_HALF_POINTS).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		run(p, options.print("2"), false, BODY_HALF_POINTS);
		style(p.createRun(), false, BODY_HALF_POINTS).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		run(p, " -", false, BODY_HALF_POINTS);
		CTSectPr sect = word.getDocument().getBody().getSectPr();
		if (!sect.isSetTitlePg()) {
			sect.addNewTitlePg();
		}
		if (options.thaiDigits()) {
			(sect.isSetPgNumType() ? sect.getPgNumType() : sect.addNewPgNumType()).setFmt(STNumberFormat.THAI_NUMBERS);
		}
	}

	private void memoHead(XWPFDocument word, Memo memo, PrintOptions options) {
		XWPFParagraph title = word.createParagraph();
		title.setAlignment(ParagraphAlignment.CENTER);
		run(title, Memo.FORM_TITLE, true, TITLE_HALF_POINTS);
		labelled(word, Memo.AGENCY, options.print(memo.agency()));
		XWPFParagraph refDate = word.createParagraph();
		run(refDate, Memo.REFERENCE, true, BODY_HALF_POINTS);
		run(refDate, "  " + options.print(memo.reference()) + "\t\t\t", false, BODY_HALF_POINTS);
		run(refDate, Memo.DATE, true, BODY_HALF_POINTS);
		run(refDate, "  " + (memo.date() == null ? "" : options.print(ThaiDates.longDate(memo.date()))), false,
				BODY_HALF_POINTS);
		labelled(word, Memo.SUBJECT, options.print(memo.subject()));
		labelled(word, Memo.TO, options.print(memo.to()));
	}

	private void labelled(XWPFDocument word, String label, String value) {
		XWPFParagraph p = word.createParagraph();
		run(p, label, true, BODY_HALF_POINTS);
		run(p, "  " + value, false, BODY_HALF_POINTS);
	}

	private void table(XWPFDocument word, Table t, PrintOptions options) {
		if (t.caption() != null && !t.caption().isBlank()) {
			XWPFParagraph caption = word.createParagraph();
			caption.setSpacingBefore(120);
			keepNext(caption);
			run(caption, options.print(t.caption()), true, BODY_HALF_POINTS);
		}
		XWPFTable table = word.createTable(1 + t.rows().size(), t.columns().size());
		CTTblPr tblPr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
		CTTblWidth width = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(t.totalWidthTwips()));
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (Table.Column column : t.columns()) {
			grid.addNewGridCol().setW(BigInteger.valueOf(column.widthTwips()));
		}
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		for (int c = 0; c < t.columns().size(); c++) {
			cell(header.getCell(c), t.columns().get(c).header(), true, t.columns().get(c).widthTwips(),
					ParagraphAlignment.CENTER).forEach(DocxWriter::keepNext);
		}
		// the row list, not getRow(i): that counts the table's rows in the XML at every call
		List<XWPFTableRow> wordRows = table.getRows();
		for (int r = 0; r < t.rows().size(); r++) {
			Table.Row row = t.rows().get(r);
			XWPFTableRow wordRow = wordRows.get(r + 1);
			wordRow.setCantSplitRow(!row.group());
			if (row.group()) {
				XWPFTableCell first = wordRow.getCell(0);
				for (int c = wordRow.getTableCells().size() - 1; c > 0; c--) {
					wordRow.removeCell(c);
				}
				CTTcPr tcPr = first.getCTTc().isSetTcPr() ? first.getCTTc().getTcPr() : first.getCTTc().addNewTcPr();
				tcPr.addNewGridSpan().setVal(BigInteger.valueOf(t.columns().size()));
				// a division's or an indicator's row stays on the page of the row after it
				cell(first, options.print(row.cells().get(0)), true, t.totalWidthTwips(), ParagraphAlignment.LEFT)
					.forEach(DocxWriter::keepNext);
				continue;
			}
			for (int c = 0; c < t.columns().size(); c++) {
				Table.Column column = t.columns().get(c);
				cell(wordRow.getCell(c), options.print(row.cells().get(c)), false, column.widthTwips(),
						column.numeric() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
			}
		}
		tblPr.addNewJc().setVal(STJcTable.CENTER);
	}

	/** Fills a cell, a paragraph a line; the paragraphs. */
	private List<XWPFParagraph> cell(XWPFTableCell cell, String text, boolean bold, int widthTwips,
			ParagraphAlignment align) {
		CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
		w.setType(STTblWidth.DXA);
		w.setW(BigInteger.valueOf(widthTwips));
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
			// left is Word's default: leaving it unsaid keeps two elements per cell out of a large table
			if (align != ParagraphAlignment.LEFT) {
				p.setAlignment(align);
			}
			run(p, lines[i], bold, BODY_HALF_POINTS);
		}
		return cell.getParagraphs();
	}

	/** Word's "keep with next": the paragraph goes to a new page with the one after it. */
	private static void keepNext(XWPFParagraph p) {
		if (!p.getCTP().isSetPPr()) {
			// POI's setKeepNext assumes paragraph properties are there already
			p.getCTP().addNewPPr();
		}
		p.setKeepNext(true);
	}

	/** A run with the Thai-safe properties THAI-DOCUMENTS.md lists. */
	static XWPFRun run(XWPFParagraph p, String text, boolean bold, int halfPoints) {
		XWPFRun run = p.createRun();
		run.setText(text == null ? "" : text);
		return style(run, bold, halfPoints);
	}

	/** The Thai-safe properties on a run. */
	private static XWPFRun style(XWPFRun run, boolean bold, int halfPoints) {
		CTRPr rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		CTFonts fonts = rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : rPr.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		try (XmlCursor cursor = fonts.newCursor()) {
			// POI's schema lacks the "cs" value of w:hint; Word reads it as "shape this run as complex script"
			cursor.setAttributeText(new QName(W_NS, "hint"), "cs");
		}
		if (bold) {
			rPr.addNewB();
			rPr.addNewBCs();
		}
		rPr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		rPr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		rPr.addNewLang().setBidi("th-TH");
		return run;
	}

}
