package org.tidtam.reports.web;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureForm;
import org.tidtam.measures.plan.Plan;
import org.tidtam.progress.ProgressStatus;
import org.tidtam.reports.ReportsFixtureAccess;
import org.tidtam.shared.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year-end report in October, when it is written: the reports menu opens it without a year, and it
 * must be the year just ended, with the reports divisions sent late in October, not the new year's.
 */
@AutoConfigureMockMvc
class YearEndAtTheYearChangeTests extends ReportsFixtureAccess {

	@Autowired
	MockMvc mvc;

	@Test
	void inOctoberTheYearEndReportIsTheYearJustEndedWithItsLateReports() throws Exception {
		buildYear();
		report(this.quarterOne, this.klang, LocalDateTime.of(2026, 10, 2, 10, 0), ProgressStatus.DONE, 100,
				"สรุปผลการเผยแพร่รายงานการเงินครบทั้งปี ส่งหลังสิ้นปีงบประมาณ", 0);
		at(LocalDateTime.of(2026, 10, 5, 9, 0));

		// the new year's plan not created yet: no page opened it
		String page = yearEnd();
		assertThat(page).contains("ประจำปีงบประมาณ</span> <span>2569</span>")
			.contains("สรุปผลการเผยแพร่รายงานการเงินครบทั้งปี ส่งหลังสิ้นปีงบประมาณ");

		// mid-October the new plan is published: the year-end report still opens on the year just ended,
		// and links to the new one
		Plan next = this.plans.create(FiscalYear.of(2570), null);
		this.measures.add(next.getId(), MeasureForm.of("เผยแพร่รายงานการเงินประจำไตรมาส", java.util.List.of(),
				java.util.List.of(this.klang.getId()), MeasureCadence.withinQuarter(1)));
		at(LocalDateTime.of(2026, 10, 16, 9, 0));
		this.plans.publish(next.getId(), "coordinator");
		page = yearEnd();
		assertThat(page).contains("ประจำปีงบประมาณ</span> <span>2569</span>")
			.contains("href=\"/admin/reports/year-end?year=2570\"");

		// from January on it is the new year's draft, with a link back
		at(LocalDateTime.of(2027, 1, 4, 9, 0));
		assertThat(yearEnd()).contains("ประจำปีงบประมาณ</span> <span>2570</span>")
			.contains("href=\"/admin/reports/year-end?year=2569\"");
	}

	@Test
	void inOctoberBeforeTheNewPlanExistsProgressByMeasureShowsTheYearJustEnded() throws Exception {
		buildYear();
		at(LocalDateTime.of(2026, 10, 5, 9, 0));
		String page = this.mvc.perform(get("/admin/reports/progress").with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("เผยแพร่รายงานการเงินประจำไตรมาส");
	}

	@Test
	void inOctoberTheYearDashboardShowsTheYearJustEndedUntilTheNewPlanIsOut() throws Exception {
		buildYear();
		at(LocalDateTime.of(2026, 10, 5, 9, 0));
		assertThat(dashboard("")).contains("ภาพรวมปีงบประมาณ 2569")
			.contains("สถานะการดำเนินงานตามมาตรการรายส่วนราชการ ปีงบประมาณ 2569")
			.contains("href=\"/admin/reports/year?year=2570\"");

		Plan next = this.plans.create(FiscalYear.of(2570), null);
		this.measures.add(next.getId(), MeasureForm.of("เผยแพร่รายงานการเงินประจำไตรมาส", java.util.List.of(),
				java.util.List.of(this.klang.getId()), MeasureCadence.withinQuarter(1)));
		at(LocalDateTime.of(2026, 10, 16, 9, 0));
		this.plans.publish(next.getId(), "coordinator");
		assertThat(dashboard("")).contains("ภาพรวมปีงบประมาณ 2570")
			.contains("href=\"/admin/reports/year?year=2569\"");
		assertThat(dashboard("?year=2569")).contains("ภาพรวมปีงบประมาณ 2569")
			.contains("สถานะการดำเนินงานตามมาตรการรายส่วนราชการ ปีงบประมาณ 2569");
	}

	private String dashboard(String query) throws Exception {
		return this.mvc.perform(get("/admin/reports/year" + query).with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String yearEnd() throws Exception {
		return this.mvc.perform(get("/admin/reports/year-end").with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
