package org.tidtam.progress.web;

import java.time.Instant;
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
import org.springframework.test.web.servlet.MockMvc;
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
import org.tidtam.progress.ProgressReport;
import org.tidtam.progress.ProgressService;
import org.tidtam.progress.ProgressStatus;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.Role;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The quarter grid, the division's due and late list, and participation, on a fixed day. */
@SpringBootTest(properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
class ProgressOverviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

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

	String works;

	String finance;

	String reportId;

	@BeforeEach
	void setUp() {
		for (String c : List.of("divisions", "people", "plans", "measures", "assignments", ProgressReport.COLLECTION,
				"organisation")) {
			this.mongo.remove(new Query(), c);
		}
		this.clock.set(Instant.parse("2026-01-05T03:00:00Z"));
		this.works = this.divisions.create("กองช่าง", "กช", List.of(), true, false).getId();
		this.finance = this.divisions.create("กองคลัง", "กค", List.of(), true, false).getId();
		Plan plan = this.plans.create(FiscalYear.of(2569), null);
		this.measures.add(plan.getId(), MeasureForm.of("เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", List.of(),
				List.of(this.works, this.finance), MeasureCadence.withinQuarter(2)));
		this.plans.publish(plan.getId(), "coordinator");
		Assignment works = this.assignments.forPlan(plan.getId())
			.stream()
			.filter(a -> a.getDivisionId().equals(this.works))
			.findFirst()
			.orElseThrow();
		this.clock.set(Instant.parse("2026-03-10T03:00:00Z"));
		ProgressReport r = new ProgressReport();
		r.setAssignmentId(works.getId());
		r.setStatus(ProgressStatus.DONE);
		r.setText("เผยแพร่แล้ว");
		r.setReportedByName("สมชาย ใจดี");
		r.setSource(ProgressReport.Source.CHAT);
		this.reportId = this.progress.record(r).getId();
		this.clock.set(Instant.parse("2026-04-05T03:00:00Z"));
	}

	@Test
	void theQuarterGridColoursEachDivisionAndOpensTheLatestReport() throws Exception {
		this.mvc.perform(get("/admin/progress").param("quarter", "2").with(user("malee").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("#1 เปิดเผยข้อมูลการจัดซื้อจัดจ้าง")))
			.andExpect(content().string(matchesPattern("(?s).*class=\"state state-DONE\"\\s+href=\"/admin/progress/assignments/\\w+#report-"
					+ this.reportId + "\".*ตรงเวลา.*")))
			.andExpect(content().string(matchesPattern("(?s).*class=\"state state-NOT_DONE\".*ยังไม่รายงาน \\(เลยกำหนด\\).*")));
	}

	@Test
	void aDivisionsListPutsWhatIsLateFirst() throws Exception {
		this.mvc
			.perform(get("/admin/progress").param("division", this.finance).with(user("boss").roles("EXECUTIVE")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*id=\"due\".*รายงานผลภายในวันที่ 31 มีนาคม 2569.*ยังไม่รายงาน \\(เลยกำหนด\\).*")));
	}

	@Test
	void fromOctoberTheYearJustEndedStaysInViewUntilAndAfterTheNewPlanIsOut() throws Exception {
		// 5 October 2569: fiscal year 2570 began, its plan is not published
		this.clock.set(Instant.parse("2026-10-05T03:00:00Z"));
		this.mvc.perform(get("/admin/progress").param("division", this.finance).with(user("malee").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>ปีงบประมาณ 2569</strong>")))
			.andExpect(content().string(containsString("สถานะการรายงาน ไตรมาสที่ 4")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"due\".*รายงานผลภายในวันที่ 31 มีนาคม 2569.*ยังไม่รายงาน \\(เลยกำหนด\\).*")));

		Plan next = this.plans.create(FiscalYear.of(2570), null);
		this.measures.add(next.getId(), MeasureForm.of("ประกาศเจตจำนงสุจริตของผู้บริหาร", List.of(), List.of(this.works),
				MeasureCadence.withinQuarter(1)));
		this.clock.set(Instant.parse("2026-10-16T03:00:00Z"));
		this.plans.publish(next.getId(), "coordinator");
		this.mvc.perform(get("/admin/progress").with(user("malee").roles("COORDINATOR")))
			.andExpect(content().string(containsString("<strong>ปีงบประมาณ 2570</strong>")))
			.andExpect(content().string(containsString("#1 ประกาศเจตจำนงสุจริตของผู้บริหาร")))
			.andExpect(content().string(containsString("href=\"/admin/progress?year=2569\"")));
		this.mvc.perform(get("/admin/progress").param("year", "2569").with(user("malee").roles("COORDINATOR")))
			.andExpect(content().string(containsString("<strong>ปีงบประมาณ 2569</strong>")))
			.andExpect(content().string(containsString("#1 เปิดเผยข้อมูลการจัดซื้อจัดจ้าง")))
			.andExpect(content().string(containsString("href=\"/admin/progress?quarter=2&amp;year=2569\"")));
	}

	@Test
	void participationFollowsTheYearChangeAsTheOverviewDoes() throws Exception {
		// 5 October 2569: the new plan is not out, so the page shows who took part in 2569 instead of nothing
		this.clock.set(Instant.parse("2026-10-05T03:00:00Z"));
		this.mvc.perform(get("/admin/progress/participation").with(user("malee").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>ปีงบประมาณ 2569</strong>")))
			.andExpect(content().string(matchesPattern("(?s).*<td>สมชาย ใจดี</td>\\s*<td>1</td>\\s*<td>0</td>.*")));

		Plan next = this.plans.create(FiscalYear.of(2570), null);
		this.measures.add(next.getId(), MeasureForm.of("ประกาศเจตจำนงสุจริตของผู้บริหาร", List.of(), List.of(this.works),
				MeasureCadence.withinQuarter(1)));
		this.clock.set(Instant.parse("2026-10-16T03:00:00Z"));
		this.plans.publish(next.getId(), "coordinator");
		this.mvc.perform(get("/admin/progress/participation").with(user("malee").roles("COORDINATOR")))
			.andExpect(content().string(containsString("<strong>ปีงบประมาณ 2570</strong>")))
			.andExpect(content().string(containsString("href=\"/admin/progress/participation?year=2569\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("สมชาย ใจดี"))));
		this.mvc.perform(get("/admin/progress/participation").param("year", "2569").with(user("malee").roles("COORDINATOR")))
			.andExpect(content().string(containsString("<strong>ปีงบประมาณ 2569</strong>")))
			.andExpect(content().string(containsString("สมชาย ใจดี")));
		this.mvc.perform(get("/admin/progress").param("year", "2569").with(user("malee").roles("COORDINATOR")))
			.andExpect(content().string(containsString("href=\"/admin/progress/participation?year=2569\"")));
	}

	@Test
	void participationCountsPeriodsPerDivisionAndReportsPerPerson() throws Exception {
		this.mvc.perform(get("/admin/progress/participation").with(user("malee").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*<td>กองช่าง</td>\\s*<td>1</td>\\s*<td>0</td>\\s*<td>0</td>.*")))
			.andExpect(content().string(matchesPattern("(?s).*<td>กองคลัง</td>\\s*<td>0</td>\\s*<td>0</td>\\s*<td>1</td>.*")))
			.andExpect(content().string(matchesPattern("(?s).*<td>สมชาย ใจดี</td>\\s*<td>1</td>\\s*<td>0</td>.*")));
		this.mvc.perform(get("/admin/progress/participation").with(user("s").roles("STAFF"))).andExpect(status().isForbidden());
	}

	@Test
	void aLateQuarterlyReportIsLateOnceAndNotAlsoTheNextQuartersOnTimeReport() throws Exception {
		// a year-end measure for finance from 1 March: quarters 2, 3 and 4 owed
		this.clock.set(Instant.parse("2026-03-01T03:00:00Z"));
		Plan plan = this.plans.forYear(FiscalYear.of(2569)).orElseThrow();
		Measure yearEnd = this.measures.add(plan.getId(), MeasureForm.of("สรุปผลการดำเนินงาน", List.of(), List.of(this.finance),
				MeasureCadence.fiscalYearEnd()));
		// quarter 2 (due 31 March) reported on 2 April, inside quarter 3's window
		this.clock.set(Instant.parse("2026-04-02T03:00:00Z"));
		ProgressReport r = new ProgressReport();
		r.setAssignmentId(this.assignments.forMeasure(yearEnd.getId()).get(0).getId());
		r.setStatus(ProgressStatus.IN_PROGRESS);
		r.setText("ดำเนินการไตรมาส 2 แล้ว");
		r.setReportedByName("มานี มีนา");
		r.setSource(ProgressReport.Source.CHAT);
		this.progress.record(r);
		this.clock.set(Instant.parse("2026-04-05T03:00:00Z"));
		// finance: quarter 2 late, quarter 3 still open (not on time), the quarter-2 measure missing; the report late
		this.mvc.perform(get("/admin/progress/participation").with(user("malee").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*<td>กองคลัง</td>\\s*<td>0</td>\\s*<td>1</td>\\s*<td>1</td>.*")))
			.andExpect(content().string(matchesPattern("(?s).*<td>มานี มีนา</td>\\s*<td>0</td>\\s*<td>1</td>.*")));
	}

}
