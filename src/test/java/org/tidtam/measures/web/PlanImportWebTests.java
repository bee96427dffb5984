package org.tidtam.measures.web;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.support.SharedFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Import through the web: the seed previews right, bad input gets a clear Thai answer and saves nothing. */
@SpringBootTest(properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
@AutoConfigureMockMvc
class PlanImportWebTests {

	static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	DivisionService divisions;

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void clean() {
		for (String c : List.of("divisions", "plans", "measures", "assignments", "measure_imports")) {
			this.mongo.remove(new Query(), c);
		}
	}

	@Test
	void seed004PreviewsFiveMeasuresOwnedByTheRegionalAgencies() throws Exception {
		for (String name : List.of("สำนักงานจังหวัดนครปฐม", "สำนักงานสาธารณสุขจังหวัดนครปฐม", "สำนักงานเกษตรจังหวัดนครปฐม")) {
			this.divisions.create(name, "", List.of(), true, true);
		}
		String seed;
		try (var files = Files.list(SharedFiles.path("seeds"))) {
			seed = Files.readString(files.filter(f -> f.getFileName().toString().startsWith("004_")).findFirst().orElseThrow());
		}
		String page = this.mvc
			.perform(post("/admin/plan/import/preview").with(csrf()).with(COORDINATOR).param("text", seed))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("พบมาตรการ 5 รายการ").contains("การใช้ทรัพย์สินของราชการ").contains("สำนักงานเกษตรจังหวัดนครปฐม");
		assertThat(this.mongo.count(new Query(), "measures")).isZero();
	}

	@Test
	void anUnknownOwnerIsCreatedAsADivisionOrMappedToOneFromThePreview() throws Exception {
		this.divisions.create("กองช่าง", "", List.of(), true, false);
		String table = "มาตรการ\tขั้นตอนหรือวิธีการ\tผู้รับผิดชอบ\tการกำกับติดตาม\n"
				+ "๑. ลดขั้นตอนการให้บริการ\t๑. ทบทวนขั้นตอน\tกองสวัสดิการสังคม\tรายงานผลภายในไตรมาสที่ ๒\n"
				+ "๒. เปิดเผยข้อมูล\t๑. เผยแพร่\tกช.\tรายงานผลภายในไตรมาสที่ ๒\n";
		MockHttpSession session = new MockHttpSession();
		org.springframework.test.web.servlet.MvcResult first = this.mvc
			.perform(post("/admin/plan/import/preview").with(csrf()).with(COORDINATOR).session(session).param("text", table))
			.andExpect(status().isOk())
			.andReturn();
		String page = first.getResponse().getContentAsString();
		assertThat(page).contains("ผู้รับผิดชอบที่ไม่ตรงกับส่วนราชการใด").contains("กองสวัสดิการสังคม");
		String key = (String) first.getModelAndView().getModel().get("importKey");
		String created = this.mvc
			.perform(post("/admin/plan/import/division").with(csrf())
				.with(COORDINATOR)
				.session(session)
				.param("importKey", key)
				.param("owner", "กองสวัสดิการสังคม")
				.param("action", "create"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.divisions.all()).extracting(d -> d.getName()).contains("กองสวัสดิการสังคม");
		assertThat(created).contains("กช.").doesNotContain("name=\"owner\" value=\"กองสวัสดิการสังคม\"");
		String engineeringId = this.divisions.all().stream().filter(d -> d.getName().equals("กองช่าง")).findFirst().orElseThrow().getId();
		String mapped = this.mvc
			.perform(post("/admin/plan/import/division").with(csrf())
				.with(COORDINATOR)
				.session(session)
				.param("importKey", key)
				.param("owner", "กช.")
				.param("action", "alias")
				.param("divisionId", engineeringId))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mapped).doesNotContain("ผู้รับผิดชอบที่ไม่ตรงกับส่วนราชการใด");
		assertThat(this.divisions.get(engineeringId).getAliases()).contains("กช.");
	}

	@Test
	void numbersAlreadyInThePlanAreShownInThePreviewAndRefusedOnConfirmWithoutAnErrorPage() throws Exception {
		this.divisions.create("กองช่าง", "", List.of(), true, false);
		String table = "มาตรการ\tขั้นตอนหรือวิธีการ\tผู้รับผิดชอบ\tการกำกับติดตาม\n"
				+ "๑. ลดขั้นตอนการให้บริการ\t๑. ทบทวนขั้นตอน\tกองช่าง\tรายงานผลภายในไตรมาสที่ ๒\n"
				+ "๒. เปิดเผยข้อมูล\t๑. เผยแพร่\tกองช่าง\tรายงานผลภายในไตรมาสที่ ๒\n";
		MockHttpSession session = new MockHttpSession();
		String first = previewKey(session, table);
		this.mvc.perform(post("/admin/plan/import/confirm").with(csrf()).with(COORDINATOR).session(session).param("importKey", first))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "plan.import.saved"));
		assertThat(this.mongo.count(new Query(), "measures")).isEqualTo(2);

		// the same table again, under a new preview: its numbers 1 and 2 are taken
		org.springframework.test.web.servlet.MvcResult again = this.mvc
			.perform(post("/admin/plan/import/preview").with(csrf()).with(COORDINATOR).session(session).param("text", table))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(again.getResponse().getContentAsString()).contains("id=\"numbers-taken\"")
			.contains("ลำดับที่ 1, 2 มีอยู่แล้วในแผน");
		String second = (String) again.getModelAndView().getModel().get("importKey");
		String refused = this.mvc
			.perform(post("/admin/plan/import/confirm").with(csrf()).with(COORDINATOR).session(session).param("importKey", second))
			.andExpect(status().isOk())
			.andExpect(view().name("measures/import"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("มาตรการบางลำดับมีอยู่แล้วในแผนนี้ — นำเข้าซ้ำไม่ได้")
			.contains("ลำดับที่ 1, 2")
			.contains("เปิดเผยข้อมูล");
		assertThat(this.mongo.count(new Query(), "measures")).isEqualTo(2);
		assertThat(this.mongo.count(new Query(), "measure_imports")).isEqualTo(1);
	}

	private String previewKey(MockHttpSession session, String table) throws Exception {
		org.springframework.test.web.servlet.MvcResult preview = this.mvc
			.perform(post("/admin/plan/import/preview").with(csrf()).with(COORDINATOR).session(session).param("text", table))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(preview.getResponse().getContentAsString()).doesNotContain("numbers-taken");
		return (String) preview.getModelAndView().getModel().get("importKey");
	}

	@Test
	void badInputGetsAClearThaiAnswerAndNothingIsSaved() throws Exception {
		MockHttpSession session = new MockHttpSession();
		for (String text : List.of("", "แค่คอลัมน์เดียว\nอีกบรรทัด", "<table><tr><td>x</td></tr></table>",
				"ก".repeat(3 * 1024 * 1024))) {
			String page = this.mvc
				.perform(post("/admin/plan/import/preview").with(csrf()).with(COORDINATOR).session(session).param("text", text))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(text.length() > 50 ? "long text" : text).contains("flash bad");
		}
		MockMultipartFile xls = new MockMultipartFile("file", "measures.xls", "application/vnd.ms-excel",
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 });
		String page = this.mvc.perform(multipart("/admin/plan/import/preview").file(xls).with(csrf()).with(COORDINATOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("flash bad").contains(".xlsx");
		assertThat(this.mongo.count(new Query(), "measures")).isZero();
	}

	@Test
	void placingAnOwnerOfAnExpiredPreviewSaysSoInThePagesLanguage() throws Exception {
		for (String[] lang : new String[][] { { "th", "ตัวอย่างนี้หมดอายุแล้ว กรุณาวางตารางอีกครั้ง" },
				{ "en", "This preview has expired; please paste the table again" } }) {
			String page = this.mvc
				.perform(post("/admin/plan/import/division").with(csrf())
					.with(COORDINATOR)
					.param("lang", lang[0])
					.param("importKey", "gone")
					.param("owner", "กองสวัสดิการสังคม")
					.param("action", "create"))
				.andExpect(status().isOk())
				.andExpect(view().name("measures/import"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains(lang[1]);
		}
		assertThat(this.mongo.count(new Query(), "divisions")).isZero();
	}

	@Test
	void aCsvFileWithTooMuchTextIsToldAboutTheFileNotAboutPasting() throws Exception {
		String header = "ที่,มาตรการ,ขั้นตอนหรือวิธีการ,ผู้รับผิดชอบ,การติดตามผล\n";
		// mostly Latin letters, one byte each: six million characters in the cells
		String row = "1,Integrity week 2569 (OIT),Publish the plan on the website,กองคลัง,monthly\n";
		byte[] csv = (header + row.repeat(6 * 1024 * 1024 / row.getBytes(java.nio.charset.StandardCharsets.UTF_8).length))
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.length).isGreaterThan(5 * 1024 * 1024);
		MockMultipartFile file = new MockMultipartFile("file", "measures.csv", "text/csv", csv);
		String page = this.mvc.perform(multipart("/admin/plan/import/preview").file(file).with(csrf()).with(COORDINATOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("flash bad")
			.contains("ไฟล์มีข้อความมากเกินไป")
			.contains("ไม่เกิน 10 MB")
			.doesNotContain("ข้อความยาวเกินไป")
			.doesNotContain("หรืออัปโหลดเป็นไฟล์ CSV/XLSX");
		assertThat(this.mongo.count(new Query(), "measures")).isZero();
	}

	@Test
	void aTableOfMoreMeasuresThanAnyPlanGetsTheLimitInThePagesLanguageAndNothingIsKept() throws Exception {
		this.divisions.create("กองช่าง", "", List.of(), true, false);
		StringBuilder table = new StringBuilder("ลำดับ,มาตรการ,ขั้นตอนหรือวิธีการ,ผู้รับผิดชอบ,การกำกับติดตาม\r\n");
		for (int i = 1; i <= 1001; i++) {
			table.append(i).append(",มาตรการที่ ").append(i).append(",จัดทำประกาศ,กองช่าง,รายงานในที่ประชุมประจำเดือน\r\n");
		}
		MockMultipartFile csv = new MockMultipartFile("file", "measures.csv", "text/csv",
				table.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		for (String[] lang : new String[][] {
				{ "th", "ตารางนี้มีมาตรการเกิน 1,000 รายการ ซึ่งมากเกินกว่าแผนมาตรการหนึ่งปี — ตรวจสอบว่าเลือกไฟล์ถูกต้อง หรือแบ่งนำเข้าครั้งละไม่เกิน 1,000 มาตรการ" },
				{ "en", "This table has more than 1,000 measures, far more than a plan for one year: check that this is the right file, or import at most 1,000 measures at a time" } }) {
			MockHttpSession session = new MockHttpSession();
			String page = this.mvc
				.perform(multipart("/admin/plan/import/preview").file(csv).with(csrf()).with(COORDINATOR).session(session).param("lang", lang[0]))
				.andExpect(status().isOk())
				.andExpect(view().name("measures/import"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("id=\"too-big\"").contains(lang[1]).doesNotContain("มาตรการที่ 1001");
			assertThat(java.util.Collections.list(session.getAttributeNames()))
				.noneMatch(name -> name.startsWith(PlanAdminController.PREVIEW) || name.startsWith(PlanAdminController.INPUT));
		}
		// pasted as text (tabs) it is refused the same way
		MockHttpSession session = new MockHttpSession();
		String page = this.mvc
			.perform(post("/admin/plan/import/preview").with(csrf())
				.with(COORDINATOR)
				.session(session)
				.param("text", table.toString().replace(',', '\t')))
			.andExpect(status().isOk())
			.andExpect(view().name("measures/import"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("ตารางนี้มีมาตรการเกิน 1,000 รายการ");
		assertThat(java.util.Collections.list(session.getAttributeNames()))
			.noneMatch(name -> name.startsWith(PlanAdminController.PREVIEW) || name.startsWith(PlanAdminController.INPUT));
		assertThat(this.mongo.count(new Query(), "measures")).isZero();
	}

	private <B extends org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<B>> String previewPage(
			B request, String lang) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(COORDINATOR).param("lang", lang))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String between(String page, String from, String to) {
		int start = page.indexOf(from);
		assertThat(start).as(from).isNotNegative();
		return page.substring(start, page.indexOf(to, start));
	}

	@Test
	void theImportersWarningsColumnsAndRefusalsAreInThePagesLanguage() throws Exception {
		this.divisions.create("กองช่าง", "", List.of(), true, false);
		String table = "มาตรการ\tผู้รับผิดชอบ\tการกำกับติดตาม\tงบประมาณ\n"
				+ "๑. ลดขั้นตอนการให้บริการ\tกองสวัสดิการสังคม\tตามความเหมาะสม\t-\n"
				+ "๒. เปิดเผยข้อมูล\tกองช่าง\tรายงานผลภายในไตรมาสที่ ๒\t-\n";
		String thai = previewPage(post("/admin/plan/import/preview").param("text", table), "th");
		assertThat(between(thai, "<ul class=\"warnings\">", "</ul>")).contains(
				"ไม่พบส่วนราชการ “กองสวัสดิการสังคม” — สร้างใหม่ หรือจับคู่กับส่วนราชการที่มีอยู่",
				"อ่านรอบการติดตามผล “ตามความเหมาะสม” ไม่ออก — เลือกรอบการรายงาน");
		assertThat(thai).contains("มาตรการ → มาตรการ", "งบประมาณ → ไม่ใช้", "ผู้รับผิดชอบ → ผู้รับผิดชอบ");

		String english = previewPage(post("/admin/plan/import/preview").param("text", table), "en");
		String warnings = between(english, "<ul class=\"warnings\">", "</ul>");
		assertThat(warnings).contains("No division “กองสวัสดิการสังคม” — create it, or match it to an existing division",
				"Could not read the follow-up “ตามความเหมาะสม” — choose a reporting cadence");
		assertThat(warnings.replace("กองสวัสดิการสังคม", "").replace("ตามความเหมาะสม", ""))
			.as("only the table's own text stays Thai").doesNotContainPattern("\\p{IsThai}");
		assertThat(english).contains("มาตรการ → measure", "งบประมาณ → not used", "ผู้รับผิดชอบ → responsible")
			.doesNotContain("→ ไม่ใช้");

		MockMultipartFile pdf = new MockMultipartFile("file", "measures.pdf", "application/pdf", "%PDF-1.4".getBytes());
		assertThat(previewPage(multipart("/admin/plan/import/preview").file(pdf), "th"))
			.contains("ไฟล์นี้เป็น PDF — คัดลอกตารางมาตรการจาก PDF มาวางในช่องข้อความ");
		assertThat(previewPage(multipart("/admin/plan/import/preview").file(pdf), "en"))
			.contains("This file is a PDF — copy the measures table from the PDF into the text box")
			.doesNotContain("ไฟล์นี้เป็น PDF");
		assertThat(previewPage(post("/admin/plan/import/preview").param("text", " "), "en"))
			.contains("There is nothing to import").doesNotContain("ไม่มีข้อความให้นำเข้า");
	}

}
