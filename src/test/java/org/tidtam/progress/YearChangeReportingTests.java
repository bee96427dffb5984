package org.tidtam.progress;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureForm;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.shared.FiscalYear;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year change in the report dialog: in early October a division still owes its year-end summary and
 * its September report of the year just ended, whether or not the new year's plan is out.
 */
@SpringBootTest(properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
@Import(TestClockConfig.class)
class YearChangeReportingTests {

	/** 5 October 2569, 09:00 in Bangkok: fiscal year 2570 began four days ago. */
	static final Instant OCTOBER_5 = Instant.parse("2026-10-05T02:00:00Z");

	@Autowired
	ReportContext context;

	@Autowired
	ProgressService progress;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	DivisionService divisions;

	@Autowired
	PlanService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	AssignmentService assignments;

	String division;

	Plan lastYear;

	@BeforeEach
	void setUp() {
		this.clock.set(MutableClock.DEFAULT_START);
		for (String c : List.of("divisions", "plans", "measures", "assignments", ProgressReport.COLLECTION)) {
			this.mongo.remove(new Query(), c);
		}
		this.division = this.divisions.create("กองช่าง", "กช", List.of(), true, false).getId();
		this.lastYear = this.plans.create(FiscalYear.of(2569), null);
		this.measures.add(this.lastYear.getId(), MeasureForm.of("จัดทำคู่มือการปฏิบัติงาน", List.of(), List.of(this.division),
				MeasureCadence.fiscalYearEnd()));
		this.plans.publish(this.lastYear.getId(), "coordinator");
	}

	@Test
	void beforeTheNewPlanIsOutADivisionStillReportsLateOnLastYearsMeasureAndTheReportLandsInLastYearsPlan() {
		this.clock.set(OCTOBER_5);
		this.plans.create(FiscalYear.of(2570), null); // the coordinator opened the plan page: a draft

		List<ReportTarget> targets = this.context.openTargets(this.division);

		Assignment owed = this.assignments.forPlan(this.lastYear.getId()).get(0);
		assertThat(targets).extracting(ReportTarget::assignmentId).containsExactly(owed.getId());
		assertThat(targets.get(0).title()).isEqualTo("[ปี 2569] จัดทำคู่มือการปฏิบัติงาน");
		ProgressReport late = new ProgressReport();
		late.setAssignmentId(owed.getId());
		late.setText("จัดทำคู่มือเสร็จและเผยแพร่แล้ว");
		late.setStatus(ProgressStatus.DONE);
		assertThat(this.progress.record(late).getPlanId()).isEqualTo(this.lastYear.getId());
	}

	@Test
	void onceTheNewPlanIsPublishedItsMeasuresComeFirstAndLastYearsStillFollow() {
		this.clock.set(OCTOBER_5);
		Plan thisYear = this.plans.create(FiscalYear.of(2570), null);
		this.measures.add(thisYear.getId(), MeasureForm.of("ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน", List.of(),
				List.of(this.division), MeasureCadence.withinQuarter(2)));
		this.plans.publish(thisYear.getId(), "coordinator");

		List<ReportTarget> targets = this.context.openTargets(this.division);

		assertThat(targets).extracting(ReportTarget::title)
			.containsExactly("ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน", "[ปี 2569] จัดทำคู่มือการปฏิบัติงาน");
		assertThat(targets).extracting(ReportTarget::number).as("both years have a measure 1").containsExactly(1, 1);
	}

	@Test
	void lastYearsMeasuresLeaveTheDialogAfterOctober() {
		this.clock.set(Instant.parse("2026-10-31T16:59:00Z")); // 31 Oct 23:59 in Bangkok
		assertThat(this.context.openTargets(this.division)).hasSize(1);
		this.clock.set(Instant.parse("2026-10-31T17:00:00Z")); // 1 Nov 00:00
		assertThat(this.context.openTargets(this.division)).isEmpty();
	}

}
