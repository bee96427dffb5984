package org.tidtam.reports.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.tidtam.reports.ReportsFixtureAccess;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/** Year-end scores as the coordinator types them: Thai digits count, anything that is no score is refused. */
@AutoConfigureMockMvc
class YearEndScoresWebTests extends ReportsFixtureAccess {

	@Autowired
	MockMvc mvc;

	@Test
	void theYearEndAndProgressPagesOfferThaiDigitsForTheirDownloadsLikeTheMeetingPage() throws Exception {
		buildYear();
		for (String page : new String[] { "/admin/reports/year-end", "/admin/reports/progress" }) {
			String plain = this.mvc.perform(get(page).param("year", "2569").with(user("c").roles("COORDINATOR")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			org.assertj.core.api.Assertions.assertThat(plain).as(page)
				.contains("report.docx?")
				.contains("thaiDigits=false")
				.contains("thaiDigits=true");
			String thai = this.mvc
				.perform(get(page).param("year", "2569").param("thaiDigits", "true").with(user("c").roles("COORDINATOR")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			org.assertj.core.api.Assertions.assertThat(thai).as(page).doesNotContain("thaiDigits=false");
		}
	}

	@Test
	void thaiDigitsAreAScoreAndNaNIsNot() throws Exception {
		buildYear();
		String url = "/admin/reports/year-end/" + this.plan.getId() + "/scores";
		this.mvc.perform(post(url).param("score.O1", "๘๕.๕").with(user("c").roles("COORDINATOR")).with(csrf()))
			.andExpect(flash().attribute("flash", "reports.year-end.scores-saved"));
		for (String bad : new String[] { "NaN", "Infinity", "101", "abc" }) {
			this.mvc.perform(post(url).param("score.O1", bad).with(user("c").roles("COORDINATOR")).with(csrf()))
				.andExpect(flash().attribute("flashError", "reports.year-end.scores-invalid"));
		}
	}

}
