package org.tidtam.measures.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tidtam.measures.importing.Cadence.ByDate;
import org.tidtam.measures.importing.Cadence.FiscalYearEnd;
import org.tidtam.measures.importing.Cadence.MonthlyMeeting;
import org.tidtam.measures.importing.Cadence.Unrecognised;
import org.tidtam.measures.importing.Cadence.WithinQuarter;
import org.tidtam.measures.importing.ImportWarning.Kind;
import org.tidtam.measures.importing.ParsedMeasure.Status;
import org.tidtam.shared.FiscalYear;

/**
 * The importer on the three seed documents as they are, on bad input, and on tables it has never seen.
 * Expected figures come from reading the seeds by hand (see the comments next to them).
 */
class MeasureTableImporterTests {

	private final MeasureTableImporter importer = new MeasureTableImporter();

	// อบจ.เพชรบุรี (seed 000): a provincial administration's divisions
	static final DivisionRef PAO_PALAD = new DivisionRef("palad", "สำนักปลัดองค์การบริหารส่วนจังหวัด",
			List.of("สำนักปลัด", "สำนักปลัดฯ", "สำนักปลัด อบจ."), true, false);

	static final DivisionRef PAO_STRATEGY = new DivisionRef("strategy", "กองยุทธศาสตร์และงบประมาณ", List.of(), false, false);

	static final DivisionRef PAO_FINANCE = new DivisionRef("finance", "กองคลัง", List.of(), true, false);

	static final DivisionRef PAO_WORKS = new DivisionRef("works", "กองช่าง", List.of(), true, false);

	static final DivisionRef PAO_EDUCATION = new DivisionRef("education", "กองการศึกษา ศาสนาและวัฒนธรรม",
			List.of("กองการศึกษา"), true, false);

	static final DivisionRef PAO_SUPPLIES = new DivisionRef("supplies", "กองพัสดุและทรัพย์สิน", List.of(), false, false);

	static final DivisionRef PAO_HEALTH = new DivisionRef("health", "กองสาธารณสุข", List.of(), true, false);

	static final DivisionDirectory PAO = SimpleDivisionDirectory.of(PAO_PALAD, PAO_STRATEGY, PAO_FINANCE, PAO_WORKS,
			PAO_EDUCATION, PAO_SUPPLIES, PAO_HEALTH);

	// เทศบาลตำบลคลองพน (seed 002): the five named divisions
	static final DivisionRef PALAD = new DivisionRef("palad", "สำนักปลัดเทศบาล",
			List.of("สำนักปลัด", "สำนักปลัดฯ", "สำนักปลัด ฯ"), true, false);

	static final DivisionRef FINANCE = new DivisionRef("finance", "กองคลัง", List.of(), true, false);

	static final DivisionRef WORKS = new DivisionRef("works", "กองช่าง", List.of(), true, false);

	static final DivisionRef EDUCATION = new DivisionRef("education", "กองการศึกษา", List.of("กองการศึกษาฯ"), false, false);

	static final DivisionRef HEALTH = new DivisionRef("health", "กองสาธารณสุขและสิ่งแวดล้อม", List.of("กองสาธารณสุขฯ"), true,
			false);

	static final DivisionDirectory MUNICIPALITY = SimpleDivisionDirectory.of(PALAD, FINANCE, WORKS, EDUCATION, HEALTH);

	// จังหวัดนครปฐม (seed 004): regional agencies, and one local body that is not regional
	static final DivisionRef PROVINCIAL_OFFICE = new DivisionRef("pvo", "สำนักงานจังหวัดนครปฐม", List.of(), true, true);

	static final DivisionRef ADMINISTRATION = new DivisionRef("dopa", "ที่ทำการปกครองจังหวัดนครปฐม", List.of(), true, true);

	static final DivisionRef PUBLIC_HEALTH = new DivisionRef("ppho", "สำนักงานสาธารณสุขจังหวัดนครปฐม", List.of(), true, true);

	static final DivisionRef SOCIAL = new DivisionRef("social", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดนครปฐม",
			List.of(), true, true);

	static final DivisionRef PAO_NAKHON_PATHOM = new DivisionRef("pao", "องค์การบริหารส่วนจังหวัดนครปฐม", List.of("อบจ.นครปฐม"),
			true, false);

	static final DivisionDirectory PROVINCE = SimpleDivisionDirectory.of(PROVINCIAL_OFFICE, ADMINISTRATION, PUBLIC_HEALTH,
			SOCIAL, PAO_NAKHON_PATHOM);

