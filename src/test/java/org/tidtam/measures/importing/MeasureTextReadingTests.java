package org.tidtam.measures.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tidtam.measures.importing.Cadence.ByDate;
import org.tidtam.measures.importing.Cadence.FiscalYearEnd;
import org.tidtam.measures.importing.Cadence.MonthlyMeeting;
import org.tidtam.measures.importing.Cadence.WithinQuarter;
import org.tidtam.shared.FiscalYear;

/** The pieces the importer reads cells with: division names, lists inside a cell, cadences, CSV. */
class MeasureTextReadingTests {

	static final DivisionRef PALAD = MeasureTableImporterTests.PALAD;

	static final DivisionRef FINANCE = MeasureTableImporterTests.FINANCE;

	static final DivisionRef EDUCATION = MeasureTableImporterTests.EDUCATION;

	static final DivisionDirectory MUNICIPALITY = MeasureTableImporterTests.MUNICIPALITY;

	static final FiscalYear FY2566 = FiscalYear.of(2566);

	@Test
	void divisionsMatchAsDocumentsWriteThem() {
		assertThat(MUNICIPALITY.match("สำนักปลัดเทศบาล")).contains(PALAD);
		assertThat(MUNICIPALITY.match("สำนักปลัด ฯ")).contains(PALAD);
		assertThat(MUNICIPALITY.match("  สำนักปลัดฯ ")).contains(PALAD);
		assertThat(MUNICIPALITY.match("สำนักปลัด\u200Bฯ")).contains(PALAD);
		assertThat(MUNICIPALITY.match("สำนัก ปลัด")).contains(PALAD);
		assertThat(MUNICIPALITY.match("กองการศึกษา ฯ")).contains(EDUCATION);
		assertThat(MUNICIPALITY.match("คลัง")).contains(FINANCE); // กอง dropped
		assertThat(MUNICIPALITY.match("กองสวัสดิการสังคม")).isEmpty();
		assertThat(MUNICIPALITY.match("")).isEmpty();
		// ำ stored as ํ + า by some PDF extractors
		assertThat(MUNICIPALITY.match("ส\u0E4D\u0E32นักปลัด")).contains(PALAD);
	}

	@Test
	void collectivesExpandByFlag() {
		assertThat(MUNICIPALITY.expandCollective("ทุกส่วนราชการ")).hasSize(5);
		assertThat(MUNICIPALITY.expandCollective("ทุกส่วน ราชการ")).hasSize(5);
		assertThat(MUNICIPALITY.expandCollective("ทุกส่วนราชการที่มีงานให้บริการ")).extracting(DivisionRef::id)
			.containsExactly("palad", "finance", "works", "health");
		assertThat(MUNICIPALITY.expandCollective("ส่วนราชการส่วนภูมิภาค")).isEmpty();
		assertThat(MeasureTableImporterTests.PROVINCE.expandCollective("ส่วนราชการส่วนภูมิภาค")).extracting(DivisionRef::id)
			.containsExactly("pvo", "dopa", "ppho", "social");
		assertThat(MUNICIPALITY.expandCollective("กองคลัง")).isEmpty();
	}

	@Test
	void ownersSplitOnCommasAndSpacesBetweenKnownNames() {
		OwnerReader.Owners o = OwnerReader.read("กองคลัง กองช่าง และสำนักปลัดฯ", MUNICIPALITY);
		assertThat(o.divisions()).extracting(DivisionRef::id).containsExactly("palad", "finance", "works");
		assertThat(o.unknown()).isEmpty();

		OwnerReader.Owners numbered = OwnerReader.read("๑.สำนักปลัดเทศบาล ๒.กองคลัง ๓.กองช่าง", MUNICIPALITY);
		assertThat(numbered.texts()).containsExactly("สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง");

		OwnerReader.Owners mixed = OwnerReader.read("กองคลังและกองพัสดุ", MUNICIPALITY);
		assertThat(mixed.divisions()).containsExactly(FINANCE);
		assertThat(mixed.unknown()).containsExactly("กองพัสดุ");

		OwnerReader.Owners slashes = OwnerReader.read("สำนักปลัด/กองคลัง/กองพัสดุ", MUNICIPALITY);
		assertThat(slashes.divisions()).containsExactly(PALAD, FINANCE);
		assertThat(slashes.unknown()).containsExactly("กองพัสดุ");
		assertThat(OwnerReader.read("ทุกสำนัก/กอง", MUNICIPALITY).divisions()).hasSize(5);
		assertThat(OwnerReader.read("กองพัสดุ/กองแผน", MUNICIPALITY).unknown()).containsExactly("กองพัสดุ", "กองแผน");

		OwnerReader.Owners person = OwnerReader.read("นายกเทศมนตรี", MUNICIPALITY);
		assertThat(person.unknown()).containsExactly("นายกเทศมนตรี");
	}

