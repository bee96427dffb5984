package org.tidtam.measures.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tidtam.shared.FiscalYear;

/**
 * Workbooks built here with POI, as a coordinator's Excel would save them, read back cell by cell and
 * then through the importer, so a change in POI's formatting shows up as a wrong measure, not only a
 * wrong string.
 */
class XlsxRowsTests {

	static final DivisionRef PROVINCIAL_OFFICE = new DivisionRef("pvo", "สำนักงานจังหวัดนครปฐม", List.of(), true, true);

	static final DivisionRef ADMINISTRATION = new DivisionRef("dopa", "ที่ทำการปกครองจังหวัดนครปฐม", List.of(), true, true);

	static final DivisionDirectory PROVINCE = SimpleDivisionDirectory.of(PROVINCIAL_OFFICE, ADMINISTRATION);

	static final long MAX = 5 * 1024 * 1024;

	/**
	 * Sheet 1 is empty (a cover sheet), sheet 2 holds a seed-004-like table: a title over row 1, the header,
	 * measure ๑ whose title is merged over two rows (one step each), a hidden row, measure ๒ with a
	 * formula, a number and a date in the last columns, measure ๓ sharing ๒'s owner cell (merged down).
	 */
	static byte[] measuresWorkbook() throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			wb.createSheet("ปก");
			Sheet s = wb.createSheet("มาตรการ");
			s.createRow(0).createCell(0).setCellValue("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖");
			s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
			row(s, 1, "มาตรการ", "ขั้นตอนหรือวิธีการ", "ผู้รับผิดชอบ", "การกำกับติดตาม", "งบประมาณ", "วันที่");
			row(s, 2, "๑. การใช้ทรัพย์สินของราชการ", "๑. จัดทำแนวทางในการใช้ทรัพย์สินของราชการ", "สำนักงานจังหวัดนครปฐม",
					"รายงานผลการดำเนินงานภายในไตรมาสที่ ๒");
			row(s, 3, "", "๒. ประชาสัมพันธ์แนวทาง\nผ่านช่องทางต่างๆ", "", "");
			s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
			Row hidden = row(s, 4, "ลบแล้ว", "ไม่ต้องนำเข้า", "", "");
			hidden.setZeroHeight(true);
			Row r5 = row(s, 5, "๒. การใช้งบประมาณ", "", "ที่ทำการปกครองจังหวัดนครปฐม", "รายงานผลการดำเนินงานภายในไตรมาสที่ ๒");
			r5.getCell(1).setCellFormula("\"๑. จัดทำแผน\"&\" ๒. เผยแพร่\"");
			CellStyle money = wb.createCellStyle();
			money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
			r5.createCell(4).setCellValue(150000);
			r5.getCell(4).setCellStyle(money);
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.createDataFormat().getFormat("d/m/yyyy"));
			r5.createCell(5).setCellValue(LocalDate.of(2023, 3, 31));
			r5.getCell(5).setCellStyle(date);
			row(s, 6, "๓. การเปิดเผยข้อมูล", "๑. ตรวจสอบเว็บไซต์", "", "รายงานผลการดำเนินงานภายในไตรมาสที่ ๒");
			s.addMergedRegion(new CellRangeAddress(5, 6, 2, 2)); // one owner for measures ๒ and ๓
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // Excel saves the cached value
			wb.createSheet("ว่าง");
			wb.write(out);
			return out.toByteArray();
		}
	}

	static Row row(Sheet s, int index, String... cells) {
		Row r = s.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			r.createCell(i).setCellValue(cells[i]);
		}
		return r;
	}

	@Test
	void readsTheSheetWithTheMeasuresHeaderAsPeopleSeeIt() throws Exception {
		List<List<String>> rows = XlsxRows.read(new ByteArrayInputStream(measuresWorkbook()), MAX);

		assertThat(rows).containsExactly(
				List.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"),
				List.of("มาตรการ", "ขั้นตอนหรือวิธีการ", "ผู้รับผิดชอบ", "การกำกับติดตาม", "งบประมาณ", "วันที่"),
				List.of("๑. การใช้ทรัพย์สินของราชการ", "๑. จัดทำแนวทางในการใช้ทรัพย์สินของราชการ", "สำนักงานจังหวัดนครปฐม",
						"รายงานผลการดำเนินงานภายในไตรมาสที่ ๒"),
				List.of("", "๒. ประชาสัมพันธ์แนวทาง\nผ่านช่องทางต่างๆ"),
				List.of("๒. การใช้งบประมาณ", "๑. จัดทำแผน ๒. เผยแพร่", "ที่ทำการปกครองจังหวัดนครปฐม",
						"รายงานผลการดำเนินงานภายในไตรมาสที่ ๒", "150,000.00", "31 มีนาคม 2566"),
				List.of("๓. การเปิดเผยข้อมูล", "๑. ตรวจสอบเว็บไซต์", "ที่ทำการปกครองจังหวัดนครปฐม",
						"รายงานผลการดำเนินงานภายในไตรมาสที่ ๒"));
	}

	@Test
	void theRowsImportAsMeasures() throws Exception {
		List<List<String>> rows = XlsxRows.read(new ByteArrayInputStream(measuresWorkbook()), MAX);

		ImportPreview p = new MeasureTableImporter().parseRows(rows, PROVINCE, FiscalYear.of(2566));

		assertThat(p.error()).isEmpty();
		assertThat(p.measures()).extracting(ParsedMeasure::number).containsExactly(1, 2, 3);
		assertThat(p.measures()).extracting(ParsedMeasure::title)
			.containsExactly("การใช้ทรัพย์สินของราชการ", "การใช้งบประมาณ", "การเปิดเผยข้อมูล");
		assertThat(p.measures().get(0).steps()).containsExactly("จัดทำแนวทางในการใช้ทรัพย์สินของราชการ",
				"ประชาสัมพันธ์แนวทาง ผ่านช่องทางต่างๆ");
		assertThat(p.measures().get(1).steps()).containsExactly("จัดทำแผน", "เผยแพร่");
		assertThat(p.measures().get(0).owners()).containsExactly(PROVINCIAL_OFFICE);
		assertThat(p.measures().get(1).owners()).containsExactly(ADMINISTRATION);
		assertThat(p.measures().get(2).owners()).containsExactly(ADMINISTRATION);
		assertThat(p.unknownOwners()).isEmpty();
	}

	@Test
	void withoutAMeasuresHeaderTheFirstNonEmptySheetIsRead() throws Exception {
		byte[] bytes;
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			wb.createSheet("ว่าง");
			row(wb.createSheet("คะแนน"), 0, "ข้อ", "คะแนน", "", "");
			row(wb.createSheet("อื่น"), 0, "อื่น");
			wb.write(out);
			bytes = out.toByteArray();
		}

		assertThat(XlsxRows.read(new ByteArrayInputStream(bytes), MAX)).containsExactly(List.of("ข้อ", "คะแนน"));
	}

	@Test
	void aLargerFileIsRefused() throws Exception {
		byte[] bytes = measuresWorkbook();

		assertThatThrownBy(() -> XlsxRows.read(new ByteArrayInputStream(bytes), 1024))
			.isInstanceOf(ImportFileException.class)
			.hasMessage("ไฟล์ใหญ่เกินไป (เกิน 1 KB) — อัปโหลดเฉพาะตารางมาตรการเป็นไฟล์ XLSX หรือ CSV");
	}

	@Test
	void anOldXlsAndRandomBytesAreRefused() {
		byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		assertThatThrownBy(() -> XlsxRows.read(new ByteArrayInputStream(xls), MAX)).hasMessage(XlsxRows.OLD_XLS.thai());
		byte[] random = new java.util.Random(7).ints(4096, 0, 256).collect(ByteArrayOutputStream::new,
				ByteArrayOutputStream::write, (a, b) -> a.writeBytes(b.toByteArray())).toByteArray();
		assertThatThrownBy(() -> XlsxRows.read(new ByteArrayInputStream(random), MAX)).hasMessage(XlsxRows.NOT_XLSX.thai());
		byte[] brokenZip = { 'P', 'K', 3, 4, 1, 2, 3 };
		assertThatThrownBy(() -> XlsxRows.read(new ByteArrayInputStream(brokenZip), MAX)).hasMessage(XlsxRows.NOT_XLSX.thai());
	}

	@Test
	void aZipBombIsRefused() throws Exception {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(new byte[20 * 1024 * 1024]);
			zip.closeEntry();
		}

		assertThatThrownBy(() -> XlsxRows.read(new ByteArrayInputStream(bomb.toByteArray()), MAX))
			.isInstanceOf(ImportFileException.class)
			.hasMessage(XlsxRows.ZIP_BOMB.thai());
	}

}
