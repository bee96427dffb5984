package org.tidtam.measures.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.tidtam.shared.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Indicator sets as stored data: presets, edits, headings with sub-items, a copy for the next year. */
class IndicatorSetServiceIntegrationTests extends PlanStoreTestContext {

	@Test
	void thePreset2562To2565HasTheTenIndicatorsOfItsThreeInstruments() {
		IndicatorSet set = this.indicatorSets.createFromPreset(IndicatorPresets.PRESET_2562_2565, FY2566);

		IndicatorSet stored = this.indicatorSets.find(set.getId()).orElseThrow();
		assertThat(stored.getFiscalYear()).isEqualTo(FY2566);
		assertThat(stored.getIndicators()).extracting(Indicator::code)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
		assertThat(stored.getIndicators()).extracting(Indicator::instrument)
			.containsExactly("IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT");
		assertThat(stored.getIndicators().get(3).name()).isEqualTo("การใช้ทรัพย์สินของราชการ");
		assertThat(stored.getIndicators().get(9).name()).isEqualTo("การป้องกันการทุจริต");
	}

	@Test
	void aCustomSetStartsEmptyAndTakesHeadingsWithSubItems() {
		IndicatorSet set = this.indicatorSets.createFromPreset(IndicatorPresets.CUSTOM, FiscalYear.of(2567));
		assertThat(set.getIndicators()).isEmpty();

		this.indicatorSets.addIndicator(set.getId(), null, new Indicator("H1", "การปฏิบัติหน้าที่", null, List.of()));
		for (int i = 1; i <= 15; i++) {
			this.indicatorSets.addIndicator(set.getId(), "H1", Indicator.of("i" + i, "ข้อคำถาม i" + i, Indicator.IIT));
		}
		this.indicatorSets.addIndicator(set.getId(), null, new Indicator("H2", "คุณภาพการดำเนินงาน", "EIT",
				List.of(Indicator.of("e1", "ข้อคำถาม e1", "EIT"))));
		this.indicatorSets.addIndicator(set.getId(), "H2", Indicator.of("e2", "ข้อคำถาม e2", "EIT"));
		this.indicatorSets.rename(set.getId(), "i3", "การใช้ทรัพย์สิน");

		IndicatorSet stored = this.indicatorSets.find(set.getId()).orElseThrow();
		assertThat(stored.getIndicators()).extracting(Indicator::code).containsExactly("H1", "H2");
		assertThat(stored.getIndicators().get(0).subItems()).hasSize(15);
		assertThat(stored.getIndicators().get(0).subItems().get(2).name()).isEqualTo("การใช้ทรัพย์สิน");
		assertThat(stored.getIndicators().get(1).subItems()).extracting(Indicator::code).containsExactly("e1", "e2");

		assertThatThrownBy(() -> this.indicatorSets.addIndicator(set.getId(), "H2", Indicator.of("i7", "ซ้ำ", "EIT")))
			.isInstanceOf(IllegalArgumentException.class);
		this.indicatorSets.remove(set.getId(), "H1");
		assertThat(this.indicatorSets.find(set.getId()).orElseThrow().getIndicators()).extracting(Indicator::code)
			.containsExactly("H2");
	}

	@Test
	void aCopyForTheNextYearIsEditedWithoutTouchingTheOriginal() {
		IndicatorSet original = this.indicatorSets.createFromPreset(IndicatorPresets.PRESET_2562_2565, FY2566);

		IndicatorSet copy = this.indicatorSets.copyToYear(original.getId(), FY2566.next());
		this.indicatorSets.rename(copy.getId(), "8", "การปรับปรุงระบบการทำงาน");
		this.indicatorSets.remove(copy.getId(), "10");

		assertThat(copy.getId()).isNotEqualTo(original.getId());
		assertThat(this.indicatorSets.find(copy.getId()).orElseThrow().getFiscalYear()).isEqualTo(FiscalYear.of(2567));
		assertThat(this.indicatorSets.find(copy.getId()).orElseThrow().getIndicators()).hasSize(9);
		IndicatorSet untouched = this.indicatorSets.find(original.getId()).orElseThrow();
		assertThat(untouched.getIndicators()).hasSize(10);
		assertThat(untouched.getIndicators().get(7).name()).isEqualTo("การปรับปรุงการทำงาน");
	}

	@Test
	void aReusableSetHasNoYear() {
		IndicatorSet set = this.indicatorSets.createFromPreset(IndicatorPresets.PRESET_2562_2565, null);

		assertThat(this.indicatorSets.find(set.getId()).orElseThrow().getFiscalYear()).isNull();
	}

}
