package org.tidtam.measures.web;

import java.time.Clock;
import java.time.LocalDate;
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
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureForm;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.shared.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A new year's plan started as a copy of last year's measures, for the coordinator to edit before publishing. */
@SpringBootTest(properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
@AutoConfigureMockMvc
class PlanCopyWebTests {

	static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	DivisionService divisions;

	@Autowired
	PlanService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Clock clock;

	FiscalYear thisYear;

	Division engineering;

	Division closed;

	@BeforeEach
	void lastYearsPublishedPlan() {
		for (String c : List.of("divisions", "plans", "measures", "assignments", "measure_imports")) {
			this.mongo.remove(new Query(), c);
		}
		this.thisYear = FiscalYear.containing(LocalDate.now(this.clock));
		this.engineering = this.divisions.create("กองช่าง", "", List.of(), true, false);
		this.closed = this.divisions.create("กองการประปา", "", List.of(), true, false);
		Plan last = this.plans.create(this.thisYear.previous(), null);
		LocalDate written = this.thisYear.previous().quarterEnd(2).minusDays(3);
		this.measures.add(last.getId(), new MeasureForm(1, "O36", "ประกาศเจตนารมณ์ป้องกันการทุจริต",
				List.of("จัดทำประกาศ", "เผยแพร่บนเว็บไซต์"), List.of(this.engineering.getId(), this.closed.getId()),
				MeasureCadence.byDate(written), "ภายในวันที่กำหนด", null));
		this.measures.add(last.getId(), new MeasureForm(2, null, "รายงานผลการจัดซื้อจัดจ้าง", List.of(),
				List.of(this.engineering.getId()), MeasureCadence.monthlyMeeting(), null, null));
		this.plans.publish(last.getId(), "coordinator");
		this.measures.addResolution(last.getId(), "meeting-1", "ซ่อมไฟถนน", this.engineering.getId(), written);
		this.divisions.deactivate(this.closed.getId());
	}

	@Test
	void anEmptyDraftStartsFromLastYearsMeasuresWithTheirOwnersAndDatesMovedOnAYear() throws Exception {
		String page = this.mvc.perform(get("/admin/plan").with(COORDINATOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"copy-last-year\"")
			.contains("เริ่มจากมาตรการปีงบประมาณ " + this.thisYear.previous().buddhistYear());

		long assignmentsBefore = this.mongo.count(new Query(), "assignments");
		this.mvc.perform(post("/admin/plan/copy-last-year").with(csrf()).with(COORDINATOR))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "plan.copy.done"))
			.andExpect(flash().attribute("flashArg", 2));

		Plan plan = this.plans.forYear(this.thisYear).orElseThrow();
		assertThat(plan.isPublished()).isFalse();
		List<Measure> copied = this.measures.measures(plan.getId());
		assertThat(copied).extracting(Measure::getNumber).containsExactly(1, 2);
		Measure first = copied.get(0);
		assertThat(first.getTitle()).isEqualTo("ประกาศเจตนารมณ์ป้องกันการทุจริต");
		assertThat(first.getIndicatorCode()).isEqualTo("O36");
		assertThat(first.getSteps()).containsExactly("จัดทำประกาศ", "เผยแพร่บนเว็บไซต์");
		// a division closed since is not carried over; the written date is in this year now
		assertThat(first.getDivisionIds()).containsExactly(this.engineering.getId());
		assertThat(first.getCadence().date()).isEqualTo(this.thisYear.quarterEnd(2).minusDays(3));
		assertThat(first.getDueOn()).isEqualTo(this.thisYear.quarterEnd(2).minusDays(3));
		assertThat(copied.get(1).getCadence()).isEqualTo(MeasureCadence.monthlyMeeting());
		// nothing was assigned or announced: the copy is a draft to edit
		assertThat(this.mongo.count(new Query(), "assignments")).isEqualTo(assignmentsBefore);

		// a second press copies nothing more, and the button is gone
		this.mvc.perform(post("/admin/plan/copy-last-year").with(csrf()).with(COORDINATOR))
			.andExpect(flash().attribute("flashError", "plan.copy.not-empty"));
		assertThat(this.measures.measures(plan.getId())).hasSize(2);
		assertThat(this.mvc.perform(get("/admin/plan").with(COORDINATOR)).andReturn().getResponse().getContentAsString())
			.doesNotContain("id=\"copy-last-year\"");
	}

	@Test
	void withNothingLastYearThereIsNoButtonAndThePressIsRefused() throws Exception {
		this.mongo.remove(new Query(), "measures");
		assertThat(this.mvc.perform(get("/admin/plan").with(COORDINATOR)).andReturn().getResponse().getContentAsString())
			.doesNotContain("id=\"copy-last-year\"");
		this.mvc.perform(post("/admin/plan/copy-last-year").with(csrf()).with(COORDINATOR))
			.andExpect(flash().attribute("flashError", "plan.copy.no-last-year"));
		assertThat(this.measures.measures(this.plans.forYear(this.thisYear).orElseThrow().getId())).isEmpty();
	}

}
