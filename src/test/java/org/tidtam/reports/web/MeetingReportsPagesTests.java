package org.tidtam.reports.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.tidtam.measures.plan.Measure;
import org.tidtam.reports.ReportsFixtureAccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The meeting page and its downloads on the fixture year, as coordinator and executive. */
@AutoConfigureMockMvc
class MeetingReportsPagesTests extends ReportsFixtureAccess {

	@Autowired
	MockMvc mvc;

	@Test
	void theSummaryPageShowsTheMemoAndTheItemsAndExecutivesMayReadButNotChange() throws Exception {
		buildYear();
		String html = this.mvc
			.perform(get("/admin/reports/meetings/" + this.jan.getId()).with(user("exec").roles("EXECUTIVE")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("บันทึกข้อความ", "ประจำเดือนมกราคม 2569", "จัดทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน",
				"เกินกำหนด 44 วัน", "(ค้างจากการประชุม 1 ครั้ง)", "ส่วนราชการที่ยังไม่รายงานผล: กองคลัง, กองช่าง",
				"รับเรื่อง 0 เรื่อง ดำเนินการแล้ว 0 เรื่อง");
		assertThat(html).doesNotContain("resolution-form");
		this.mvc
			.perform(post("/admin/reports/meetings/" + this.jan.getId() + "/date").param("date", "2026-01-15")
				.with(csrf())
				.with(user("exec").roles("EXECUTIVE")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/reports/meetings/" + this.jan.getId()).with(user("staff").roles("STAFF")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/reports/meetings/nothing").with(user("c").roles("COORDINATOR")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCoordinatorRecordsAResolutionAndTheNextSummaryFollowsItUp() throws Exception {
		buildYear();
		// due before the meeting, or after its fiscal year: refused, nothing recorded
		for (String due : new String[] { "2020-01-01", "2027-01-31" }) {
			this.mvc
				.perform(post("/admin/reports/meetings/" + this.jan.getId() + "/resolutions").param("formKey", "page-0" + due)
					.param("text", "ซ่อมไฟฟ้าส่องสว่างหน้าสำนักงาน")
					.param("divisionId", this.chang.getId())
					.param("dueOn", due)
					.with(csrf())
					.with(user("c").roles("COORDINATOR")))
				.andExpect(flash().attribute("flashError", "reports.resolution.due-outside"));
		}
		assertThat(this.meetings.get(this.jan.getId()).getResolutionIds()).isEmpty();
		this.mvc
			.perform(post("/admin/reports/meetings/" + this.jan.getId() + "/resolutions").param("formKey", "page-1")
				.param("text", "ซ่อมไฟฟ้าส่องสว่างหน้าสำนักงาน")
				.param("divisionId", this.chang.getId())
				.param("dueOn", "2026-01-31")
				.with(csrf())
				.with(user("c").roles("COORDINATOR")))
			.andExpect(status().is3xxRedirection());
		assertThat(this.meetings.get(this.jan.getId()).getResolutionIds()).hasSize(1);
		Measure r = this.measures.find(this.meetings.get(this.jan.getId()).getResolutionIds().get(0)).orElseThrow();
		assertThat(r.getNumber()).isEqualTo(902);
		String feb = this.mvc
			.perform(get("/admin/reports/meetings/" + this.feb.getId()).with(user("c").roles("COORDINATOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(feb).contains("ซ่อมไฟฟ้าส่องสว่างหน้าสำนักงาน", "มติ 902", "เกินกำหนด 10 วัน", "resolution-form");
	}

	@Test
	void theSameResolutionFormSentTwiceAddsOneFollowUpItem() throws Exception {
		buildYear();
		String url = "/admin/reports/meetings/" + this.jan.getId();
		String page = this.mvc.perform(get(url).with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher key = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"").matcher(page);
		assertThat(key.find()).as("the resolution form carries a one-time key").isTrue();
		int before = this.measures.resolutions(this.plan.getId()).size();

		for (String expected : List.of("reports.resolution.recorded", "reports.resolution.already")) {
			this.mvc
				.perform(post(url + "/resolutions").param("formKey", key.group(1))
					.param("text", "ติดตั้งกล่องรับความคิดเห็นหน้าสำนักงาน")
					.param("divisionId", this.chang.getId())
					.param("dueOn", "2026-02-27")
					.with(csrf())
					.with(user("c").roles("COORDINATOR")))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("flash", expected));
		}

		assertThat(this.meetings.get(this.jan.getId()).getResolutionIds()).hasSize(1);
		assertThat(this.measures.resolutions(this.plan.getId())).hasSize(before + 1);
	}

	@Test
	void theMeetingMovesToAnotherDay() throws Exception {
		buildYear();
		this.mvc
			.perform(post("/admin/reports/meetings/" + this.jan.getId() + "/date").param("date", "2026-01-15")
				.with(csrf())
				.with(user("c").roles("COORDINATOR")))
			.andExpect(status().is3xxRedirection());
		assertThat(this.meetings.get(this.jan.getId()).getDate()).isEqualTo(LocalDate.of(2026, 1, 15));
	}

	@Test
	void theDownloadsAreTheSameSummaryInWordExcelAndPdf() throws Exception {
		buildYear();
		String base = "/admin/reports/meetings/" + this.jan.getId() + "/summary.";
		byte[] docx = this.mvc.perform(get(base + "docx").param("thaiDigits", "true").with(user("e").roles("EXECUTIVE")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("monthly-summary-2569-01-13.docx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText)
				.contains("เรื่อง  รายงานการติดตามผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำเดือนมกราคม ๒๕๖๙");
			assertThat(word.getTables().get(0).getText()).as("the status chart's figures come first")
				.startsWith("ดำเนินการแล้ว");
			String table = word.getTables().get(2).getText();
			assertThat(table).contains("กองช่าง", "จัดทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน", "เกินกำหนด ๔๔ วัน");
		}
		byte[] xlsx = this.mvc.perform(get(base + "xlsx").with(user("e").roles("EXECUTIVE")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetName(2)).isEqualTo("ผลรายส่วนราชการ");
			assertThat(book.getSheetName(3)).isEqualTo("เกินกำหนดและค้าง");
			var pending = book.getSheetAt(3);
			int header = 4; // title, caption, date, a blank row, then the header
			assertThat(pending.getRow(header).getCell(1).getStringCellValue()).isEqualTo("รายการ");
			assertThat(pending.getRow(header + 1).getCell(1).getStringCellValue())
				.isEqualTo("จัดทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน\n(ค้างจากการประชุม 1 ครั้ง)");
			assertThat(pending.getRow(header + 1).getCell(4).getNumericCellValue()).isEqualTo(44.0);
		}
		byte[] pdf = this.mvc.perform(get(base + "pdf").with(user("e").roles("EXECUTIVE")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("บันทึกข้อความ", "จัดทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน", "เกินกำหนด 44 วัน");
		}
		this.mvc.perform(get(base + "odt").with(user("e").roles("EXECUTIVE"))).andExpect(status().isNotFound());
	}

	private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");

	private static String first(String html, String regex) {
		Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as(regex).isTrue();
		return m.group(1);
	}

	private String page(String url, String lang) throws Exception {
		var request = get(url).with(user("c").roles("COORDINATOR"));
		return this.mvc.perform(lang == null ? request : request.param("lang", lang))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theMeetingDatesFollowThePagesLanguageThaiByDefault() throws Exception {
		buildYear();
		String url = "/admin/reports/meetings/" + this.jan.getId();
		this.mvc
			.perform(post(url + "/resolutions").param("formKey", "dates")
				.param("text", "ซ่อมไฟฟ้าส่องสว่างหน้าสำนักงาน")
				.param("divisionId", this.chang.getId())
				.param("dueOn", "2026-01-31")
				.with(csrf())
				.with(user("c").roles("COORDINATOR")))
			.andExpect(status().is3xxRedirection());

		String thai = page(url, null);
		assertThat(first(thai, "<h1>(.*?)</h1>")).contains("13 มกราคม 2569");
		assertThat(first(thai, "<p class=\"muted\" id=\"window\">(.*?)</p>")).startsWith("รายงานที่ส่งตั้งแต่วันที่ ").endsWith(" ถึงวันที่ 12 มกราคม 2569");
		assertThat(thai).contains("<td>ซ่อมไฟฟ้าส่องสว่างหน้าสำนักงาน</td>\n\t\t\t\t\t\t<td>31 มกราคม 2569</td>");

		String english = page(url, "en");
		String heading = first(english, "<h1>(.*?)</h1>");
		String window = first(english, "<p class=\"muted\" id=\"window\">(.*?)</p>");
		assertThat(heading).contains("13 January 2569").doesNotContainPattern(THAI);
		assertThat(window).startsWith("Reports sent from ").endsWith(" to 12 January 2569").doesNotContainPattern(THAI);
		assertThat(english).contains("<td>ซ่อมไฟฟ้าส่องสว่างหน้าสำนักงาน</td>\n\t\t\t\t\t\t<td>31 January 2569</td>");
		assertThat(english).as("the memo itself stays the Thai document that is printed").contains("บันทึกข้อความ");

		List<String> thaiDates = new java.util.ArrayList<>();
		List<String> englishDates = new java.util.ArrayList<>();
		for (var pair : List.of(java.util.Map.entry(page("/admin/reports", null), thaiDates),
				java.util.Map.entry(page("/admin/reports", "en"), englishDates))) {
			Matcher link = Pattern.compile("<a href=\"/admin/reports/meetings/(?!current)[^\"]+\">([^<]*)</a>").matcher(pair.getKey());
			while (link.find()) {
				pair.getValue().add(link.group(1));
			}
		}
		assertThat(thaiDates).isNotEmpty().contains("13 มกราคม 2569");
		assertThat(englishDates).hasSameSizeAs(thaiDates).contains("13 January 2569").noneMatch(d -> THAI.matcher(d).find());
	}

	@Test
	void movingTheMeetingSaysTheNewDateInThePagesLanguage() throws Exception {
		buildYear();
		String url = "/admin/reports/meetings/" + this.jan.getId();
		for (String[] lang : new String[][] { { "th", "15 มกราคม 2569" }, { "en", "15 January 2569" } }) {
			this.mvc
				.perform(post(url + "/date").param("date", "2026-01-15")
					.param("lang", lang[0])
					.with(csrf())
					.with(user("c").roles("COORDINATOR")))
				.andExpect(flash().attribute("flash", "reports.meeting.moved"))
				.andExpect(flash().attribute("flashArg", lang[1]));
		}
		String refused = this.mvc
			.perform(get(url).param("lang", "en")
				.flashAttr("flashError", "reports.meeting.move-within-month")
				.with(user("c").roles("COORDINATOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("A meeting can only be moved within its month; to move the meeting of another month, open that meeting.");
	}

}
