package org.tidtam.measures.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tidtam.shared.ThaiDates;

/**
 * Reads an uploaded .xlsx into rows of cell texts for {@link MeasureTableImporter#parseRows}, as a
 * coordinator sees them in Excel: numbers formatted (Thai locale), dates in the Buddhist era, formulas as
 * their last computed value (we never evaluate: the cached value is what the sheet shows), line breaks in
 * a cell kept as "\n", hidden rows left out, trailing empty cells trimmed.
 * <p>
 * A table converted from Word often merges cells over several rows. A vertical merge in the number or
 * title column is one measure spread over rows (a step per row): only its first row has the text, so the
 * importer reads the rows below as that measure's continuation (a copied title would make each row a
 * measure of its own). A vertical merge in any other column (one owner or follow-up for several measures)
 * gives every row the merged text, so each measure gets it. Cells of a horizontal merge beyond the first
 * column are empty, so a header spread over two columns is not read twice.
 * <p>
 * Sheet choice: the first visible sheet with a measures header row, else the first non-empty one, because
 * workbooks often carry a cover or score sheet before the table.
 */
public final class XlsxRows {

	static final ImportText OLD_XLS = ImportText.of("plan.import.file.old-xls");

	static final ImportText NOT_XLSX = ImportText.of("plan.import.file.not-xlsx");

	static final ImportText ZIP_BOMB = ImportText.of("plan.import.file.zip-bomb");

	/**
	 * A real sheet's XML compresses to a few percent at best; far less than 1% is a zip bomb. POI's
	 * default is the same, but it is a static others may loosen, so it is set here where it matters.
	 */
	private static final double MIN_INFLATE_RATIO = 0.01;

	/** No part of a measures workbook comes near this; a bigger one is refused before it fills the heap. */
	private static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final Locale THAI = Locale.forLanguageTag("th-TH");

	private XlsxRows() {
	}

	/** Reads at most {@code maxBytes} from {@code in} (not closed here) and then the workbook. */
	public static List<List<String>> read(InputStream in, long maxBytes) throws ImportFileException {
		byte[] bytes;
		try {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, maxBytes) + 1L));
		}
		catch (IOException ex) {
			throw new ImportFileException(NOT_XLSX, ex);
		}
		if (bytes.length > maxBytes) {
			throw tooLarge(maxBytes);
		}
		return read(bytes);
	}

	static List<List<String>> read(byte[] bytes) throws ImportFileException {
		if (startsWith(bytes, OLE2)) {
			throw new ImportFileException(OLD_XLS);
		}
		if (!startsWith(bytes, ZIP)) {
			throw new ImportFileException(NOT_XLSX);
		}
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
			ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			return rowsOf(workbook);
		}
		catch (IOException | RuntimeException ex) {
			// POI reports a zip bomb, a DOCX, a broken archive and bad XML through many exception types
			throw new ImportFileException(zipBomb(ex) ? ZIP_BOMB : NOT_XLSX, ex);
		}
	}

	static boolean isXlsxLike(byte[] bytes) {
		return startsWith(bytes, ZIP);
	}

	static boolean isOle2(byte[] bytes) {
		return startsWith(bytes, OLE2);
	}

	static ImportFileException tooLarge(long maxBytes) {
		if (maxBytes < 1024) {
			return new ImportFileException(ImportText.of("plan.import.file.too-large-bytes", String.valueOf(maxBytes)));
		}
		String size = maxBytes >= 1024 * 1024 ? (maxBytes / (1024 * 1024)) + " MB" : (maxBytes / 1024) + " KB";
		return new ImportFileException(ImportText.of("plan.import.file.too-large", size));
	}

	private static boolean zipBomb(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String m = t.getMessage();
			if (m != null && (m.contains("Zip bomb") || m.contains("exceeds the max entry size")
					|| m.contains("max. allowed size"))) {
				return true;
			}
		}
		return false;
	}

	private static List<List<String>> rowsOf(XSSFWorkbook workbook) {
		DataFormatter formatter = new DataFormatter(THAI);
		List<List<String>> firstNonEmpty = null;
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
				continue;
			}
			Sheet sheet = workbook.getSheetAt(i);
			List<List<String>> rows = rowsOf(sheet, formatter, null);
			TableHeader header = rows.stream()
				.filter(r -> !r.isEmpty())
				.map(TableHeader::detect)
				.filter(h -> h != null)
				.findFirst()
				.orElse(null);
			if (header != null) {
				Set<Integer> oneMeasure = new HashSet<>();
				for (Field f : new Field[] { Field.NUMBER, Field.TITLE }) {
					if (header.index.containsKey(f)) {
						oneMeasure.add(header.index.get(f));
					}
				}
				return rowsOf(sheet, formatter, oneMeasure);
			}
			if (firstNonEmpty == null && rows.stream().anyMatch(r -> !r.isEmpty())) {
				firstNonEmpty = rowsOf(sheet, formatter, Set.of());
			}
		}
		return firstNonEmpty == null ? new ArrayList<>() : firstNonEmpty;
	}

	/**
	 * Rows from the sheet's first to its last, a hidden row left out, a missing row as an empty list.
	 * A vertical merge's text is copied down except in {@code keepFirstOnly} columns (all columns when null).
	 */
	private static List<List<String>> rowsOf(Sheet sheet, DataFormatter formatter, Set<Integer> keepFirstOnly) {
		Map<Long, CellRangeAddress> merged = new HashMap<>();
		for (CellRangeAddress range : sheet.getMergedRegions()) {
			if (range.getNumberOfCells() > 100_000) {
				continue; // a whole-column merge: nothing to copy worth the memory
			}
			for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
				for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
					merged.put(key(r, c), range);
				}
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && row.getZeroHeight()) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			int last = row == null ? -1 : row.getLastCellNum() - 1;
			for (CellRangeAddress range : merged.values()) {
				if (range.getFirstRow() <= r && r <= range.getLastRow() && range.getFirstColumn() > last) {
					last = Math.max(last, range.getFirstColumn());
				}
			}
			for (int c = 0; c <= last; c++) {
				CellRangeAddress range = merged.get(key(r, c));
				if (range == null) {
					cells.add(text(row == null ? null : row.getCell(c), formatter));
				}
				else if (c != range.getFirstColumn()
						|| (r != range.getFirstRow() && (keepFirstOnly == null || keepFirstOnly.contains(c)))) {
					cells.add("");
				}
				else {
					Row owner = sheet.getRow(range.getFirstRow());
					cells.add(text(owner == null ? null : owner.getCell(c), formatter));
				}
			}
			int end = cells.size();
			while (end > 0 && cells.get(end - 1).isBlank()) {
				end--;
			}
			rows.add(new ArrayList<>(cells.subList(0, end)));
		}
		return rows;
	}

	private static long key(int row, int column) {
		return ((long) row << 20) | column;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		String text;
		if (type == CellType.STRING) {
			text = cell.getRichStringCellValue().getString();
		}
		else if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			text = ThaiDates.longDate(cell.getLocalDateTimeCellValue().toLocalDate());
		}
		else {
			text = formatter.formatCellValue(cell); // a formula without an evaluator shows its cached value
		}
		return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		if (bytes == null || bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (bytes[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
