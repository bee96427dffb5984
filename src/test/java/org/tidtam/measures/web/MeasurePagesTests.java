package org.tidtam.measures.web;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureForm;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's measure pages: add (with a clear answer for a missing title), the measure page with
 * its assignments, edit (an added owner gets an assignment), remove (deleted in a draft, archived once
 * published), the measures list filtered by division and state, the "not yet acknowledged" list with the
 * heads to chase, and the year's indicator set.
 */
@SpringBootTest(properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
@AutoConfigureMockMvc
class MeasurePagesTests {

	static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	DivisionService divisions;

	@Autowired
	PersonService people;

	@Autowired
	MeasureService measures;

	@Autowired
	AssignmentService assignments;

	@Autowired
	PlanService plans;

	@Autowired
	CurrentPlan current;

	@Autowired
	org.tidtam.measures.plan.IndicatorSetService indicatorSets;

	@Autowired
	MongoTemplate mongo;

	Division engineering;

	Division finance;

	@BeforeEach
	void clean() {
		for (String c : List.of("divisions", "people", "plans", "measures", "assignments", "indicator_sets")) {
			this.mongo.remove(new Query(), c);
		}
		this.engineering = this.divisions.create("กองช่าง", "", List.of(), true, false);
		this.finance = this.divisions.create("กองคลัง", "", List.of(), true, false);
	}

	@Test
	void textsLongerThanTheFormAllowsAreRefusedByTheServerAndNothingSaved() throws Exception {
		String tooLongTitle = this.mvc
			.perform(post("/admin/plan/measures").with(csrf()).with(COORDINATOR).param("title", "ก".repeat(5000)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooLongTitle).contains("ชื่อมาตรการหรือกิจกรรมยาวเกินไป (ไม่เกิน 1,000 ตัวอักษร)");
		String tooManySteps = this.mvc
			.perform(post("/admin/plan/measures").with(csrf())
				.with(COORDINATOR)
				.param("title", "จัดทำป้ายประชาสัมพันธ์")
				.param("steps", "ออกแบบป้าย\n".repeat(1000)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooManySteps).contains("ขั้นตอนหรือวิธีการยาวเกินไป (รวมไม่เกิน 10,000 ตัวอักษร)");
		String outsideYear = this.mvc
			.perform(post("/admin/plan/measures").with(csrf())
				.with(COORDINATOR)
				.param("title", "จัดทำป้ายประชาสัมพันธ์")
				.param("cadence", "BY_DATE")
				.param("date", this.current.plan().getFiscalYear().end().plusYears(3).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(outsideYear).contains("วันที่ต้องรายงานต้องอยู่ในปีงบประมาณของแผนนี้");
		assertThat(this.mongo.count(new Query(), "measures")).isZero();

		// the limit itself is fine, line breaks as the browser sends them (CRLF) counted once
		this.mvc
			.perform(post("/admin/plan/measures").with(csrf())
				.with(COORDINATOR)
				.param("title", "ก".repeat(1000))
				.param("steps", ("ก".repeat(99) + "\r\n").repeat(100).strip()))
			.andExpect(status().is3xxRedirection())
			// saved, but with no division responsible nobody is assigned: the coordinator is told
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "measure.warning.no-division"));
		Measure saved = this.measures.measures(this.current.plan().getId()).get(0);
		String editTooLong = this.mvc
			.perform(post("/admin/plan/measures/" + saved.getId()).with(csrf())
				.with(COORDINATOR)
				.param("title", "ก".repeat(1001)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(editTooLong).contains("ชื่อมาตรการหรือกิจกรรมยาวเกินไป");
		assertThat(this.measures.measures(this.current.plan().getId()).get(0).getTitle()).isEqualTo("ก".repeat(1000));
	}

	/**
	 * The new-measure form sent twice (a double click, or back and send again) adds the measure once: with
	 * the number left blank each send took the next number, and in a published plan the division was
	 * assigned and told twice.
	 */
	@Test
	void theNewMeasureFormSentTwiceAddsOneMeasure() throws Exception {
		this.plans.publish(this.current.plan().getId(), "coordinator");
		java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"")
			.matcher(page("/admin/plan/measures/new"));
		assertThat(key.find()).as("the new-measure form carries a one-time key").isTrue();
		List<String> locations = new java.util.ArrayList<>();
		for (int i = 0; i < 2; i++) {
			locations.add(this.mvc
				.perform(post("/admin/plan/measures").with(csrf())
					.with(COORDINATOR)
					.param("formKey", key.group(1))
					.param("title", "เผยแพร่ช่องทางแจ้งเบาะแสการทุจริต")
					.param("divisionIds", this.engineering.getId())
					.param("cadence", "WITHIN_QUARTER")
					.param("quarter", "2"))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl());
		}
		List<Measure> saved = this.measures.measures(this.current.plan().getId());
		assertThat(saved).singleElement().satisfies(m -> assertThat(m.getNumber()).isEqualTo(1));
		assertThat(locations).containsOnly("/admin/plan/measures/" + saved.get(0).getId());
		assertThat(this.assignments.forMeasure(saved.get(0).getId())).hasSize(1);

		// another form (a fresh key) adds another measure, even with the same words
		java.util.regex.Matcher second = java.util.regex.Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"")
			.matcher(page("/admin/plan/measures/new"));
		assertThat(second.find()).isTrue();
		assertThat(second.group(1)).isNotEqualTo(key.group(1));
		this.mvc.perform(post("/admin/plan/measures").with(csrf())
			.with(COORDINATOR)
			.param("formKey", second.group(1))
			.param("title", "เผยแพร่ช่องทางแจ้งเบาะแสการทุจริต")
			.param("divisionIds", this.engineering.getId())
			.param("cadence", "WITHIN_QUARTER")
			.param("quarter", "2")).andExpect(status().is3xxRedirection());
		assertThat(this.measures.measures(this.current.plan().getId())).extracting(Measure::getNumber)
			.containsExactly(1, 2);
	}

	@Test
	void aMeasureIsAddedFromTheFormAndABlankTitleIsRefusedClearly() throws Exception {
		String refused = this.mvc
			.perform(post("/admin/plan/measures").with(csrf()).with(COORDINATOR).param("title", "  ").param("steps", "ก"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("กรุณากรอกชื่อมาตรการหรือกิจกรรม");
		assertThat(this.mongo.count(new Query(), "measures")).isZero();

		String location = this.mvc
			.perform(post("/admin/plan/measures").with(csrf())
				.with(COORDINATOR)
				.param("title", "จัดทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน")
				.param("steps", "ออกแบบป้าย\r\n\r\nติดตั้งป้าย ณ จุดบริการ\n")
				.param("divisionIds", this.engineering.getId())
				.param("cadence", "WITHIN_QUARTER")
				.param("quarter", "2"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flashError",
					org.hamcrest.Matchers.nullValue()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Measure saved = this.measures.measures(this.current.plan().getId()).get(0);
		assertThat(location).isEqualTo("/admin/plan/measures/" + saved.getId());
		assertThat(saved.getNumber()).isEqualTo(1);
		assertThat(saved.getSteps()).containsExactly("ออกแบบป้าย", "ติดตั้งป้าย ณ จุดบริการ");
		assertThat(saved.getCadence()).isEqualTo(MeasureCadence.withinQuarter(2));
		assertThat(saved.getDueOn()).isEqualTo(this.current.year().start().plusMonths(6).minusDays(1));

		String page = page("/admin/plan/measures/" + saved.getId());
		assertThat(page).contains("จัดทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน").contains("ติดตั้งป้าย ณ จุดบริการ");
		String quarterWithoutNumber = this.mvc
			.perform(post("/admin/plan/measures").with(csrf()).with(COORDINATOR).param("title", "x").param("cadence", "WITHIN_QUARTER"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(quarterWithoutNumber).contains("กรุณาเลือกไตรมาส");
	}

	@Test
	void editingAPublishedMeasureAssignsAnAddedOwnerAndSaysTheHeadsAreTold() throws Exception {
		Plan plan = this.current.plan();
		Measure m = this.measures.add(plan.getId(),
				MeasureForm.of("เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", List.of("เผยแพร่"), List.of(this.engineering.getId()),
						MeasureCadence.fiscalYearEnd()));
		this.plans.publish(plan.getId(), "coordinator");
		this.mvc
			.perform(post("/admin/plan/measures/" + m.getId()).with(csrf())
				.with(COORDINATOR)
				.param("title", "เปิดเผยข้อมูลการจัดซื้อจัดจ้างทุกเดือน")
				.param("steps", "เผยแพร่")
				.param("divisionIds", this.engineering.getId(), this.finance.getId())
				.param("cadence", "FISCAL_YEAR_END"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "measure.saved.notified"));
		assertThat(this.assignments.forMeasure(m.getId())).extracting(Assignment::getDivisionId)
			.containsExactlyInAnyOrder(this.engineering.getId(), this.finance.getId());
		String page = page("/admin/plan/measures/" + m.getId());
		assertThat(page).contains("เปิดเผยข้อมูลการจัดซื้อจัดจ้างทุกเดือน").contains("กองคลัง").contains("ยังไม่รับทราบ");
	}

	@Test
	void removingDeletesADraftMeasureButArchivesAPublishedOne() throws Exception {
		Plan plan = this.current.plan();
		Measure draft = this.measures.add(plan.getId(), MeasureForm.of("ก", List.of(), List.of(this.engineering.getId()), null));
		// the button sits under the save button: without the confirmation ticked nothing is removed
		assertThat(page("/admin/plan/measures/" + draft.getId())).contains("ยืนยันการลบมาตรการนี้ (ลบแล้วย้อนกลับไม่ได้)")
			.containsPattern("<input type=\"checkbox\" name=\"confirm\" value=\"true\" required>");
		this.mvc.perform(post("/admin/plan/measures/" + draft.getId() + "/remove").with(csrf()).with(COORDINATOR))
			.andExpect(redirectedUrl("/admin/plan/measures/" + draft.getId()))
			.andExpect(flash().attribute("flashError", "measure.remove.confirm-needed"));
		assertThat(this.measures.find(draft.getId())).isPresent();
		this.mvc.perform(post("/admin/plan/measures/" + draft.getId() + "/remove").param("confirm", "true")
			.with(csrf()).with(COORDINATOR))
			.andExpect(flash().attribute("flash", "measure.deleted"));
		assertThat(this.measures.find(draft.getId())).isEmpty();

		Measure kept = this.measures.add(plan.getId(), MeasureForm.of("ข", List.of(), List.of(this.engineering.getId()), null));
		this.plans.publish(plan.getId(), "coordinator");
		this.mvc.perform(post("/admin/plan/measures/" + kept.getId() + "/remove").with(csrf()).with(COORDINATOR))
			.andExpect(flash().attribute("flashError", "measure.remove.confirm-needed"));
		assertThat(this.measures.find(kept.getId())).get().extracting(Measure::isArchived).isEqualTo(false);
		this.mvc.perform(post("/admin/plan/measures/" + kept.getId() + "/remove").param("confirm", "true")
			.with(csrf()).with(COORDINATOR))
			.andExpect(flash().attribute("flash", "measure.archived"));
		assertThat(this.measures.find(kept.getId())).get().extracting(Measure::isArchived).isEqualTo(true);
		assertThat(this.assignments.forMeasure(kept.getId())).allSatisfy(a -> assertThat(a.getArchivedAt()).isNotNull());
		assertThat(this.mvc.perform(get("/admin/plan/measures/nope").with(COORDINATOR)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void theListFiltersByDivisionAndStateAndNamesTheHeadsWhoHaveNotAcknowledged() throws Exception {
		Plan plan = this.current.plan();
		Measure road = this.measures.add(plan.getId(),
				MeasureForm.of("ซ่อมถนนตามคำร้อง", List.of(), List.of(this.engineering.getId()), null));
		Measure budget = this.measures.add(plan.getId(),
				MeasureForm.of("เผยแพร่งบประมาณรายจ่าย", List.of(), List.of(this.finance.getId()), null));
		this.people.create("นายช่าง ใจดี", "ผู้อำนวยการกองช่าง", this.engineering.getId(), EnumSet.of(Role.DIVISION_HEAD), null);
		var financeHead = this.people.create("นางคลัง รอบคอบ", "ผู้อำนวยการกองคลัง", this.finance.getId(),
				EnumSet.of(Role.DIVISION_HEAD), null);
		this.plans.publish(plan.getId(), "coordinator");
		Assignment budgetAssignment = this.assignments.forMeasure(budget.getId()).get(0);
		this.assignments.acknowledge(budgetAssignment.getId(), financeHead.getId());
		this.assignments.changeState(budgetAssignment.getId(), org.tidtam.measures.AssignmentState.DONE);

		String all = page("/admin/plan");
		assertThat(all).contains("ซ่อมถนนตามคำร้อง").contains("เผยแพร่งบประมาณรายจ่าย");
		String waiting = all.substring(all.indexOf("id=\"waiting\""), all.indexOf("id=\"measures\""));
		assertThat(waiting).contains("กองช่าง").contains("นายช่าง ใจดี").contains("ส่งรหัสเชื่อมบัญชี").doesNotContain("นางคลัง");

		String engineeringOnly = page("/admin/plan?division=" + this.engineering.getId());
		assertThat(engineeringOnly).contains("ซ่อมถนนตามคำร้อง").doesNotContain("เผยแพร่งบประมาณรายจ่าย");
		String done = page("/admin/plan?state=DONE");
		assertThat(done).contains("เผยแพร่งบประมาณรายจ่าย").doesNotContain("ซ่อมถนนตามคำร้อง");
		String none = page("/admin/plan?state=DONE&division=" + this.engineering.getId());
		assertThat(none).contains("ไม่มีมาตรการตรงกับเงื่อนไขที่เลือก");
		assertThat(road.getId()).isNotNull();
	}

	@Test
	void theYearsIndicatorSetStartsFromAPresetAndCanBeRegrouped() throws Exception {
		assertThat(page("/admin/plan/indicators")).contains("ยังไม่ได้กำหนดชุดตัวชี้วัด");
		this.mvc.perform(post("/admin/plan/indicators/preset").with(csrf()).with(COORDINATOR).param("preset", "PRESET_2562_2565"))
			.andExpect(flash().attribute("flash", "indicators.started"));
		String page = page("/admin/plan/indicators");
		assertThat(page).contains("การปฏิบัติหน้าที่").contains("การป้องกันการทุจริต");

		this.mvc.perform(post("/admin/plan/indicators/add").with(csrf()).with(COORDINATOR).param("code", "H1").param("name", "การปฏิบัติหน้าที่ (2567)"))
			.andExpect(flash().attribute("flash", "indicators.added"));
		this.mvc
			.perform(post("/admin/plan/indicators/add").with(csrf())
				.with(COORDINATOR)
				.param("code", "i1")
				.param("name", "ความโปร่งใส")
				.param("instrument", "IIT")
				.param("parent", "H1"))
			.andExpect(flash().attribute("flash", "indicators.added"));
		this.mvc.perform(post("/admin/plan/indicators/add").with(csrf()).with(COORDINATOR).param("code", "i1").param("name", "ซ้ำ"))
			.andExpect(flash().attribute("flashError", "indicators.error.duplicate"));
		this.mvc.perform(post("/admin/plan/indicators/rename").with(csrf()).with(COORDINATOR).param("code", "1").param("name", "การปฏิบัติหน้าที่ของเจ้าหน้าที่"))
			.andExpect(flash().attribute("flash", "indicators.renamed"));
		this.mvc.perform(post("/admin/plan/indicators/remove").with(csrf()).with(COORDINATOR).param("code", "10"))
			.andExpect(flash().attribute("flash", "indicators.removed"));

		String after = page("/admin/plan/indicators");
		assertThat(after).contains("ความโปร่งใส").contains("การปฏิบัติหน้าที่ของเจ้าหน้าที่").doesNotContain("การป้องกันการทุจริต");
		// the measure form offers the set's codes, sub-items included
		assertThat(page("/admin/plan/measures/new")).contains("value=\"i1\"").contains("value=\"9\"");
	}

	@Test
	void aNewYearsIndicatorSetStartsAsACopyOfLastYearsAndLastYearsStaysAsItWas() throws Exception {
		org.tidtam.shared.FiscalYear thisYear = this.current.year();
		assertThat(page("/admin/plan/indicators")).doesNotContain("copy-last-year");
		this.mvc.perform(post("/admin/plan/indicators/copy-last-year").with(csrf()).with(COORDINATOR))
			.andExpect(flash().attribute("flashError", "indicators.error.no-last-year"));

		org.tidtam.measures.plan.IndicatorSet last = this.indicatorSets.createFromPreset("PRESET_2562_2565", thisYear.previous());
		this.indicatorSets.rename(last.getId(), "1", "การปฏิบัติหน้าที่ (ฉบับปีที่แล้ว)");
		this.plans.create(thisYear.previous(), last.getId());
		assertThat(page("/admin/plan/indicators"))
			.contains("เริ่มจากชุดของปีงบประมาณ " + thisYear.previous().buddhistYear() + " (10 ตัวชี้วัด");

		this.mvc.perform(post("/admin/plan/indicators/copy-last-year").with(csrf()).with(COORDINATOR))
			.andExpect(flash().attribute("flash", "indicators.copied"));
		org.tidtam.measures.plan.IndicatorSet copy = this.indicatorSets.find(this.current.plan().getIndicatorSetId()).orElseThrow();
		assertThat(copy.getId()).isNotEqualTo(last.getId());
		assertThat(copy.getFiscalYear()).isEqualTo(thisYear);
		assertThat(copy.getIndicators()).isEqualTo(this.indicatorSets.find(last.getId()).orElseThrow().getIndicators());
		assertThat(page("/admin/plan/indicators")).contains("การปฏิบัติหน้าที่ (ฉบับปีที่แล้ว)").doesNotContain("copy-last-year");
		this.mvc.perform(post("/admin/plan/indicators/copy-last-year").with(csrf()).with(COORDINATOR))
			.andExpect(flash().attribute("flashError", "indicators.error.already-set"));

		// this year's set is its own: a change to it leaves last year's as it was
		this.mvc.perform(post("/admin/plan/indicators/remove").with(csrf()).with(COORDINATOR).param("code", "10"))
			.andExpect(flash().attribute("flash", "indicators.removed"));
		assertThat(this.indicatorSets.find(copy.getId()).orElseThrow().getIndicators()).hasSize(9);
		assertThat(this.indicatorSets.find(last.getId()).orElseThrow().getIndicators()).hasSize(10);
	}

	@Test
	void theCoordinatorPreparesNextYearsPlanInTheirSessionWhileEveryoneElseStaysOnThisYear() throws Exception {
		org.tidtam.shared.FiscalYear thisYear = this.current.today();
		org.tidtam.shared.FiscalYear nextYear = thisYear.next();
		org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
		String page = this.mvc.perform(get("/admin/plan").with(COORDINATOR).session(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("ปีงบประมาณ " + thisYear.buddhistYear()).doesNotContain("id=\"other-year\"")
			.contains("value=\"" + nextYear.buddhistYear() + "\"");

		this.mvc.perform(post("/admin/plan/year").with(csrf()).with(COORDINATOR).session(session).param("year", "" + nextYear.buddhistYear()))
			.andExpect(status().is3xxRedirection());
		page = this.mvc.perform(get("/admin/plan").with(COORDINATOR).session(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("ปีงบประมาณ " + nextYear.buddhistYear()).contains("id=\"other-year\"");
		this.mvc.perform(post("/admin/plan/measures").with(csrf()).with(COORDINATOR).session(session)
			.param("title", "ประกาศเจตจำนงสุจริตของปีหน้า")
			.param("steps", "จัดทำประกาศ"))
			.andExpect(status().is3xxRedirection());

		Plan next = this.plans.forYear(nextYear).orElseThrow();
		assertThat(this.measures.measures(next.getId())).extracting(Measure::getTitle).containsExactly("ประกาศเจตจำนงสุจริตของปีหน้า");
		assertThat(this.measures.measures(this.current.todaysPlan().getId())).isEmpty();
		// another session (another coordinator, a division head) still sees this year
		assertThat(page("/admin/plan")).contains("ปีงบประมาณ " + thisYear.buddhistYear()).doesNotContain("ประกาศเจตจำนงสุจริตของปีหน้า");

		// two years ahead is refused; choosing this year again forgets the choice
		this.mvc.perform(post("/admin/plan/year").with(csrf()).with(COORDINATOR).session(session).param("year", "" + nextYear.next().buddhistYear()))
			.andExpect(flash().attribute("flashError", "plan.year.refused"));
		this.mvc.perform(post("/admin/plan/year").with(csrf()).with(COORDINATOR).session(session).param("year", "" + thisYear.buddhistYear()))
			.andExpect(status().is3xxRedirection());
		assertThat(session.getAttribute(CurrentPlan.SESSION_YEAR)).isNull();
		page = this.mvc.perform(get("/admin/plan").with(COORDINATOR).session(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("ปีงบประมาณ " + thisYear.buddhistYear()).doesNotContain("id=\"other-year\"");
	}

	@Test
	void aDivisionHeadCannotEditMeasures() throws Exception {
		RequestPostProcessor head = user("head").roles("DIVISION_HEAD");
		assertThat(this.mvc.perform(get("/admin/plan/measures/new").with(head)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(post("/admin/plan/measures").with(csrf()).with(head).param("title", "x"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mongo.count(new Query(), "measures")).isZero();
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
