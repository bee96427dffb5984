package org.tidtam.reports.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.tidtam.reports.ReportsFixtureAccess;
import org.tidtam.reports.YearEndReportService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The year-end and progress report pages on the fixture year: a year number that names no fiscal year. */
@AutoConfigureMockMvc
class YearEndReportsPagesTests extends ReportsFixtureAccess {

	@Autowired
	MockMvc mvc;

	@Autowired
	YearEndReportService yearEnd;

	@Test
	void executivesReadTheYearEndReportWithoutFormsTheyMayNotSend() throws Exception {
		buildYear();
		String coordinator = this.mvc.perform(get("/admin/reports/year-end").with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(coordinator).contains("id=\"scores-form\"", "class=\"edit-done\"", "บันทึกคะแนน");
		String executive = this.mvc.perform(get("/admin/reports/year-end").with(user("e").roles("EXECUTIVE")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(executive).doesNotContain("scores-form", "edit-done", "<textarea", "/scores\"", "/measures/", "บันทึกคะแนน")
			.contains("id=\"year-end\"");
		// what was done is still there to read
		Matcher done = Pattern.compile("<textarea name=\"text\"[^>]*>([^<]+)</textarea>").matcher(coordinator);
		assertThat(done.find()).isTrue();
		assertThat(executive).contains(done.group(1).strip());
		this.mvc
			.perform(post("/admin/reports/year-end/" + this.plan.getId() + "/scores").with(csrf())
				.with(user("e").roles("EXECUTIVE")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDigestLongerThanTheLimitIsRefusedAndTheEarlierTextKept() throws Exception {
		buildYear();
		String url = "/admin/reports/year-end/" + this.plan.getId() + "/measures/" + this.monthly.getId();
		this.mvc.perform(post(url).param("text", "ติดตั้งป้ายครบทุกจุดบริการ").with(csrf()).with(user("c").roles("COORDINATOR")))
			.andExpect(flash().attribute("flash", "reports.year-end.saved"));
		this.mvc.perform(post(url).param("text", "ก".repeat(100_000)).with(csrf()).with(user("c").roles("COORDINATOR")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "reports.year-end.too-long"))
			.andExpect(flash().attribute("flashArg", "10,000"));
		assertThat(this.yearEnd.edits(this.plan.getId()).getWhatWasDone()).containsEntry(this.monthly.getId(),
				"ติดตั้งป้ายครบทุกจุดบริการ");
		String page = this.mvc
			.perform(get("/admin/reports/year-end").with(user("c").roles("COORDINATOR"))
				.flashAttr("flashError", "reports.year-end.too-long")
				.flashAttr("flashArg", "10,000"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("ข้อความยาวเกินไป (ไม่เกิน 10,000 ตัวอักษร) — ยังไม่ได้บันทึก").contains("maxlength=\"10000\"");
	}

	@Test
	void theProgressPageShowsTheDocumentWithThaiDigitsWhenAskedAndKeepsTheChoice() throws Exception {
		buildYear();
		String thai = this.mvc
			.perform(get("/admin/reports/progress").param("year", "2569")
				.param("quarter", "1")
				.param("thaiDigits", "true")
				.with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String document = thai.substring(thai.indexOf("class=\"report-document\""));
		assertThat(document).contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", "ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๘ ถึงวันที่ ๓๑ ธันวาคม ๒๕๖๘",
				"๒๕ พฤศจิกายน ๒๕๖๘ ประกาศเจตจำนงสุจริตแล้ว https://example.go.th/ita/2569")
			.doesNotContain("2568", "พ.ศ. 2569");
		// the other quarters and the date form keep Thai digits on
		assertThat(thai).contains("quarter=2&amp;thaiDigits=true", "name=\"thaiDigits\" value=\"true\"");
		String arabic = this.mvc
			.perform(get("/admin/reports/progress").param("year", "2569")
				.param("quarter", "1")
				.with(user("c").roles("COORDINATOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(arabic.substring(arabic.indexOf("class=\"report-document\""))).contains("พ.ศ. 2569")
			.doesNotContainPattern("[๐-๙]");
		assertThat(arabic).doesNotContain("thaiDigits=true&", "name=\"thaiDigits\"");
	}

	@Test
	void aYearThatNamesNoFiscalYearShowsThisYearsReportInsteadOfAnError() throws Exception {
		buildYear();
		// 2026 is the Christian-era year, 99999 a typo: both fall back to this fiscal year (2569)
		for (String year : new String[] { "2026", "99999", "-1" }) {
			this.mvc
				.perform(get("/admin/reports/progress").param("year", year)
					.param("quarter", "1")
					.with(user("c").roles("COORDINATOR")))
				.andExpect(status().isOk())
				.andExpect(model().attribute("plan", org.hamcrest.Matchers.hasProperty("id",
						org.hamcrest.Matchers.equalTo(this.plan.getId()))));
			this.mvc.perform(get("/admin/reports/year-end").param("year", year).with(user("c").roles("COORDINATOR")))
				.andExpect(status().isOk())
				.andExpect(model().attribute("plan", org.hamcrest.Matchers.hasProperty("id",
						org.hamcrest.Matchers.equalTo(this.plan.getId()))));
		}
		this.mvc.perform(get("/admin/reports/year-end").param("year", "2569").with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/reports/year-end").param("year", "2568").with(user("c").roles("COORDINATOR")))
			.andExpect(status().isNotFound());
	}

}