	/**
	 * A seed document from the shared folder beside the checkout. Read here rather than through
	 * {@code org.tidtam.support} so that the measures module's tests depend on no other module.
	 */
	static String seed(String name) {
		String configured = System.getProperty("tidtam.shared.dir");
		Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared");
		try {
			return Files.readString(dir.resolve("seeds").resolve(name), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// ---- seed 000: six measures, monthly meeting, a row continued across a page break ----

	@Test
	void seed000ImportsSixMeasuresFollowedUpAtTheMonthlyMeeting() {
		ImportPreview p = importer.parse(seed("000_5824c003a591cc03.txt"), PAO, FiscalYear.of(2565));

		assertThat(p.error()).isEmpty();
		assertThat(p.measures()).hasSize(6);
		assertThat(p.measures()).extracting(ParsedMeasure::number).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(p.measures()).extracting(ParsedMeasure::sourceLine).containsExactly(121, 122, 123, 124, 128, 129);
		assertThat(p.measures()).extracting(ParsedMeasure::cadence).containsOnly(new MonthlyMeeting());
		assertThat(p.measures()).extracting(ParsedMeasure::status).containsOnly(Status.UNKNOWN);
		assertThat(p.measures().get(0).title())
			.isEqualTo("มาตรการสร้างความเข้าใจในการรับรู้ข้อมูลข่าวสารหน่วยงานของบุคลากรภายในองค์กร");
		assertThat(p.measures().get(1).followUpText())
			.isEqualTo("การประกาศมาตรการต่างๆ และรายงานการดำเนินการในการประชุมประจำเดือน");
		assertThat(p.columnIndex()).isEqualTo(Map.of(Field.NUMBER, 0, Field.TITLE, 1, Field.STEPS, 2, Field.OWNERS, 3,
				Field.FOLLOW_UP, 4));
		assertThat(p.recognisedColumns()).containsExactly("ที่ → ลำดับ", "มาตรการ/แนวทาง → มาตรการ",
				"ขั้นตอนหรือวิธีการ → ขั้นตอน", "ผู้รับผิดชอบ → ผู้รับผิดชอบ", "การติดตามผล → การติดตาม");
		// the score and question tables earlier in the memo are not measures tables
		assertThat(p.warnings()).isEmpty();
		assertThat(p.unknownOwners()).isEmpty();
	}

	@Test
	void seed000OwnersExpandCollectivesAndMatchAbbreviations() {
		ImportPreview p = importer.parse(seed("000_5824c003a591cc03.txt"), PAO, FiscalYear.of(2565));
		Set<DivisionRef> all = Set.of(PAO_PALAD, PAO_STRATEGY, PAO_FINANCE, PAO_WORKS, PAO_EDUCATION, PAO_SUPPLIES, PAO_HEALTH);

		assertThat(p.measures().get(0).ownerTexts()).containsExactly("ทุกส่วน ราชการ");
		assertThat(p.measures().get(0).owners()).isEqualTo(all);
		assertThat(p.measures().get(1).ownerTexts()).containsExactly("สำนักปลัด ฯ");
		assertThat(p.measures().get(1).owners()).containsExactly(PAO_PALAD);
		// "สำนักปลัด ฯ นำข้อมูลเผยแพร่บนเว็บไซต์": the division and a remark about its duty, not an unknown owner
		assertThat(p.measures().get(5).ownerTexts()).containsExactly("ทุกส่วนราชการ", "สำนักปลัด ฯ นำข้อมูลเผยแพร่บนเว็บไซต์");
		assertThat(p.measures().get(5).owners()).isEqualTo(all);
	}

	@Test
	void seed000RowContinuedAfterThePageBreakIsMergedIntoMeasureFour() {
		ImportPreview p = importer.parse(seed("000_5824c003a591cc03.txt"), PAO, FiscalYear.of(2565));
		ParsedMeasure four = p.measures().get(3);

		assertThat(four.number()).isEqualTo(4);
		assertThat(four.steps()).hasSize(2);
		assertThat(four.steps().get(0)).startsWith("มีการประชาสัมพันธ์เกี่ยวกับระบบและขั้นตอนการให้บริการ");
		assertThat(four.steps().get(1)).isEqualTo("มีการนำเทคโนโลยีที่ทันสมัยมาใช้ในการปฏิบัติงาน");
		// "ทุกส่วน ราชการ" above the break and "ทุกส่วนราชการ" below it are one owner
		assertThat(four.ownerTexts()).containsExactly("ทุกส่วน ราชการ");
		assertThat(p.measures().get(4).title()).startsWith("มาตรการการสร้างการมีส่วนร่วมของผู้รับบริการ");
	}

	// ---- seed 002: three tables (IIT, EIT, OIT), several measures per row, done / not-done ----

	@Test
	void seed002ImportsTheMeasuresOfAllThreeTablesWithUniqueNumbers() {
		ImportPreview p = importer.parse(seed("002_5e50fbd9b7753f20.txt"), MUNICIPALITY, FiscalYear.of(2563));

		assertThat(p.error()).isEmpty();
		// IIT: ๑–๒, EIT: ๑–๓, OIT: ๑–๒, each table numbering from ๑ in the title cell
		assertThat(p.measures()).hasSize(7);
		assertThat(p.measures()).extracting(ParsedMeasure::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
		assertThat(p.measures()).extracting(ParsedMeasure::documentNumber).containsExactly(1, 2, 1, 2, 3, 1, 2);
		assertThat(p.measures()).extracting(ParsedMeasure::table).containsExactly(1, 1, 2, 2, 2, 3, 3);
		assertThat(p.measures()).extracting(ParsedMeasure::sourceLine).containsExactly(193, 193, 201, 201, 201, 209, 209);
		assertThat(p.measures()).extracting(ParsedMeasure::title)
			.containsExactly("มาตรการป้องกันความ ขัดแย้งทางผลประโยชน์หรือ ผลประโยชน์ทับซ้อน และ การให้หรือรับสินบน",
					"มาตรการป้องกันและ การปฏิบัติหน้าที่ตามคู่มือ ประชาชน",
					"มาตรการป้องกันความขัดแย้งทางผลประโยชน์หรือผลประโยชน์ทับซ้อน และการให้หรือรับสินบน",
					"มาตรการเปิดเผยและเข้าถึงข้อมูลของหน่วยงาน", "มาตรการป้องกันและเว้นการปฏิบัติหน้าที่ตามคู่มือประชาชน",
					"มาตรการในการจัดการ เรื่องร้องเรียนการทุจริต", "มาตรการเผยแพร่ข้อมูล ต่อสาธารณะ");
		assertThat(p.warnings()).filteredOn(w -> w.kind() == Kind.RENUMBERED)
			.extracting(ImportWarning::line)
			.containsExactly(201, 209);
	}

	@Test
	void seed002OwnersAreTheFiveNamedDivisionsAndTheCadenceIsTheYearEndReport() {
		ImportPreview p = importer.parse(seed("002_5e50fbd9b7753f20.txt"), MUNICIPALITY, FiscalYear.of(2563));

		for (ParsedMeasure m : p.measures()) {
			assertThat(m.owners()).containsExactly(PALAD, FINANCE, WORKS, EDUCATION, HEALTH);
			assertThat(m.cadence()).isEqualTo(new FiscalYearEnd(LocalDate.of(2020, 9, 30)));
		}
		// "กองสาธารณสุขและ สิ่งแวดล้อม": "และ" inside a name does not split it
		assertThat(p.measures().get(0).ownerTexts()).containsExactly("สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา",
				"กองสาธารณสุขและ สิ่งแวดล้อม");
		assertThat(p.measures().get(2).ownerTexts()).contains("กองการศึกษาฯ");
		assertThat(p.unknownOwners()).isEmpty();
	}

	@Test
	void seed002StatusComesFromTheDoneAndNotDoneColumns() {
		ImportPreview p = importer.parse(seed("002_5e50fbd9b7753f20.txt"), MUNICIPALITY, FiscalYear.of(2563));

		// IIT ticks √ and writes ยังไม่ได้ดำเนินการ on the same row: left to the coordinator, with a warning
		assertThat(p.measures()).extracting(ParsedMeasure::status)
			.containsExactly(Status.UNKNOWN, Status.UNKNOWN, Status.DONE, Status.DONE, Status.DONE, Status.NOT_DONE,
					Status.NOT_DONE);
		assertThat(p.warnings()).extracting(ImportWarning::kind, ImportWarning::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.CONFLICTING_STATUS, 193),
					org.assertj.core.groups.Tuple.tuple(Kind.RENUMBERED, 201),
					org.assertj.core.groups.Tuple.tuple(Kind.RENUMBERED, 209));
		assertThat(p.columnIndex()).containsEntry(Field.WEAKNESS, 0)
			.containsEntry(Field.STEPS, 1)
			.containsEntry(Field.TITLE, 2)
			.containsEntry(Field.OWNERS, 3)
			.containsEntry(Field.FOLLOW_UP, 4)
			.containsEntry(Field.STATUS_DONE, 5)
			.containsEntry(Field.STATUS_NOT_DONE, 5);
	}

	@Test
	void seed002StepsSplitOnItemNumbersOnlyAndTheOitRowContinuesOnTheNextPage() {
		ImportPreview p = importer.parse(seed("002_5e50fbd9b7753f20.txt"), MUNICIPALITY, FiscalYear.of(2563));

		assertThat(p.measures().get(0).steps()).hasSize(6);
		assertThat(p.measures().get(2).steps()).hasSize(5);
		// "พ.ศ. ๒๕๖๓ ๒. แจกเวียน…": the year stays in step 1, step 2 starts at "๒."
		assertThat(p.measures().get(2).steps().get(0)).endsWith("ประจำปีงบประมาณ พ.ศ. ๒๕๖๓");
		assertThat(p.measures().get(2).steps().get(1)).isEqualTo("แจกเวียนให้บุคลากรภายในรับทราบ");
		// line 210 has an empty title cell: it continues the OIT row (weakness ๒. and steps ๑.–๓.)
		ParsedMeasure oit = p.measures().get(5);
		assertThat(oit.steps()).hasSize(4);
		assertThat(oit.steps().get(0)).startsWith("ในความเป็นจริง").endsWith("โดย");
		assertThat(oit.steps().get(2)).isEqualTo("ปรับปรุงเว็บไซต์ ให้เป็นปัจจุบัน");
		assertThat(oit.weakness()).startsWith("๑. หน่วยงานต้องจัดทำ").contains("๒. ครัวจัดทำช่องทาง E-SERVICE");
	}

	// ---- seed 004: five measures, regional agencies, quarter 2, the table printed twice ----

	@Test
	void seed004ImportsFiveMeasuresForTheRegionalAgenciesDueInQuarterTwo() {
		ImportPreview p = importer.parse(seed("004_c2750870013411d4.txt"), PROVINCE, FiscalYear.of(2566));

		assertThat(p.error()).isEmpty();
		assertThat(p.measures()).hasSize(5);
		assertThat(p.measures()).extracting(ParsedMeasure::number).containsExactly(1, 2, 3, 4, 5);
		assertThat(p.measures()).extracting(ParsedMeasure::title)
			.containsExactly("การใช้ทรัพย์สินของราชการ", "การพัฒนาและปรับปรุงการดำเนินงานตามภารกิจ", "การเปิดเผยข้อมูล",
					"การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ปี พ.ศ. ๒๕๖๖", "การใช้งบประมาณ");
		assertThat(p.measures()).extracting(m -> m.steps().size()).containsExactly(3, 4, 2, 2, 2);
		assertThat(p.measures().get(4).steps()).containsExactly("จัดทำแผนการใช้งบประมาณประจำปี ๒๕๖๖",
				"เผยแพร่ประชาสัมพันธ์ให้บุคลากรได้รับรู้");
		for (ParsedMeasure m : p.measures()) {
			assertThat(m.ownerTexts()).containsExactly("ส่วนราชการส่วนภูมิภาค");
			assertThat(m.owners()).containsExactly(PROVINCIAL_OFFICE, ADMINISTRATION, PUBLIC_HEALTH, SOCIAL);
			assertThat(m.cadence()).isEqualTo(new WithinQuarter(2, LocalDate.of(2023, 3, 31)));
			assertThat(m.followUpText()).isEqualTo("รายงานผลการดำเนินงานภายในไตรมาสที่ ๒");
		}
	}

	@Test
	void seed004SecondCopyOfTheTableIsDroppedWithAWarning() {
		ImportPreview p = importer.parse(seed("004_c2750870013411d4.txt"), PROVINCE, FiscalYear.of(2566));

		assertThat(p.measures()).extracting(ParsedMeasure::sourceLine).containsExactly(8, 9, 10, 11, 12);
		assertThat(p.warnings()).singleElement().satisfies(w -> {
			assertThat(w.kind()).isEqualTo(Kind.DUPLICATE_TABLE);
			assertThat(w.line()).isEqualTo(82);
			assertThat(w.message()).isEqualTo("ตารางที่ 2 ซ้ำกับตารางที่ 1 (เอกสารพิมพ์ตารางเดิมซ้ำ) — ไม่นำเข้าซ้ำ");
		});
	}

	@Test
	void seed004SecondCopyAloneIsOneTableAcrossItsPageBreak() {
		List<String> lines = seed("004_c2750870013411d4.txt").lines().toList();
		String secondCopy = String.join("\n", lines.subList(76, lines.size())); // from "๖. มาตรการส่งเสริม…" (line 77)

		ImportPreview p = importer.parse(secondCopy, PROVINCE, FiscalYear.of(2566));

		// the header repeated on line 85 (9 here) after a blank line continues the same table
		assertThat(p.measures()).hasSize(5);
		assertThat(p.measures()).extracting(ParsedMeasure::table).containsOnly(1);
		assertThat(p.measures()).extracting(ParsedMeasure::sourceLine).containsExactly(6, 7, 10, 11, 12);
		assertThat(p.measures().get(4).followUpText()).isEqualTo("รายงานผลการดำเนินการภายในไตรมาสที่ ๒");
		assertThat(p.warnings()).isEmpty();
	}

	@Test
	void aSecondTableThatDiffersIsNotTakenForACopy() {
		String text = seed("004_c2750870013411d4.txt").replace("๕. การใช้งบประมาณ\t๑. จัดทำแผนการใช้งบประมาณประจำปี ๒๕๖๖ ๒. เผยแพร่ประชาสัมพันธ์ให้บุคลากรได้รับรู้\tส่วนราชการส่วนภูมิภาค\tรายงานผลการดำเนินการ",
				"๕. การใช้งบประมาณอย่างคุ้มค่า\t๑. จัดทำแผน\tส่วนราชการส่วนภูมิภาค\tรายงานผลการดำเนินการ");

		ImportPreview p = importer.parse(text, PROVINCE, FiscalYear.of(2566));

		assertThat(p.measures()).hasSize(10);
		assertThat(p.measures()).extracting(ParsedMeasure::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(p.measures().get(9).title()).isEqualTo("การใช้งบประมาณอย่างคุ้มค่า");
		assertThat(p.measures().get(9).documentNumber()).isEqualTo(5);
		assertThat(p.warnings()).extracting(ImportWarning::kind).containsExactly(Kind.RENUMBERED);
	}

	// ---- bad input: an error, never an exception ----

	@Test
	void emptyPasteIsAnError() {
		for (String empty : new String[] { "", "   ", "\n\t\n \u200B", null }) {
			ImportPreview p = importer.parse(empty, PAO, FiscalYear.of(2565));
			assertThat(p.error()).contains(MeasureTableImporter.EMPTY.thai());
			assertThat(p.measures()).isEmpty();
		}
		assertThat(importer.parseRows(List.of(List.of("", " ")), PAO, FiscalYear.of(2565)).error())
			.contains(MeasureTableImporter.EMPTY.thai());
	}

	@Test
	void oneColumnIsAnError() {
		String text = "ที่\nมาตรการ\nผู้รับผิดชอบ\n๑. การใช้ทรัพย์สินของราชการ\nกองคลัง\n";

		ImportPreview p = importer.parse(text, PAO, FiscalYear.of(2565));

		assertThat(p.error()).contains(MeasureTableImporter.ONE_COLUMN.thai());
		assertThat(p.error().get()).startsWith("พบข้อมูลเพียงคอลัมน์เดียว");
		assertThat(p.measures()).isEmpty();
	}

	@Test
	void fiveMegabytesOfTextAreRefused() {
		String header = "ที่\tมาตรการ\tขั้นตอนหรือวิธีการ\tผู้รับผิดชอบ\tการติดตามผล\n";
		String row = "๑\tมาตรการ\tจัดทำ\tกองคลัง\tทุกเดือน\n";
		String text = header + row.repeat(5 * 1024 * 1024 / row.length() / 3 + 1);
		assertThat(text.length()).isGreaterThan(600_000); // Thai characters are 3 bytes in UTF-8: over 5 MB

		ImportPreview p = importer.parse(text, PAO, FiscalYear.of(2565));

		assertThat(p.error()).contains(MeasureTableImporter.TOO_LONG.thai());
		assertThat(p.error().get()).startsWith("ข้อความยาวเกินไป");
		assertThat(p.measures()).isEmpty();
		assertThat(importer.parse("a\tb\n".repeat(2 * 1024 * 1024), PAO, FiscalYear.of(2565)).error())
			.contains(MeasureTableImporter.TOO_LONG.thai());
	}

	@Test
	void textWithoutAMeasuresHeaderIsAnError() {
		String text = "ประเด็นการประเมิน\tคะแนน\tประเด็นที่ควรพัฒนา\nE1 เจ้าหน้าที่…\t๘๖.๑๖\tกำชับการปฏิบัติงาน\n";

		ImportPreview p = importer.parse(text, PAO, FiscalYear.of(2565));

		assertThat(p.error()).contains(MeasureTableImporter.NO_HEADER.thai());
		assertThat(p.measures()).isEmpty();
	}

	@Test
	void htmlFromABrowserIsReadAsATable() {
		String html = """
				<html><body><p>มาตรการส่งเสริมคุณธรรม</p>
				<table border="1">
				<tr><th>ที่</th><th>มาตรการ/แนวทาง</th><th>ขั้นตอนหรือวิธีการ</th><th>ผู้รับผิดชอบ</th><th>การติดตามผล</th></tr>
				<tr><td>๑</td><td><b>การเปิดเผยข้อมูล</b> &amp; การสื่อสาร</td><td>๑. ปรับปรุงเว็บไซต์<br>๒. เผยแพร่ข้อมูล</td>
				<td>กองคลัง และกองช่าง</td><td>รายงานในการประชุมประจำเดือน</td></tr>
				<tr><td>๒</td><td>การใช้ทรัพย์สินของราชการ</td><td>- จัดทำแนวทาง<br>- แจ้งเวียน</td><td>สำนักปลัด&nbsp;ฯ</td>
				<td>ภายในไตรมาสที่ ๓</td></tr>
				</table></body></html>
				""";

		ImportPreview p = importer.parse(html, PAO, FiscalYear.of(2565));

		assertThat(p.error()).isEmpty();
		assertThat(p.measures()).hasSize(2);
		ParsedMeasure first = p.measures().get(0);
		assertThat(first.title()).isEqualTo("การเปิดเผยข้อมูล & การสื่อสาร");
		assertThat(first.steps()).containsExactly("ปรับปรุงเว็บไซต์", "เผยแพร่ข้อมูล");
		assertThat(first.owners()).containsExactly(PAO_FINANCE, PAO_WORKS);
		assertThat(first.cadence()).isEqualTo(new MonthlyMeeting());
		ParsedMeasure second = p.measures().get(1);
		assertThat(second.steps()).containsExactly("จัดทำแนวทาง", "แจ้งเวียน");
		assertThat(second.owners()).containsExactly(PAO_PALAD);
		assertThat(second.cadence()).isEqualTo(new WithinQuarter(3, LocalDate.of(2022, 6, 30)));
		assertThat(p.warnings()).isEmpty();
	}

	// ---- cells the importer cannot place ----

	@Test
	void unknownOwnersAreWarnedAndListed() {
		String text = """
				ที่\tมาตรการ\tผู้รับผิดชอบ\tการติดตามผล
				๑\tมาตรการจัดการเรื่องร้องเรียน\tกองคลัง, กองสวัสดิการสังคม\tทุกเดือน
				๒\tมาตรการเผยแพร่ข้อมูล\tกองสวัสดิการสังคมและกองแผนและงบประมาณ\tทุกเดือน
				""";

		ImportPreview p = importer.parse(text, MUNICIPALITY, FiscalYear.of(2566));

		assertThat(p.measures()).hasSize(2);
		assertThat(p.measures().get(0).owners()).containsExactly(FINANCE);
		assertThat(p.measures().get(0).ownerTexts()).containsExactly("กองคลัง", "กองสวัสดิการสังคม");
		assertThat(p.measures().get(1).owners()).isEmpty();
		assertThat(p.unknownOwners()).containsExactly("กองสวัสดิการสังคม", "กองแผนและงบประมาณ");
		assertThat(p.warnings()).extracting(ImportWarning::kind).containsOnly(Kind.UNKNOWN_DIVISION);
		assertThat(p.warnings()).hasSize(3);
		assertThat(p.warnings().get(0).line()).isEqualTo(2);
		assertThat(p.warnings().get(0).column()).isEqualTo("ผู้รับผิดชอบ");
		assertThat(p.warnings().get(0).message())
			.isEqualTo("ไม่พบส่วนราชการ “กองสวัสดิการสังคม” — สร้างใหม่ หรือจับคู่กับส่วนราชการที่มีอยู่");
	}

	@Test
	void unrecognisedCadenceIsKeptAsWrittenWithAWarning() {
		String text = """
				มาตรการ\tผู้รับผิดชอบ\tการกำกับติดตาม
				๑. การใช้งบประมาณ\tกองคลัง\tตามความเหมาะสม
				""";

		ImportPreview p = importer.parse(text, MUNICIPALITY, FiscalYear.of(2566));

		assertThat(p.measures()).singleElement().satisfies(m -> {
			assertThat(m.cadence()).isEqualTo(new Unrecognised("ตามความเหมาะสม"));
			assertThat(m.followUpText()).isEqualTo("ตามความเหมาะสม");
		});
		assertThat(p.warnings()).singleElement().satisfies(w -> {
			assertThat(w.kind()).isEqualTo(Kind.UNRECOGNISED_CADENCE);
			assertThat(w.line()).isEqualTo(2);
			assertThat(w.column()).isEqualTo("การกำกับติดตาม");
			assertThat(w.text()).isEqualTo("ตามความเหมาะสม");
			assertThat(w.message()).startsWith("อ่านรอบการติดตามผล “ตามความเหมาะสม” ไม่ออก");
		});
	}

	@Test
	void arabicDigitsAndShortThaiDates() {
		String text = """
				ที่\tมาตรการ\tขั้นตอนหรือวิธีการ\tผู้รับผิดชอบ\tการติดตามผล
				1\tมาตรการป้องกันผลประโยชน์ทับซ้อน\t1. จัดทำคู่มือ ปี 2566 2. อบรมบุคลากร\tสำนักปลัดฯ\tรายงานภายใน 30 มิ.ย. 66
				2.\tมาตรการเปิดเผยข้อมูล\t1) ปรับปรุงเว็บไซต์ 2) ตรวจสอบข้อมูล (ตัวชี้วัด 9.1)\tกองคลัง\tภายในวันที่ ๓๑ มีนาคม ๒๕๖๖
				""";

		ImportPreview p = importer.parse(text, MUNICIPALITY, FiscalYear.of(2566));

		assertThat(p.measures()).extracting(ParsedMeasure::number).containsExactly(1, 2);
		assertThat(p.measures().get(0).steps()).containsExactly("จัดทำคู่มือ ปี 2566", "อบรมบุคลากร");
		assertThat(p.measures().get(0).cadence()).isEqualTo(new ByDate(LocalDate.of(2023, 6, 30)));
		assertThat(p.measures().get(1).steps()).containsExactly("ปรับปรุงเว็บไซต์", "ตรวจสอบข้อมูล (ตัวชี้วัด 9.1)");
		assertThat(p.measures().get(1).cadence()).isEqualTo(new ByDate(LocalDate.of(2023, 3, 31)));
		assertThat(p.warnings()).isEmpty();
	}

	@Test
	void lastYearsTablePastedIntoTheNewPlanHasItsDatesMovedIntoTheNewYearAndSaysSo() {
		// the 2569 table reused for plan 2570: written as due in 2569, the measures would be due before
		// the plan begins, never reminded, and missing from the first day
		String text = """
				ที่\tมาตรการ\tผู้รับผิดชอบ\tการติดตามผล
				1\tมาตรการป้องกันผลประโยชน์ทับซ้อน\tสำนักปลัดฯ\tรายงานภายใน 31 มีนาคม 2569
				2\tมาตรการเปิดเผยข้อมูล\tกองคลัง\tภายในวันที่ ๑๕ ธ.ค. ๒๕๖๘
				3\tมาตรการลดขั้นตอนการให้บริการ\tกองคลัง\tภายใน 30 มิ.ย. 70
				""";

		ImportPreview p = importer.parse(text, MUNICIPALITY, FiscalYear.of(2570));

		assertThat(p.measures()).extracting(ParsedMeasure::cadence)
			.containsExactly(new ByDate(LocalDate.of(2027, 3, 31)), new ByDate(LocalDate.of(2026, 12, 15)),
					new ByDate(LocalDate.of(2027, 6, 30)));
		assertThat(p.warnings()).extracting(ImportWarning::kind)
			.containsExactly(ImportWarning.Kind.DATE_OUTSIDE_YEAR, ImportWarning.Kind.DATE_OUTSIDE_YEAR);
		assertThat(p.warnings().get(0).line()).isEqualTo(2);
		assertThat(p.warnings().get(0).message())
			.isEqualTo("วันที่ต้องรายงาน 31 มี.ค. 2569 อยู่นอกปีงบประมาณ 2570 ของแผนนี้ (ตารางของปีก่อน) — ใช้วันที่ 31 มี.ค. 2570 แทน ตรวจสอบก่อนยืนยัน");
		assertThat(p.warnings().get(1).message()).contains("15 ธ.ค. 2568").contains("15 ธ.ค. 2569");
	}

	@Test
	void csvWithQuotedMultiLineCells() {
		String csv = "\uFEFFลำดับ,มาตรการ,ขั้นตอน,ผู้รับผิดชอบ,การติดตามผล\r\n"
				+ "1,\"มาตรการ \"\"ไม่รับของขวัญ\"\", No Gift Policy\",\"1) ประกาศนโยบาย\n2) แจ้งเวียน\",\"กองคลัง\nกองช่าง\",ทุกเดือน\r\n"
				+ "2,มาตรการเปิดเผยข้อมูล,\"จัดทำแผน\nเผยแพร่แผน\",ทุกส่วนราชการที่มีงานให้บริการ,สิ้นปีงบประมาณ\r\n";

		List<List<String>> rows = CsvRows.parse(csv);
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1)).hasSize(5);
		assertThat(rows.get(1).get(1)).isEqualTo("มาตรการ \"ไม่รับของขวัญ\", No Gift Policy");

		ImportPreview p = importer.parseRows(rows, MUNICIPALITY, FiscalYear.of(2569));

		assertThat(p.error()).isEmpty();
		assertThat(p.measures()).hasSize(2);
		ParsedMeasure first = p.measures().get(0);
		assertThat(first.title()).isEqualTo("มาตรการ \"ไม่รับของขวัญ\", No Gift Policy");
		assertThat(first.steps()).containsExactly("ประกาศนโยบาย", "แจ้งเวียน");
		assertThat(first.ownerTexts()).containsExactly("กองคลัง", "กองช่าง");
		assertThat(first.owners()).containsExactly(FINANCE, WORKS);
		assertThat(first.sourceLine()).isEqualTo(2);
		ParsedMeasure second = p.measures().get(1);
		assertThat(second.steps()).containsExactly("จัดทำแผน", "เผยแพร่แผน");
		// servesPublic: สำนักปลัด, คลัง, ช่าง, สาธารณสุข; not การศึกษา
		assertThat(second.owners()).containsExactly(PALAD, FINANCE, WORKS, HEALTH);
		assertThat(second.cadence()).isEqualTo(new FiscalYearEnd(LocalDate.of(2026, 9, 30)));
	}

	@Test
	void aPasteFromASpreadsheetKeepsCellsWithLineBreaksTogether() {
		// Excel and Google Sheets quote a cell with line breaks when copying as text
		String text = "ที่\tมาตรการ\tขั้นตอนหรือวิธีการ\tผู้รับผิดชอบ\tการติดตามผล\r\n"
				+ "1\tมาตรการไม่รับของขวัญ\t\"1. ประกาศนโยบาย\r\n2. แจ้งเวียน\"\t\"กองคลัง\r\nกองช่าง\"\tทุกเดือน\r\n"
				+ "2\tมาตรการเปิดเผยข้อมูล\tปรับปรุงเว็บไซต์\tสำนักปลัดฯ\tสิ้นปีงบประมาณ\r\n";

		ImportPreview p = importer.parse(text, MUNICIPALITY, FiscalYear.of(2569));

		assertThat(p.measures()).hasSize(2);
		assertThat(p.measures().get(0).steps()).containsExactly("ประกาศนโยบาย", "แจ้งเวียน");
		assertThat(p.measures().get(0).owners()).containsExactly(FINANCE, WORKS);
		assertThat(p.measures()).extracting(ParsedMeasure::sourceLine).containsExactly(2, 5); // row 1 spans lines 2–4
		assertThat(p.warnings()).isEmpty();
	}

	@Test
	void aTableInAShapeNotSeenBefore() {
		// indicator first, "ลำดับ" without dots, owners before the title, steps with "1)", a budget column the
		// importer does not know, separate done / not-done columns ticked with ✓ and "/", a merged indicator cell
		String text = """
				**แผนการดำเนินงานตามมาตรการ ปีงบประมาณ พ.ศ. ๒๕๖๙**

				ตัวชี้วัด\tลำดับ\tหน่วยงานที่รับผิดชอบ\tแนวทาง/มาตรการ\tวิธีดำเนินการ\tงบประมาณ\tระยะเวลา/การติดตามผล\tดำเนินการแล้ว\tยังไม่ดำเนินการ\tหมายเหตุ
				i1 การปฏิบัติหน้าที่\t1\tกองช่าง กองคลัง\tลดขั้นตอนการขออนุญาตก่อสร้าง\t1) ทบทวนคู่มือ 2) ประกาศระยะเวลาให้บริการ 3) สำรวจความพึงพอใจ\t20,000\tภายในไตรมาสที่ 3\t✓\t\t
				\t2\tทุกส่วนราชการที่มีงานให้บริการ\tเปิดช่องทาง LINE รับเรื่องร้องเรียน\t1) สร้างบัญชี LINE OA 2) ประชาสัมพันธ์\t\tรายงานทุกเดือน\t\t/\tเริ่มเดือนมกราคม
				""";

		ImportPreview p = importer.parse(text, MUNICIPALITY, FiscalYear.of(2569));

		assertThat(p.error()).isEmpty();
		assertThat(p.columnIndex()).isEqualTo(Map.of(Field.INDICATOR, 0, Field.NUMBER, 1, Field.OWNERS, 2, Field.TITLE, 3,
				Field.STEPS, 4, Field.FOLLOW_UP, 6, Field.STATUS_DONE, 7, Field.STATUS_NOT_DONE, 8, Field.NOTES, 9));
		assertThat(p.recognisedColumns()).contains("งบประมาณ → ไม่ใช้", "แนวทาง/มาตรการ → มาตรการ");
		assertThat(p.measures()).hasSize(2);
		ParsedMeasure first = p.measures().get(0);
		assertThat(first.number()).isEqualTo(1);
		assertThat(first.indicator()).isEqualTo("i1 การปฏิบัติหน้าที่");
		assertThat(first.title()).isEqualTo("ลดขั้นตอนการขออนุญาตก่อสร้าง");
		assertThat(first.steps()).containsExactly("ทบทวนคู่มือ", "ประกาศระยะเวลาให้บริการ", "สำรวจความพึงพอใจ");
		assertThat(first.owners()).containsExactly(FINANCE, WORKS);
		assertThat(first.cadence()).isEqualTo(new WithinQuarter(3, LocalDate.of(2026, 6, 30)));
		assertThat(first.status()).isEqualTo(Status.DONE);
		assertThat(first.notes()).isEqualTo("งบประมาณ: 20,000");
		ParsedMeasure second = p.measures().get(1);
		assertThat(second.number()).isEqualTo(2);
		assertThat(second.indicator()).isEqualTo("i1 การปฏิบัติหน้าที่"); // merged cell: empty below the first row
		assertThat(second.owners()).containsExactly(PALAD, FINANCE, WORKS, HEALTH);
		assertThat(second.cadence()).isEqualTo(new MonthlyMeeting());
		assertThat(second.status()).isEqualTo(Status.NOT_DONE);
		assertThat(second.notes()).isEqualTo("เริ่มเดือนมกราคม");
		assertThat(p.warnings()).isEmpty();
	}

	@Test
	void anIndicatorOnARowOfItsOwnHeadsTheMeasuresBelowIt() {
		// the 2567 report shape: one indicator, then its measures with the indicator cell left empty
		String text = """
				ตัวชี้วัด\tมาตรการหรือกิจกรรม\tส่วนงานที่รับผิดชอบ\tการติดตามผล
				ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\t\t\t
				\tมาตรการลดขั้นตอน\tกองช่าง\tทุกเดือน
				\tมาตรการให้บริการอย่างเท่าเทียม\tกองคลัง\tทุกเดือน
				ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\t\t\t
				\tมาตรการเผยแพร่ข้อมูลบนเว็บไซต์\tสำนักปลัดฯ\tทุกเดือน
				""";

		ImportPreview p = importer.parse(text, MUNICIPALITY, FiscalYear.of(2567));

		assertThat(p.measures()).extracting(ParsedMeasure::number).containsExactly(1, 2, 3);
		assertThat(p.measures()).extracting(ParsedMeasure::indicator)
			.containsExactly("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล");
		assertThat(p.measures()).extracting(ParsedMeasure::title)
			.containsExactly("มาตรการลดขั้นตอน", "มาตรการให้บริการอย่างเท่าเทียม", "มาตรการเผยแพร่ข้อมูลบนเว็บไซต์");
		assertThat(p.warnings()).isEmpty();
	}

	@Test
	void aDataRowWithHeaderWordsInItIsStillData() {
		String text = """
				มาตรการ\tขั้นตอนหรือวิธีการ\tผู้รับผิดชอบ\tการติดตามผล
				มาตรการลดขั้นตอนการอนุญาต\tทบทวนขั้นตอนการให้บริการ\tกองช่าง\tทุกเดือน
				มาตรการป้องกันการทุจริต\tจัดทำคู่มือ\tกองคลัง\tทุกเดือน
				""";

		ImportPreview p = importer.parse(text, MUNICIPALITY, FiscalYear.of(2566));

		assertThat(p.measures()).extracting(ParsedMeasure::title)
			.containsExactly("มาตรการลดขั้นตอนการอนุญาต", "มาตรการป้องกันการทุจริต");
		assertThat(p.measures()).extracting(ParsedMeasure::number).containsExactly(1, 2);
	}

	@Test
	void missingTitleExtraCellsAndALineInsideTheTableAreWarned() {
		String text = """
				ที่\tมาตรการ\tผู้รับผิดชอบ\tการติดตามผล
				๑\tมาตรการเผยแพร่ข้อมูล\tกองคลัง\tทุกเดือน\tข้อความเกิน
				หมายเหตุ: ข้อความที่หลุดออกมาจากตาราง
				๒\t\tกองช่าง\tทุกเดือน
				""";

		ImportPreview p = importer.parse(text, MUNICIPALITY, FiscalYear.of(2566));

		assertThat(p.measures()).hasSize(2);
		assertThat(p.measures().get(1).title()).isEmpty();
		assertThat(p.warnings()).extracting(ImportWarning::kind, ImportWarning::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.EXTRA_CELLS, 2),
					org.assertj.core.groups.Tuple.tuple(Kind.SKIPPED_LINE, 3),
					org.assertj.core.groups.Tuple.tuple(Kind.MISSING_TITLE, 4));
	}

	@Test
	void aCollectiveWithNoFlaggedDivisionIsWarned() {
		String text = "มาตรการ\tผู้รับผิดชอบ\tการติดตามผล\n๑. มาตรการ\tส่วนราชการส่วนภูมิภาค\tทุกเดือน\n";

		ImportPreview p = importer.parse(text, MUNICIPALITY, FiscalYear.of(2566));

		assertThat(p.measures().get(0).owners()).isEmpty();
		assertThat(p.warnings()).extracting(ImportWarning::kind).containsExactly(Kind.EMPTY_COLLECTIVE);
	}

}
