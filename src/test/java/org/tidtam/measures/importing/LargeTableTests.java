package org.tidtam.measures.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.measures.importing.MeasureTableImporterTests.FINANCE;
import static org.tidtam.measures.importing.MeasureTableImporterTests.MUNICIPALITY;
import static org.tidtam.measures.importing.MeasureTableImporterTests.WORKS;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.tidtam.measures.importing.ImportWarning.Kind;
import org.tidtam.shared.FiscalYear;

/**
 * Tables far longer than a real plan (30–150 rows): what the importer makes of thousands of rows or
 * tables, read in one pass each (the results are checked here, never the time).
 */
class LargeTableTests {

	private final MeasureTableImporter importer = new MeasureTableImporter();

	private static final List<String> HEADER = List.of("ลำดับ", "มาตรการ", "ขั้นตอนหรือวิธีการ", "ผู้รับผิดชอบ", "การกำกับติดตาม");

	@Test
	void aMeasureContinuedOverThousandsOfRowsKeepsEachPieceOnceInOrder() {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		rows.add(List.of("1", "มาตรการเปิดเผยข้อมูล", "๑. เริ่ม", "กองคลัง", "รายงานผลภายในไตรมาสที่ ๒"));
		for (int i = 1; i <= 3000; i++) {
			String owner = i % 3 == 0 ? "กองคลัง" : i % 3 == 1 ? "กองช่าง" : "กองใหม่ที่ " + (i % 150);
			rows.add(List.of("", i % 1000 == 0 ? "ต่อ" : "", "ต่อ " + i, owner, "รายงานผลภายในไตรมาสที่ ๒"));
		}

		ImportPreview p = importer.parseRows(rows, MUNICIPALITY, FiscalYear.of(2567));

		assertThat(p.error()).isEmpty();
		assertThat(p.measures()).singleElement().satisfies(m -> {
			assertThat(m.title()).isEqualTo("มาตรการเปิดเผยข้อมูล ต่อ");
			// every row's step goes on from the one before: a page break cut it
			assertThat(m.steps()).containsExactly("เริ่ม " + String.join(" ", IntStream.rangeClosed(1, 3000).mapToObj(i -> "ต่อ " + i).toList()));
			assertThat(m.owners()).containsExactly(FINANCE, WORKS);
			assertThat(m.followUpText()).isEqualTo("รายงานผลภายในไตรมาสที่ ๒");
		});
		List<String> expectedUnknown = new ArrayList<>();
		for (int i = 1; i <= 3000; i++) {
			String name = "กองใหม่ที่ " + (i % 150);
			if (i % 3 == 2 && !expectedUnknown.contains(name)) {
				expectedUnknown.add(name);
			}
		}
		assertThat(p.unknownOwners()).hasSize(50).containsExactlyElementsOf(expectedUnknown);
		assertThat(p.warnings()).filteredOn(w -> w.kind() == Kind.UNKNOWN_DIVISION).hasSize(50);
	}

