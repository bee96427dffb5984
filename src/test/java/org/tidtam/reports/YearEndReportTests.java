package org.tidtam.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.plan.IndicatorSet;
import org.tidtam.measures.plan.IndicatorSetService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureForm;
import org.tidtam.progress.ProgressStatus;
import org.tidtam.shared.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The year-end table and the quarter report on the fixture year. */
class YearEndReportTests extends ReportsFixture {

	@Autowired
	YearEndReportService yearEnd;

	@Test
	void whatWasDoneIsTheDistinctReportedTextsInOrderWithThaiDatesAndTheDivisionWhenSeveralReport() {
		buildYear();
		// a repeated text is said once, at its first date
		report(this.monthly, this.klang, LocalDateTime.of(2026, 2, 3, 9, 0), ProgressStatus.IN_PROGRESS, 70,
				"ชี้แจงเจ้าหน้าที่ในกองแล้ว", 0);
		YearEndReport r = this.yearEnd.yearEnd(this.plan.getId());

		YearEndReport.Row monthlyRow = row(r, this.monthly);
		assertThat(monthlyRow.draft()).isEqualTo(String.join("\n",
				"1. 20 ตุลาคม 2568 จัดทำร่างประกาศเจตจำนงสุจริต (สำนักปลัดเทศบาล)",
				"2. 5 พฤศจิกายน 2568 ชี้แจงเจ้าหน้าที่ในกองแล้ว (กองคลัง)",
				"3. 25 พฤศจิกายน 2568 ประกาศเจตจำนงสุจริตแล้ว https://example.go.th/ita/2569 (สำนักปลัดเทศบาล)",
				"4. 5 มกราคม 2569 จัดประชุมชี้แจงครบทุกส่วนราชการแล้ว (สำนักปลัดเทศบาล)"));
		assertThat(monthlyRow.divisions()).isEqualTo("สำนักปลัดเทศบาล, กองคลัง, กองช่าง");
		assertThat(row(r, this.quarterOne).draft()).isEqualTo("1. 20 มกราคม 2569 เผยแพร่รายงานการเงินไตรมาสที่ 1 แล้ว");
		assertThat(row(r, this.addedMidYear).draft()).isEmpty();
		assertThat(r.rows()).extracting(YearEndReport.Row::measureId).doesNotContain(this.resolution.getId());
	}

	@Test
	void editsAndScoresAreKeptAndGroupsFollowTheIndicatorSet() {
		buildYear();
		IndicatorSet set = this.indicatorSets.createFromPreset(presetId(), FiscalYear.of(2569));
		this.plans.useIndicatorSet(this.plan.getId(), set.getId());
		String first = set.getIndicators().get(0).code();
		String ninth = set.getIndicators().get(8).code();
		this.measures.edit(this.quarterOne.getId(), withIndicator(this.quarterOne, ninth));
		this.measures.edit(this.monthly.getId(), withIndicator(this.monthly, first));

		this.yearEnd.editWhatWasDone(this.plan.getId(), this.quarterOne.getId(),
				"เผยแพร่รายงานการเงินครบทั้ง ๔ ไตรมาสบนเว็บไซต์", "coordinator");
		Map<String, Double> scores = new HashMap<>();
		scores.put(ninth, 92.5);
		this.yearEnd.setScores(this.plan.getId(), scores, "coordinator");
		YearEndReport r = this.yearEnd.yearEnd(this.plan.getId());

		assertThat(r.groups()).extracting(YearEndReport.Group::code).containsExactly(first, ninth, null);
		assertThat(r.groups().get(2).indicator()).isEqualTo(YearEndReportService.NO_INDICATOR);
		YearEndReport.Row q1 = row(r, this.quarterOne);
		assertThat(q1.whatWasDone()).isEqualTo("เผยแพร่รายงานการเงินครบทั้ง ๔ ไตรมาสบนเว็บไซต์");
		assertThat(q1.draft()).as("the draft is still there to go back to").startsWith("1. 20 มกราคม 2569");
		assertThat(q1.outcome()).isEqualTo("ผลการประเมินตัวชี้วัด 92.50 คะแนน");
		assertThat(row(r, this.monthly).outcome()).isEmpty();

		// not a score, or not an indicator code (a field path): refused, nothing stored
		for (Map<String, Double> bad : List.of(Map.of(ninth, Double.NaN), Map.of(ninth, 100.5),
				Map.of(ninth + ".x", 50.0), Map.of("$set", 50.0))) {
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> this.yearEnd.setScores(this.plan.getId(), bad, "coordinator"))
				.as(bad.toString())
				.isInstanceOf(IllegalArgumentException.class);
		}
		assertThat(row(this.yearEnd.yearEnd(this.plan.getId()), this.quarterOne).outcome())
			.isEqualTo("ผลการประเมินตัวชี้วัด 92.50 คะแนน");

		this.yearEnd.editWhatWasDone(this.plan.getId(), this.quarterOne.getId(), "  ", "coordinator");
		assertThat(row(this.yearEnd.yearEnd(this.plan.getId()), this.quarterOne).edited()).isNull();
	}

	@Test
	void quarterTwoProgressByMeasureAndDivision() {
		buildYear();
		FiscalYear fy = FiscalYear.of(2569);
		PeriodReport q2 = this.yearEnd.period(this.plan.getId(), fy.quarterStart(2), fy.quarterEnd(2));

		assertThat(q2.from()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(q2.to()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(q2.rows()).extracting(PeriodReport.Row::number, PeriodReport.Row::divisionName,
				PeriodReport.Row::reports, PeriodReport.Row::percent, PeriodReport.Row::state)
			.containsExactly(tuple(1, "กองคลัง", 0L, 50, AssignmentState.IN_PROGRESS),
					tuple(1, "กองช่าง", 0L, null, AssignmentState.NOT_STARTED),
					tuple(1, "สำนักปลัดเทศบาล", 1L, 100, AssignmentState.DONE),
					tuple(2, "กองคลัง", 1L, 100, AssignmentState.DONE),
					tuple(3, "สำนักปลัดเทศบาล", 0L, null, AssignmentState.NOT_STARTED),
					tuple(901, "กองช่าง", 0L, null, AssignmentState.NOT_STARTED));
		assertThat(q2.rows().get(2).whatWasDone()).isEqualTo("1. 5 มกราคม 2569 จัดประชุมชี้แจงครบทุกส่วนราชการแล้ว");
	}

	@Autowired
	IndicatorSetService indicatorSets;

	static String presetId() {
		return org.tidtam.measures.plan.IndicatorPresets.PRESET_2562_2565;
	}

	static MeasureForm withIndicator(Measure m, String code) {
		MeasureForm f = MeasureForm.of(m);
		return new MeasureForm(f.number(), code, f.title(), f.steps(), f.divisionIds(), f.cadence(), f.followUpText(),
				f.notes());
	}

	static YearEndReport.Row row(YearEndReport r, Measure m) {
		return r.rows().stream().filter(x -> x.measureId().equals(m.getId())).findFirst().orElseThrow();
	}

}
