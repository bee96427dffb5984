package org.tidtam.measures.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tidtam.measures.importing.Cadence;
import org.tidtam.shared.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pure: presets, indicators with sub-items, and cadences mapped from the importer to due dates. */
class IndicatorAndCadenceTests {

	@Test
	void presetsAreFoundByIdAndUnknownOnesAreNot() {
		assertThat(IndicatorPresets.find(IndicatorPresets.PRESET_2562_2565).orElseThrow().indicators()).hasSize(10);
		assertThat(IndicatorPresets.find(IndicatorPresets.CUSTOM).orElseThrow().indicators()).isEmpty();
		assertThat(IndicatorPresets.find("PRESET_2590")).isEmpty();
	}

	@Test
	void anIndicatorNeedsACodeAndMayHoldSubItems() {
		Indicator heading = new Indicator("1", "การปฏิบัติหน้าที่", null,
				List.of(Indicator.of("i1", "ก", "IIT"), Indicator.of("i2", "ข", "IIT")));

		assertThat(heading.subItems()).extracting(Indicator::code).containsExactly("i1", "i2");
		assertThat(Indicator.of("9", "การเปิดเผยข้อมูล", "OIT").subItems()).isEmpty();
		assertThatThrownBy(() -> Indicator.of(" ", "x", "OIT")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void importerCadencesMapToStoredCadencesAndDueDatesOfTheFiscalYear() {
		FiscalYear fy2566 = FiscalYear.of(2566);

		assertThat(MeasureCadence.from(new Cadence.WithinQuarter(2, LocalDate.of(2023, 3, 31))).dueOn(fy2566))
			.isEqualTo(LocalDate.of(2023, 3, 31));
		assertThat(MeasureCadence.withinQuarter(1).dueOn(fy2566)).isEqualTo(LocalDate.of(2022, 12, 31));
		assertThat(MeasureCadence.from(new Cadence.FiscalYearEnd(LocalDate.of(2023, 9, 30))).dueOn(fy2566))
			.isEqualTo(LocalDate.of(2023, 9, 30));
		assertThat(MeasureCadence.from(new Cadence.MonthlyMeeting())).isEqualTo(MeasureCadence.monthlyMeeting());
		assertThat(MeasureCadence.monthlyMeeting().dueOn(fy2566)).isEqualTo(LocalDate.of(2023, 9, 30));
		assertThat(MeasureCadence.from(new Cadence.ByDate(LocalDate.of(2023, 6, 30))).dueOn(fy2566))
			.isEqualTo(LocalDate.of(2023, 6, 30));
		assertThat(MeasureCadence.from(new Cadence.Unrecognised("ตามความเหมาะสม"))).isNull();
		assertThatThrownBy(() -> MeasureCadence.withinQuarter(5)).isInstanceOf(IllegalArgumentException.class);
	}

}
