package org.tidtam.progress.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureForm;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.progress.Evidence;
import org.tidtam.progress.ProgressReport;
import org.tidtam.progress.ProgressService;
import org.tidtam.progress.ProgressStatus;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.Role;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assignment's progress page: the timeline with its marks, who may see it and its evidence, and a
 * coordinator recording a report on someone's behalf (with a photo, once per form).
 */
@SpringBootTest(properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
class ProgressPagesTests {

	static final RequestPostProcessor COORDINATOR = user("malee").roles("COORDINATOR");

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	DivisionService divisions;

	@Autowired
	PersonService people;

	@Autowired
	PlanService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	AssignmentService assignments;

	@Autowired
	ProgressService progress;

	Assignment assignment;

	Person somchai;

	@BeforeEach
	void setUp() {
		for (String c : List.of("divisions", "people", "plans", "measures", "assignments", ProgressReport.COLLECTION,
				"line_media.files", "line_media.chunks")) {
			this.mongo.remove(new Query(), c);
		}
		String division = this.divisions.create("กองช่าง", "กช", List.of(), true, false).getId();
		this.somchai = this.people.create("สมชาย ใจดี", "นายช่าง", division, Set.of(Role.STAFF), null);
		Plan plan = this.plans.create(FiscalYear.of(2569), null);
		this.measures.add(plan.getId(), MeasureForm.of("ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน", List.of(), List.of(division),
				MeasureCadence.withinQuarter(2)));
		this.plans.publish(plan.getId(), "coordinator");
		this.assignment = this.assignments.forPlan(plan.getId()).get(0);
	}

	String page() {
		return "/admin/progress/assignments/" + this.assignment.getId();
	}

	@Test
	void aCoordinatorRecordsOnSomeonesBehalfWithAPhotoOnceAndTheTimelineSaysSo() throws Exception {
		MockMultipartFile photo = new MockMultipartFile("files", "ป้าย.png", "image/png", PNG);
		for (int i = 0; i < 2; i++) { // a double submit of one form records once
			this.mvc
				.perform(multipart(page()).file(photo)
					.param("token", "form-1")
					.param("status", "IN_PROGRESS")
					.param("percent", "70")
					.param("text", "ติดตั้งป้ายหน้าสำนักงานแล้ว")
					.param("personId", this.somchai.getId())
					.with(COORDINATOR)
					.with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("flash", "progress.web.form.saved"));
		}
		List<ProgressReport> timeline = this.progress.timeline(this.assignment.getId());
		assertThat(timeline).singleElement().satisfies(r -> {
			assertThat(r.getSource()).isEqualTo(ProgressReport.Source.WEB);
			assertThat(r.getRecordedBy()).isEqualTo("malee");
			assertThat(r.getReportedByName()).isEqualTo("สมชาย ใจดี");
			assertThat(r.getEvidence()).singleElement().satisfies(e -> {
				assertThat(e.contentType()).isEqualTo("image/png");
				assertThat(e.size()).isEqualTo(PNG.length);
			});
		});
		assertThat(this.mongo.getCollection("line_media.files").countDocuments()).isEqualTo(1);
		String fileId = timeline.get(0).getEvidence().get(0).fileId();

		this.mvc.perform(get(page()).with(COORDINATOR).flashAttr("flash", "progress.web.form.saved"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("บันทึกรายงานแล้ว")))
			.andExpect(content().string(containsString("ติดตั้งป้ายหน้าสำนักงานแล้ว")))
			.andExpect(content().string(containsString("บันทึกแทนโดย malee")))
			.andExpect(content().string(containsString("โดย สมชาย ใจดี")))
			.andExpect(content().string(containsString("/admin/progress/evidence/" + fileId)));
		this.mvc.perform(get("/admin/progress/evidence/" + fileId).with(user("boss").roles("EXECUTIVE")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(PNG));
	}

	@Test
	void theStatusOptionsAreNamedInThePagesLanguageThaiByDefault() throws Exception {
		this.mvc.perform(get(page()).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">ดำเนินการแล้ว</option>")))
			.andExpect(content().string(containsString(">ติดปัญหา</option>")));
		this.mvc.perform(get(page()).param("lang", "en").with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Done</option>")))
			.andExpect(content().string(containsString(">Blocked</option>")))
			.andExpect(content().string(not(containsString(">ติดปัญหา</option>"))));
	}

	@Test
	void staffSeeNeitherTheTimelineNorTheFilesAndHeadsCannotRecordOnBehalf() throws Exception {
		RequestPostProcessor staff = user("staff").roles("STAFF");
		this.mvc.perform(get(page()).with(staff)).andExpect(status().isForbidden());
		this.mvc.perform(get(page()).with(user("head").roles("DIVISION_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"on-behalf\""))));
		this.mvc
			.perform(multipart(page()).param("token", "t")
				.param("status", "DONE")
				.param("text", "เสร็จ")
				.with(user("head").roles("DIVISION_HEAD"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.progress.timeline(this.assignment.getId())).isEmpty();
	}

	@Test
	void onlyFilesOfAReportAreServed() throws Exception {
		this.mvc.perform(get("/admin/progress/evidence/0123456789abcdef01234567").with(COORDINATOR))
			.andExpect(status().isNotFound());
		ProgressReport r = new ProgressReport();
		r.setAssignmentId(this.assignment.getId());
		r.setStatus(ProgressStatus.DONE);
		r.setText("เสร็จ");
		r.setEvidence(List.of(new Evidence("0123456789abcdef01234567", "x.pdf", "application/pdf", 1, "s", "m", null)));
		this.progress.record(r);
		this.mvc.perform(get("/admin/progress/evidence/0123456789abcdef01234567").with(user("staff").roles("STAFF")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFileOfARefusedTypeIsNotStoredAndNothingIsRecorded() throws Exception {
		this.mvc
			.perform(multipart(page())
				.file(new MockMultipartFile("files", "run.exe", "application/x-msdownload", new byte[] { 1, 2 }))
				.param("token", "form-2")
				.param("status", "DONE")
				.param("text", "เสร็จแล้ว")
				.with(COORDINATOR)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "progress.web.form.file-refused"));
		assertThat(this.progress.timeline(this.assignment.getId())).isEmpty();
		this.mvc.perform(get(page()).with(COORDINATOR)).andExpect(status().isOk());
	}


	/** A long report typed by the coordinator survives a refused file: the page shows it again to fix. */
	@Test
	void aRefusedFormComesBackWithWhatWasTyped() throws Exception {
		String report = "ติดตั้งป้ายประชาสัมพันธ์ช่องทางร้องเรียนครบ ๕ จุด หน้าสำนักงาน ตลาด และศาลาหมู่บ้าน";
		var flashMap = this.mvc
			.perform(multipart(page())
				.file(new MockMultipartFile("files", "run.exe", "application/x-msdownload", new byte[] { 1, 2 }))
				.param("token", "form-3")
				.param("status", "IN_PROGRESS")
				.param("percent", "80")
				.param("text", report)
				.param("personId", this.somchai.getId())
				.with(COORDINATOR)
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "progress.web.form.file-refused"))
			.andReturn()
			.getFlashMap();
		String again = this.mvc.perform(get(page()).with(COORDINATOR).flashAttrs(flashMap))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("ไฟล์นี้ไม่รับ")
			.containsPattern("<textarea id=\"text\"[^>]*>" + report + "</textarea>")
			.containsPattern("<input id=\"percent\"[^>]*value=\"80\"")
			.containsPattern("<option value=\"IN_PROGRESS\"[^>]*selected")
			.containsPattern("<option value=\"" + this.somchai.getId() + "\"[^>]*selected");
		// a fresh visit starts empty
		String fresh = this.mvc.perform(get(page()).with(COORDINATOR)).andReturn().getResponse().getContentAsString();
		assertThat(fresh).doesNotContain(report).containsPattern("<textarea id=\"text\"[^>]*></textarea>");
	}

}