	@Test
	void stepsSplitOnlyWhereAnItemStarts() {
		assertThat(texts("๑. จัดทำแผนการใช้งบประมาณประจำปี ๒๕๖๖ ๒. เผยแพร่ประชาสัมพันธ์"))
			.containsExactly("จัดทำแผนการใช้งบประมาณประจำปี ๒๕๖๖", "เผยแพร่ประชาสัมพันธ์");
		assertThat(texts("จัดทำประกาศ พ.ศ. ๒๕๖๖ ตามตัวชี้วัดย่อยที่ ๑๐.๒")).containsExactly(
				"จัดทำประกาศ พ.ศ. ๒๕๖๖ ตามตัวชี้วัดย่อยที่ ๑๐.๒");
		assertThat(texts("1) ทบทวน 2) ประกาศ 3) สำรวจ")).containsExactly("ทบทวน", "ประกาศ", "สำรวจ");
		assertThat(texts("(1) ทบทวน (2) ประกาศ")).containsExactly("ทบทวน", "ประกาศ");
		// "3." does not follow "1.": it is text, not a new item
		assertThat(texts("1. อบรม 3. ครั้ง 2. ประเมิน")).containsExactly("อบรม 3. ครั้ง", "ประเมิน");
		assertThat(texts("- จัดทำ - เผยแพร่ พ.ศ.๒๕๖๐ - ๒๕๖๔")).containsExactly("จัดทำ", "เผยแพร่ พ.ศ.๒๕๖๐ - ๒๕๖๔");
		assertThat(texts("• ประกาศ • แจ้งเวียน")).containsExactly("ประกาศ", "แจ้งเวียน");
		assertThat(texts("ประกาศ\nแจ้งเวียน\n")).containsExactly("ประกาศ", "แจ้งเวียน");
		assertThat(NumberedList.split("โดย ๑. ก ๒. ข")).extracting(NumberedList.Item::number).containsExactly(null, 1, 2);
	}

	private static List<String> texts(String cell) {
		return NumberedList.split(cell).stream().map(NumberedList.Item::text).toList();
	}

	@Test
	void cadencesFromTheFollowUpColumn() {
		assertThat(CadenceReader.read("รายงานการดำเนินการในการประชุมประจำเดือน", FY2566)).contains(new MonthlyMeeting());
		assertThat(CadenceReader.read("รายงานทุกเดือน", FY2566)).contains(new MonthlyMeeting());
		assertThat(CadenceReader.read("รายงานผลการดำเนินงานภายในไตรมาสที่ ๒", FY2566))
			.contains(new WithinQuarter(2, LocalDate.of(2023, 3, 31)));
		assertThat(CadenceReader.read("ภายในไตรมาส 1", FY2566)).contains(new WithinQuarter(1, LocalDate.of(2022, 12, 31)));
		assertThat(CadenceReader.read("รายงานความก้าวหน้าและสรุปผล ณ สิ้นปีงบประมาณ", FY2566))
			.contains(new FiscalYearEnd(LocalDate.of(2023, 9, 30)));
		assertThat(CadenceReader.read("ภายในวันที่ ๓๐ มิถุนายน ๒๕๖๖", FY2566)).contains(new ByDate(LocalDate.of(2023, 6, 30)));
		assertThat(CadenceReader.read("30 มิ.ย. 66", FY2566)).contains(new ByDate(LocalDate.of(2023, 6, 30)));
		assertThat(CadenceReader.read("15 ธ.ค.", FY2566)).contains(new ByDate(LocalDate.of(2022, 12, 15)));
		assertThat(CadenceReader.read("15 มีนาคม", FY2566)).contains(new ByDate(LocalDate.of(2023, 3, 15)));
		assertThat(CadenceReader.read("31 กุมภาพันธ์ 2566", FY2566)).isEmpty();
		assertThat(CadenceReader.read("ตามความเหมาะสม", FY2566)).isEmpty();
		assertThat(CadenceReader.read("", FY2566)).isEmpty();
	}

	@Test
	void csvRowsHandleQuotesSeparatorsAndLineEnds() {
		assertThat(CsvRows.parse("a,\"b,c\",\"d\"\"e\"\r\n\"x\r\ny\",z")).containsExactly(List.of("a", "b,c", "d\"e"),
				List.of("x\ny", "z"));
		assertThat(CsvRows.parse("a;b;c\n1;2;3\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
		assertThat(CsvRows.parse("a,b\n\n1,2")).containsExactly(List.of("a", "b"), List.of(""), List.of("1", "2"));
		assertThat(CsvRows.parse("")).isEmpty();
	}

	@Test
	void noPrefixOfASeedThrows() {
		MeasureTableImporter importer = new MeasureTableImporter();
		for (String seed : List.of("000_5824c003a591cc03.txt", "002_5e50fbd9b7753f20.txt", "004_c2750870013411d4.txt")) {
			List<String> lines = MeasureTableImporterTests.seed(seed).lines().toList();
			for (int n = 0; n <= lines.size(); n++) {
				String prefix = String.join("\n", lines.subList(0, n));
				String suffix = String.join("\n", lines.subList(n, lines.size()));
				assertThatCode(() -> {
					importer.parse(prefix, MUNICIPALITY, FY2566);
					importer.parse(suffix, MUNICIPALITY, FY2566);
				}).as(seed + " cut at line " + n).doesNotThrowAnyException();
			}
		}
	}

}
