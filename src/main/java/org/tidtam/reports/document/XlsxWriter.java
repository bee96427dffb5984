package org.tidtam.reports.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.tidtam.shared.ThaiDates;

/**
 * Writes each table of a {@link ReportDocument} as a sheet: the memo's subject and date on top, the
 * header row, the rows. Number columns are numbers (with Thai digits by format when asked, so they
 * still add up); wrapped rows get a height, since Excel does not size them itself.
 */
@Component
public class XlsxWriter {

	/** Displays a whole number with Thai digits (THAI-DOCUMENTS.md). */
	static final String THAI_DIGITS_FORMAT = "[$-D00041E]0";

	private static final int TWIPS_PER_CHAR = 110;

	/** The height of a line of TH Sarabun New 16 pt. */
	private static final float LINE_POINTS = 21f;

	public void write(ReportDocument doc, PrintOptions options, OutputStream out) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Styles styles = new Styles(book, options);
			Set<String> names = new HashSet<>();
			java.util.List<Table> sheets = doc.blocks()
				.stream()
				.map(b -> b instanceof ReportDocument.Chart c ? c.asTable() : b instanceof Table t ? t : null)
				.filter(java.util.Objects::nonNull)
				.toList();
			for (Table table : sheets) {
				String name = uniqueName(table.sheetName(), names);
				Sheet sheet = book.createSheet(name);
				int r = 0;
				Row title = sheet.createRow(r++);
				text(title, 0, options.print(doc.title()), styles.bold);
				if (table.caption() != null && !table.caption().isBlank()) {
					text(sheet.createRow(r++), 0, options.print(table.caption()), styles.bold);
				}
				if (doc.memo().date() != null) {
					text(sheet.createRow(r++), 0,
							options.print(Memo.DATE + " " + ThaiDates.longDate(doc.memo().date())), styles.plain);
				}
				r++;
				Row header = sheet.createRow(r++);
				int headerLines = 1;
				for (int c = 0; c < table.columns().size(); c++) {
					text(header, c, table.columns().get(c).header(), styles.header);
					sheet.setColumnWidth(c, Math.min(255 * 256, table.columns().get(c).widthTwips() / TWIPS_PER_CHAR * 256));
					headerLines = Math.max(headerLines, lines(table.columns().get(c).header(), table.columns().get(c)));
				}
				// a long header wraps in its narrow column, and Excel does not size the row for it
				header.setHeightInPoints(headerLines * LINE_POINTS);
				sheet.createFreezePane(0, r);
				for (Table.Row row : table.rows()) {
					Row sheetRow = sheet.createRow(r);
					if (row.group()) {
						text(sheetRow, 0, options.print(row.cells().get(0)), styles.group);
						for (int c = 1; c < table.columns().size(); c++) {
							sheetRow.createCell(c).setCellStyle(styles.group);
						}
						if (table.columns().size() > 1) {
							sheet.addMergedRegion(new CellRangeAddress(r, r, 0, table.columns().size() - 1));
						}
						r++;
						continue;
					}
					int lines = 1;
					for (int c = 0; c < table.columns().size(); c++) {
						Table.Column column = table.columns().get(c);
						String value = row.cells().get(c);
						if (column.numeric() && value.matches("-?\\d{1,15}")) {
							Cell cell = sheetRow.createCell(c);
							cell.setCellValue(Long.parseLong(value));
							cell.setCellStyle(styles.number);
						}
						else {
							text(sheetRow, c, options.print(value), styles.wrapped);
							lines = Math.max(lines, lines(value, column));
						}
					}
					sheetRow.setHeightInPoints(Math.min(409, lines * LINE_POINTS));
					r++;
				}
			}
			if (book.getNumberOfSheets() == 0) {
				// a report without a table (nothing to list yet): its title and what it says instead
				Sheet sheet = book.createSheet(uniqueName(doc.title(), names));
				text(sheet.createRow(0), 0, options.print(doc.title()), styles.bold);
				int r = 2;
				for (ReportDocument.Block block : doc.blocks()) {
					if (block instanceof ReportDocument.Paragraph p) {
						text(sheet.createRow(r++), 0, options.print(p.text()), styles.plain);
					}
				}
			}
			book.write(out);
		}
	}

	/** The lines {@code value} takes in {@code column}, wrapped. */
	private static int lines(String value, Table.Column column) {
		int charsPerLine = Math.max(1, column.widthTwips() / TWIPS_PER_CHAR);
		int lines = 0;
		for (String line : value.split("\n", -1)) {
			lines += 1 + line.length() / charsPerLine;
		}
		return lines;
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static String uniqueName(String wanted, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted);
		String name = base;
		for (int i = 2; !taken.add(name.toLowerCase()); i++) {
			String suffix = " (" + i + ")";
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}

	private static final class Styles {

		final CellStyle plain;

		final CellStyle bold;

		final CellStyle header;

		final CellStyle wrapped;

		final CellStyle number;

		final CellStyle group;

		Styles(XSSFWorkbook book, PrintOptions options) {
			Font font = book.createFont();
			font.setFontName(DocxWriter.FONT);
			font.setFontHeightInPoints((short) 16);
			Font boldFont = book.createFont();
			boldFont.setFontName(DocxWriter.FONT);
			boldFont.setFontHeightInPoints((short) 16);
			boldFont.setBold(true);
			this.plain = book.createCellStyle();
			this.plain.setFont(font);
			this.bold = book.createCellStyle();
			this.bold.setFont(boldFont);
			this.header = bordered(book, boldFont);
			this.header.setAlignment(HorizontalAlignment.CENTER);
			this.header.setWrapText(true);
			this.wrapped = bordered(book, font);
			this.wrapped.setWrapText(true);
			this.number = bordered(book, font);
			this.number.setAlignment(HorizontalAlignment.CENTER);
			if (options.thaiDigits()) {
				this.number.setDataFormat(book.createDataFormat().getFormat(THAI_DIGITS_FORMAT));
			}
			this.group = bordered(book, boldFont);
		}

		private static CellStyle bordered(XSSFWorkbook book, Font font) {
			CellStyle style = book.createCellStyle();
			style.setFont(font);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

}
