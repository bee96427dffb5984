package org.tidtam.measures.organisation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.tidtam.measures.importing.DivisionDirectory;
import org.tidtam.measures.importing.DivisionRef;
import org.tidtam.measures.importing.ImportPreview;
import org.tidtam.measures.importing.MeasureTableImporter;
import org.tidtam.shared.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class MongoDivisionDirectoryTests extends OrganisationStoreTestSupport {

	@Autowired
	DivisionService divisions;

	@Autowired
	DivisionDirectory directory;

	@Test
	void theAppsDirectoryIsTheStoredOne() {
		assertThat(this.directory).isInstanceOf(MongoDivisionDirectory.class);
	}

	@Test
	void matchesPastedOwnerNamesAgainstStoredDivisions() {
		this.divisions.createDefaults(OrganisationKind.MUNICIPALITY);
		assertThat(this.directory.match("สำนักปลัด ฯ")).map(DivisionRef::name).contains("สำนักปลัดเทศบาล");
		assertThat(this.directory.match("สำนักปลัดฯ")).map(DivisionRef::name).contains("สำนักปลัดเทศบาล");
		assertThat(this.directory.match(" กองการศึกษาฯ ")).map(DivisionRef::name).contains("กองการศึกษา");
		assertThat(this.directory.match("คลัง")).map(DivisionRef::name).contains("กองคลัง");
		assertThat(this.directory.match("กองสวัสดิการสังคม")).isEmpty();
	}

	@Test
	void aShortNameMatchesToo() {
		Division d = this.divisions.create("กองยุทธศาสตร์และงบประมาณ", "กยผ.", List.of(), false, false);
		assertThat(this.directory.match("กยผ")).map(DivisionRef::id).contains(d.getId());
	}

	@Test
	void inactiveDivisionsAreNotOffered() {
		Division works = this.divisions.create("กองช่าง", null, List.of(), true, false);
		this.divisions.deactivate(works.getId());
		assertThat(this.directory.match("กองช่าง")).isEmpty();
		assertThat(this.directory.all()).isEmpty();
	}

	@Test
	void collectivesExpandToTheFlaggedDivisions() {
		this.divisions.create("สำนักปลัดเทศบาล", null, List.of("สำนักปลัด"), true, false);
		this.divisions.create("กองคลัง", null, List.of(), false, false);
		this.divisions.create("กองช่าง", null, List.of(), true, false);
		this.divisions.create("สำนักงานเกษตรจังหวัด", null, List.of(), true, true);

		assertThat(this.directory.expandCollective("ทุกส่วนราชการ")).extracting(DivisionRef::name)
			.containsExactly("สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "สำนักงานเกษตรจังหวัด");
		assertThat(this.directory.expandCollective("ทุกส่วนราชการที่มีงานให้บริการ")).extracting(DivisionRef::name)
			.containsExactly("สำนักปลัดเทศบาล", "กองช่าง", "สำนักงานเกษตรจังหวัด");
		assertThat(this.directory.expandCollective("ส่วนราชการส่วนภูมิภาค")).extracting(DivisionRef::name)
			.containsExactly("สำนักงานเกษตรจังหวัด");
		assertThat(this.directory.expandCollective("กองช่าง")).isEmpty();
	}

	@Test
	void aWholeTableIsMatchedAgainstOneReadOfTheDivisions() {
		DivisionService stored = mock(DivisionService.class);
		when(stored.active()).thenReturn(List.of(new Division("สำนักปลัดเทศบาล", null, List.of("สำนักปลัด"), true, false),
				new Division("กองคลัง", null, List.of(), true, false), new Division("กองช่าง", null, List.of(), true, false)));
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("ลำดับ", "มาตรการ", "ผู้รับผิดชอบ", "การกำกับติดตาม"));
		for (int i = 1; i <= 200; i++) {
			rows.add(List.of(String.valueOf(i), "มาตรการที่ " + i, i % 2 == 0 ? "กองคลัง, กองช่าง" : "ทุกส่วนราชการ",
					"รายงานผลภายในไตรมาสที่ ๒"));
		}

		ImportPreview preview = new MeasureTableImporter().parseRows(rows, new MongoDivisionDirectory(stored), FiscalYear.of(2567));

		assertThat(preview.measures()).hasSize(200);
		assertThat(preview.measures().get(1).owners()).extracting(DivisionRef::name).containsExactly("กองคลัง", "กองช่าง");
		assertThat(preview.measures().get(0).owners()).hasSize(3);
		verify(stored, times(1)).active(); // not several store reads per row
	}

}
