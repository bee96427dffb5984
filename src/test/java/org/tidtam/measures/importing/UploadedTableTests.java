package org.tidtam.measures.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tidtam.shared.FiscalYear;

/** The upload is read by its content, whatever its name says, and Thai CSVs in any of their encodings. */
class UploadedTableTests {

	static final String CSV = "มาตรการ,ขั้นตอนหรือวิธีการ,ผู้รับผิดชอบ\r\n"
			+ "๑. การเปิดเผยข้อมูล,\"๑. ตรวจสอบเว็บไซต์\n๒. เผยแพร่ช่องทาง\",สำนักงานจังหวัดนครปฐม\r\n";

	static final List<List<String>> ROWS = List.of(List.of("มาตรการ", "ขั้นตอนหรือวิธีการ", "ผู้รับผิดชอบ"),
			List.of("๑. การเปิดเผยข้อมูล", "๑. ตรวจสอบเว็บไซต์\n๒. เผยแพร่ช่องทาง", "สำนักงานจังหวัดนครปฐม"));

	@Test
	void anXlsxIsReadAsAWorkbookWhateverItsName() throws Exception {
		List<List<String>> rows = UploadedTable.read(XlsxRowsTests.measuresWorkbook(), "มาตรการ.csv", XlsxRowsTests.MAX);

		assertThat(rows).hasSize(6);
		assertThat(rows.get(4)).endsWith("150,000.00", "31 มีนาคม 2566");
	}

	@Test
	void csvInUtf8Utf16AndWindows874DecodesTheSame() throws Exception {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] utf8Bom = concat(bom, CSV.getBytes(StandardCharsets.UTF_8));
		byte[] windows874 = CSV.getBytes(Charset.forName("x-windows-874"));

		assertThat(UploadedTable.read(CSV.getBytes(StandardCharsets.UTF_8), "a.csv", 1000)).isEqualTo(ROWS);
		assertThat(UploadedTable.read(utf8Bom, "a.csv", 1000)).isEqualTo(ROWS);
		assertThat(UploadedTable.read(CSV.getBytes(StandardCharsets.UTF_16), "a.csv", 1000)).isEqualTo(ROWS);
		assertThat(UploadedTable.read(concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
				CSV.getBytes(StandardCharsets.UTF_16LE)), "a.csv", 1000)).isEqualTo(ROWS);
		assertThat(windows874[0]).isEqualTo((byte) 0xC1); // ม in TIS-620: one byte, not valid UTF-8
		assertThat(UploadedTable.read(windows874, "a.csv", 1000)).isEqualTo(ROWS);
	}

	@Test
	void aWindows874CsvImports() throws Exception {
		List<List<String>> rows = UploadedTable.read(CSV.getBytes(Charset.forName("x-windows-874")), "a.csv", 1000);

		ImportPreview p = new MeasureTableImporter().parseRows(rows, XlsxRowsTests.PROVINCE, FiscalYear.of(2566));

		assertThat(p.measures()).singleElement().satisfies(m -> {
			assertThat(m.title()).isEqualTo("การเปิดเผยข้อมูล");
			assertThat(m.steps()).containsExactly("ตรวจสอบเว็บไซต์", "เผยแพร่ช่องทาง");
			assertThat(m.owners()).containsExactly(XlsxRowsTests.PROVINCIAL_OFFICE);
		});
	}

	@Test
	void anEmptyFileHasNoRows() throws Exception {
		assertThat(UploadedTable.read(new byte[0], "a.csv", 1000)).isEmpty();
	}

	@Test
	void otherFilesGetAThaiError() {
		byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0 };
		assertThatThrownBy(() -> UploadedTable.read(xls, "มาตรการ.xls", 1000)).isInstanceOf(ImportFileException.class)
			.hasMessage(XlsxRows.OLD_XLS.thai());
		assertThatThrownBy(() -> UploadedTable.read(xls, "มาตรการ.doc", 1000)).hasMessage(UploadedTable.WORD_DOC.thai());
		byte[] pdf = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> UploadedTable.read(pdf, "มาตรการ.xlsx", 1000)).hasMessage(UploadedTable.PDF.thai());
		byte[] random = new byte[2048];
		new Random(42).nextBytes(random);
		random[0] = 0x01; // not by chance a zip, OLE2 or PDF header
		assertThatThrownBy(() -> UploadedTable.read(random, "มาตรการ.csv", 4096)).hasMessage(UploadedTable.NOT_A_TABLE.thai());
		assertThatThrownBy(() -> UploadedTable.read(CSV.getBytes(StandardCharsets.UTF_8), "a.csv", 10))
			.hasMessage("ไฟล์ใหญ่เกินไป (เกิน 10 ไบต์) — อัปโหลดเฉพาะตารางมาตรการเป็นไฟล์ XLSX หรือ CSV");
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = new byte[a.length + b.length];
		System.arraycopy(a, 0, out, 0, a.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

}
