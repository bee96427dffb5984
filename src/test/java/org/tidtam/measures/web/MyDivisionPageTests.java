package org.tidtam.measures.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
import org.tidtam.measures.organisation.Person;
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
import org.tidtam.web.AdminUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Heads see their own division: an admin links a sign-in to a person; the head's page lists only that
 * division's assignments and can acknowledge them once; another division's assignment is refused.
 */
@SpringBootTest(properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
@AutoConfigureMockMvc
class MyDivisionPageTests {

	static final RequestPostProcessor HEAD = user("somchai").roles("DIVISION_HEAD");

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
	MongoTemplate mongo;

	Division engineering;

	Division finance;

	Person somchai;

	AdminUser signIn;

	@BeforeEach
	void setUp() {
		for (String c : List.of("divisions", "people", "plans", "measures", "assignments", "admin_users")) {
			this.mongo.remove(new Query(), c);
		}
		this.engineering = this.divisions.create("กองช่าง", "", List.of(), true, false);
		this.finance = this.divisions.create("กองคลัง", "", List.of(), true, false);
		this.somchai = this.people.create("นายสมชาย ช่างดี", "ผู้อำนวยการกองช่าง", this.engineering.getId(),
				EnumSet.of(Role.DIVISION_HEAD), null);
		this.signIn = this.mongo.insert(new AdminUser("somchai", "{noop}x", "สมชาย", Set.of(Role.DIVISION_HEAD), Instant.now()));
	}

	@Test
	void aSignInNotLinkedToAPersonIsToldWhatToDo() throws Exception {
		assertThat(page()).contains("บัญชีนี้ยังไม่ได้ผูกกับรายชื่อบุคลากร");
	}

	@Test
	void theAdminLinksTheSignInAndTheHeadSeesAndAcknowledgesOnlyTheirDivision() throws Exception {
		this.mvc
			.perform(post("/admin/users/" + this.signIn.getId() + "/person").with(csrf())
				.with(user("admin").roles("ADMIN"))
				.param("personId", this.somchai.getId()))
			.andExpect(flash().attribute("flash", "users.person.linked"));
		Plan plan = this.current.plan();
		Measure road = this.measures.add(plan.getId(),
				MeasureForm.of("ซ่อมถนนตามคำร้อง", List.of(), List.of(this.engineering.getId()), MeasureCadence.withinQuarter(2)));
		Measure budget = this.measures.add(plan.getId(),
				MeasureForm.of("เผยแพร่งบประมาณรายจ่าย", List.of(), List.of(this.finance.getId()), null));
		this.plans.publish(plan.getId(), "coordinator");

		String page = page();
		assertThat(page).contains("กองช่าง").contains("ซ่อมถนนตามคำร้อง").doesNotContain("เผยแพร่งบประมาณรายจ่าย");
		Assignment mine = this.assignments.forMeasure(road.getId()).get(0);
		this.mvc.perform(post("/admin/my-division/" + mine.getId() + "/acknowledge").with(csrf()).with(HEAD))
			.andExpect(flash().attribute("flash", "my-division.acknowledged"));
		this.mvc.perform(post("/admin/my-division/" + mine.getId() + "/acknowledge").with(csrf()).with(HEAD))
			.andExpect(flash().attribute("flash", "my-division.already"));
		assertThat(this.assignments.find(mine.getId()).orElseThrow().getAcknowledgedBy()).isEqualTo(this.somchai.getId());
		assertThat(page()).contains("รับทราบแล้วโดย นายสมชาย ช่างดี");

		Assignment theirs = this.assignments.forMeasure(budget.getId()).get(0);
		this.mvc.perform(post("/admin/my-division/" + theirs.getId() + "/acknowledge").with(csrf()).with(HEAD))
			.andExpect(status().isForbidden());
		assertThat(this.assignments.find(theirs.getId()).orElseThrow().getAcknowledgedAt()).isNull();
	}

	private String page() throws Exception {
		return this.mvc.perform(get("/admin/my-division").with(HEAD))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
