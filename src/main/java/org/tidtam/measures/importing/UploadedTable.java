package org.tidtam.measures.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An uploaded measures table, read by what it contains rather than by its name (coordinators rename
 * files, and a PDF saved as .xlsx happens): XLSX through {@link XlsxRows}, anything else as CSV text
 * through {@link CsvRows}. CSV text is UTF-8, UTF-16 with a BOM, or windows-874 (TIS-620 with Windows
 * additions), which older Thai Excel writes for "CSV (Comma delimited)".
 */
public final class UploadedTable {

	static final ImportText PDF = ImportText.of("plan.import.file.pdf");

	static final ImportText NOT_A_TABLE = ImportText.of("plan.import.file.not-a-table");

	static final ImportText WORD_DOC = ImportText.of("plan.import.file.word");

	private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

	private UploadedTable() {
	}

	/**
	 * Rows of the uploaded file; an empty file gives no rows (the importer then says there is nothing to
	 * import). {@code fileName} only picks the message: an OLE2 or zip file named .doc/.docx is a Word
	 * document (pasting its table is the way), not an old Excel file.
	 */
	public static List<List<String>> read(byte[] bytes, String fileName, long maxBytes) throws ImportFileException {
		if (bytes == null || bytes.length == 0) {
			return new ArrayList<>();
		}
		if (bytes.length > maxBytes) {
			throw XlsxRows.tooLarge(maxBytes);
		}
		String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
		if ((XlsxRows.isOle2(bytes) && name.endsWith(".doc")) || (XlsxRows.isXlsxLike(bytes) && name.endsWith(".docx"))) {
			throw new ImportFileException(WORD_DOC);
		}
		if (XlsxRows.isXlsxLike(bytes) || XlsxRows.isOle2(bytes)) {
			return XlsxRows.read(bytes);
		}
		if (bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
			throw new ImportFileException(PDF);
		}
		String text = decode(bytes);
		if (text == null || !looksLikeText(text)) {
			throw new ImportFileException(NOT_A_TABLE);
		}
		return CsvRows.parse(text);
	}

	/** The text, or null when no charset we expect decodes it cleanly. */
	static String decode(byte[] bytes) {
		if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
			return strict(bytes, 3, StandardCharsets.UTF_8);
		}
		if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
			return strict(bytes, 2, StandardCharsets.UTF_16LE);
		}
		if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
			return strict(bytes, 2, StandardCharsets.UTF_16BE);
		}
		String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
		return utf8 != null ? utf8 : strict(bytes, 0, WINDOWS_874);
	}

	private static String strict(byte[] bytes, int offset, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/** Control characters other than tab and line breaks mean a binary file that happened to decode. */
	private static boolean looksLikeText(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || c == '\uFFFD') {
				return false;
			}
		}
		return true;
	}

}