	@Test
	void hundredsOfSmallTablesKeepTheirMeasuresAndDropOnlyTheirCopies() {
		List<List<String>> rows = new ArrayList<>();
		for (int t = 1; t <= 400; t++) {
			int measure = t <= 300 ? t : t - 300; // tables 301–400 print tables 1–100 again
			rows.add(List.of("ตารางที่ " + t));
			rows.add(HEADER);
			rows.add(List.of("1", "มาตรการที่ " + measure, "จัดทำ", "กองคลัง", "ทุกเดือน"));
		}

		ImportPreview p = importer.parseRows(rows, MUNICIPALITY, FiscalYear.of(2567));

		assertThat(p.measures()).extracting(ParsedMeasure::title)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 300).mapToObj(i -> "มาตรการที่ " + i).toList());
		assertThat(p.measures()).extracting(ParsedMeasure::number)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 300).boxed().toList());
		List<String> duplicates = p.warnings().stream().filter(w -> w.kind() == Kind.DUPLICATE_TABLE).map(ImportWarning::message).toList();
		assertThat(duplicates).hasSize(100)
			.first()
			.isEqualTo("ตารางที่ 301 ซ้ำกับตารางที่ 1 (เอกสารพิมพ์ตารางเดิมซ้ำ) — ไม่นำเข้าซ้ำ");
		assertThat(duplicates).last().isEqualTo("ตารางที่ 400 ซ้ำกับตารางที่ 100 (เอกสารพิมพ์ตารางเดิมซ้ำ) — ไม่นำเข้าซ้ำ");
	}

	@Test
	void aCopyIsMatchedWithTheFirstTableHoldingAllItsMeasures() {
		List<List<String>> rows = new ArrayList<>();
		String[][] tables = { { "ก" }, { "ก", "ข" }, { "ข", "ก" }, { "ก", "ข", "ค" } };
		for (String[] measures : tables) {
			rows.add(List.of("หมายเหตุ"));
			rows.add(HEADER);
			for (String m : measures) {
				rows.add(List.of("1", "มาตรการ" + m, "จัดทำ", "กองคลัง", "ทุกเดือน"));
			}
		}

		ImportPreview p = importer.parseRows(rows, MUNICIPALITY, FiscalYear.of(2567));

		// table 3 is table 2 in another order (its first measure is not table 2's first); table 4 adds ค
		assertThat(p.warnings()).filteredOn(w -> w.kind() == Kind.DUPLICATE_TABLE)
			.extracting(ImportWarning::message)
			.containsExactly("ตารางที่ 3 ซ้ำกับตารางที่ 2 (เอกสารพิมพ์ตารางเดิมซ้ำ) — ไม่นำเข้าซ้ำ");
	}

	// ---- too big for a plan: refused with the limit named ----

	private static List<List<String>> measures(int count) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		for (int i = 1; i <= count; i++) {
			rows.add(List.of(String.valueOf(i), "มาตรการที่ " + i, "จัดทำ", i % 2 == 0 ? "กองคลัง" : "กองช่าง", "ทุกเดือน"));
		}
		return rows;
	}

	@Test
	void aThousandMeasuresAreReadAndOneMoreIsRefusedNamingTheLimit() {
		ImportPreview atTheLimit = importer.parseRows(measures(1000), MUNICIPALITY, FiscalYear.of(2567));

		assertThat(atTheLimit.error()).isEmpty();
		assertThat(atTheLimit.measures()).extracting(ParsedMeasure::number)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 1000).boxed().toList());
		assertThat(atTheLimit.warnings()).isEmpty(); // "1000" is read as 1000, not as a second 100

		ImportPreview over = importer.parseRows(measures(1001), MUNICIPALITY, FiscalYear.of(2567));

		assertThat(over.exceeded()).contains(ImportLimit.MEASURES);
		assertThat(over.error()).contains(ImportLimit.MEASURES.thai());
		assertThat(over.error().get()).startsWith("ตารางนี้มีมาตรการเกิน 1,000 รายการ");
		assertThat(over.measures()).isEmpty();
		assertThat(over.warnings()).isEmpty();
	}

	@Test
	void aTablePrintedTwiceCountsOnceTowardsTheLimit() {
		List<List<String>> rows = new ArrayList<>(measures(600));
		rows.add(List.of("(สำเนา)"));
		rows.addAll(measures(600));

		ImportPreview p = importer.parseRows(rows, MUNICIPALITY, FiscalYear.of(2567));

		assertThat(p.error()).isEmpty();
		assertThat(p.measures()).hasSize(600);
	}

	@Test
	void aTableOfMoreRowsThanAnyPlanIsRefusedBeforeItIsRead() {
		List<List<String>> rows = new ArrayList<>(measures(1));
		for (int i = 0; i < ImportLimit.TABLE_ROWS.max(); i++) {
			rows.add(List.of("", "", "- ขั้นตอน " + i, "", ""));
		}

		ImportPreview p = importer.parseRows(rows, MUNICIPALITY, FiscalYear.of(2567));

		assertThat(p.exceeded()).contains(ImportLimit.TABLE_ROWS);
		assertThat(p.error().get()).startsWith("ตารางมาตรการยาวเกิน 5,000 แถว");
		assertThat(importer.parseRows(rows.subList(0, rows.size() - 1), MUNICIPALITY, FiscalYear.of(2567)).measures())
			.singleElement()
			.satisfies(m -> assertThat(m.steps()).hasSize(5000));
	}

	@Test
	void moreUnknownOwnersThanAnOrganisationHasDivisionsAreRefused() {
		String owners = String.join(", ", IntStream.rangeClosed(1, 201).mapToObj(i -> "กองที่ " + i).toList());
		List<List<String>> rows = List.of(HEADER, List.of("1", "มาตรการ", "จัดทำ", owners, "ทุกเดือน"));

		ImportPreview p = importer.parseRows(rows, MUNICIPALITY, FiscalYear.of(2567));

		assertThat(p.exceeded()).contains(ImportLimit.UNKNOWN_OWNERS);
		assertThat(p.error().get()).startsWith("พบผู้รับผิดชอบที่ไม่ตรงกับส่วนราชการใดเกิน 200 ชื่อ");
		assertThat(p.unknownOwners()).isEmpty();
	}

	// ---- patterns that must not backtrack over a long paste ----

	private static final String HTML_TABLE = "<table><tr><th>ที่</th><th>มาตรการ</th><th>ผู้รับผิดชอบ</th><th>การติดตามผล</th></tr>"
			+ "<tr><td>๑</td><td>การเปิดเผยข้อมูล</td><td>กองคลัง</td><td>ทุกเดือน</td></tr>"
			+ "<tr><td>๒</td><td>การใช้ทรัพย์สินของราชการ</td><td>กองช่าง</td><td>ทุกเดือน</td></tr></table>";

	@Test
	void commentsAndScriptsThatNeverCloseLeaveTheTableAfterThemReadable() {
		for (String stray : List.of("<!-- ", "<script ", "<STYLE a ")) {
			ImportPreview p = importer.parse(stray.repeat(100_000) + HTML_TABLE, MUNICIPALITY, FiscalYear.of(2567));

			assertThat(p.measures()).as(stray).extracting(ParsedMeasure::title)
				.containsExactly("การเปิดเผยข้อมูล", "การใช้ทรัพย์สินของราชการ");
		}
		String closed = "<!-- a --><script>var x = '<tr><td>';</script><style>td { }</STYLE >";
		assertThat(importer.parse(closed.repeat(20_000) + HTML_TABLE, MUNICIPALITY, FiscalYear.of(2567)).measures()).hasSize(2);
	}

	@Test
	void rowAndCellTagsThatNeverCloseAreNotRows() {
		for (String stray : List.of("<tr ", "<td ", "<br ", "< ")) {
			ImportPreview p = importer.parse(HTML_TABLE + stray.repeat(200_000), MUNICIPALITY, FiscalYear.of(2567));

			assertThat(p.measures()).as(stray).extracting(ParsedMeasure::title)
				.containsExactly("การเปิดเผยข้อมูล", "การใช้ทรัพย์สินของราชการ");
		}
	}

	@Test
	void aCellOfADashAndThousandsOfLineBreaksIsNotTakenForAPageNumber() {
		List<List<String>> rows = List.of(HEADER, List.of("1", "มาตรการเปิดเผยข้อมูล", "จัดทำ", "กองคลัง", "ทุกเดือน"),
				List.of("", "", "", "", "-" + "\n".repeat(100_000) + "หน้า"), List.of("- 2 -"),
				List.of("2", "มาตรการใช้ทรัพย์สิน", "จัดทำ", "กองช่าง", "ทุกเดือน"));

		ImportPreview p = importer.parseRows(rows, MUNICIPALITY, FiscalYear.of(2567));

		assertThat(p.measures()).extracting(ParsedMeasure::title).containsExactly("มาตรการเปิดเผยข้อมูล", "มาตรการใช้ทรัพย์สิน");
		assertThat(p.measures().get(0).followUpText()).startsWith("ทุกเดือน -\n").endsWith("\nหน้า");
		assertThat(p.warnings()).isEmpty(); // "- 2 -" is a page number, skipped without a word
	}

}
