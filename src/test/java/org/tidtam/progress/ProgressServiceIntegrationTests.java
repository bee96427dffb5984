package org.tidtam.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tidtam.measures.AssignmentState;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording, correcting and withdrawing reports on the embedded store, and what readers get back. */
@SpringBootTest(properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
@RecordApplicationEvents
@Import(TestClockConfig.class)
class ProgressServiceIntegrationTests {

	@Autowired
	ProgressService progress;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	DivisionService divisions;

	@Autowired
	PlanService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	AssignmentService assignments;

	Plan plan;

	Assignment assignment;

	@BeforeEach
	void setUp() {
		this.clock.set(MutableClock.DEFAULT_START);
		for (String c : List.of("divisions", "plans", "measures", "assignments", ProgressReport.COLLECTION)) {
			this.mongo.remove(new Query(), c);
		}
		String division = this.divisions.create("กองคลัง", "กค", List.of(), true, false).getId();
		this.plan = this.plans.create(FiscalYear.of(2569), null);
		this.measures.add(this.plan.getId(), MeasureForm.of("เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", List.of(), List.of(division),
				MeasureCadence.monthlyMeeting()));
		this.plans.publish(this.plan.getId(), "coordinator");
		this.assignment = this.assignments.forPlan(this.plan.getId()).get(0);
	}

	ProgressReport report(String key, ProgressStatus status, Integer percent) {
		ProgressReport r = new ProgressReport();
		r.setIdempotencyKey(key);
		r.setAssignmentId(this.assignment.getId());
		r.setStatus(status);
		r.setPercent(percent);
		r.setText("ลงประกาศบนเว็บไซต์");
		r.setSource(ProgressReport.Source.CHAT);
		r.setEvidence(List.of(new Evidence("f1", "sign.jpg", "image/jpeg", 10, "aa", "m-1", null),
				new Evidence("f2", "order.pdf", "application/pdf", 20, "bb", "m-2", null)));
		return r;
	}

	@Test
	void recordingTwiceUnderOneKeyRecordsOnceAndCopiesTheAssignmentsPlace() {
		ProgressReport first = this.progress.record(report("dialog-1", ProgressStatus.IN_PROGRESS, 40));
		ProgressReport again = this.progress.record(report("dialog-1", ProgressStatus.DONE, 100));
		assertThat(again.getId()).isEqualTo(first.getId());
		assertThat(again.getStatus()).isEqualTo(ProgressStatus.IN_PROGRESS);
		assertThat(this.mongo.count(new Query(), ProgressReport.COLLECTION)).isEqualTo(1);
		assertThat(first.getPlanId()).isEqualTo(this.plan.getId());
		assertThat(first.getDivisionId()).isEqualTo(this.assignment.getDivisionId());
		assertThat(first.getReportedAt()).isEqualTo(this.clock.instant());
		assertThat(this.assignments.find(this.assignment.getId()).orElseThrow().getState())
			.isEqualTo(AssignmentState.IN_PROGRESS);
		assertThat(this.events.stream(ProgressReported.class)).hasSize(1);
	}

	@Test
	void aCorrectionSupersedesTheEarlierReportWhichStaysInTheTimeline() {
		ProgressReport first = this.progress.record(report("dialog-1", ProgressStatus.IN_PROGRESS, 40));
		this.clock.advance(Duration.ofHours(1));
		ProgressReport fix = report("dialog-2", ProgressStatus.DONE, 100);
		fix.setCorrects(first.getId());
		ProgressReport second = this.progress.record(fix);
		assertThat(this.progress.find(first.getId()).orElseThrow().getSupersededBy()).isEqualTo(second.getId());
		assertThat(this.progress.timeline(this.assignment.getId())).extracting(ProgressReport::getId)
			.containsExactly(second.getId(), first.getId());
		assertThat(this.progress.latest(this.assignment.getId())).hasValueSatisfying(r -> assertThat(r.getId()).isEqualTo(second.getId()));
		assertThat(this.progress.between(this.plan.getId(), Instant.EPOCH, this.clock.instant().plusSeconds(1)))
			.extracting(ProgressReport::getId)
			.containsExactly(second.getId());
		assertThat(this.assignments.find(this.assignment.getId()).orElseThrow().getState()).isEqualTo(AssignmentState.DONE);
	}

	@Test
	void betweenIsHalfOpenAndLeavesWithdrawnReportsOut() {
		ProgressReport first = this.progress.record(report("a", ProgressStatus.IN_PROGRESS, 10));
		this.clock.advance(Duration.ofDays(1));
		ProgressReport second = this.progress.record(report("b", ProgressStatus.IN_PROGRESS, 20));
		Instant start = first.getReportedAt();
		assertThat(this.progress.between(this.plan.getId(), start, second.getReportedAt())).extracting(ProgressReport::getId)
			.containsExactly(first.getId());
		assertThat(this.progress.withdraw(second.getId())).isTrue();
		assertThat(this.progress.withdraw(second.getId())).as("once").isFalse();
		assertThat(this.progress.between(this.plan.getId(), start, this.clock.instant().plusSeconds(1)))
			.extracting(ProgressReport::getId)
			.containsExactly(first.getId());
		assertThat(this.progress.latest(this.assignment.getId())).hasValueSatisfying(r -> assertThat(r.getId()).isEqualTo(first.getId()));
		assertThat(this.progress.timeline(this.assignment.getId())).hasSize(2);
	}

	@Test
	void anUnsendMarksOnlyThatEvidenceWithdrawn() {
		ProgressReport r = this.progress.record(report("a", ProgressStatus.DONE, null));
		this.clock.advance(Duration.ofMinutes(3));
		assertThat(this.progress.withdrawEvidence("m-2")).isTrue();
		assertThat(this.progress.withdrawEvidence("m-unknown")).isFalse();
		ProgressReport after = this.progress.find(r.getId()).orElseThrow();
		assertThat(after.evidenceCount()).isEqualTo(1);
		assertThat(after.getEvidence().get(1).withdrawnAt()).isEqualTo(this.clock.instant());
		assertThat(after.getEvidence().get(0).withdrawn()).isFalse();
	}

	@Test
	void recentReportsOfAPersonInAChatAndLateEvidenceAddedOnce() {
		ProgressReport r = report("a", ProgressStatus.DONE, null);
		r.setChatId("C1");
		r.setLineUserId("U1");
		ProgressReport saved = this.progress.record(r);
		this.clock.advance(Duration.ofMinutes(4));
		assertThat(this.progress.recentBy("C1", "U1")).extracting(ProgressReport::getId).containsExactly(saved.getId());
		assertThat(this.progress.recentBy("C1", "U2")).isEmpty();
		assertThat(this.progress.recentBy("C2", "U1")).isEmpty();
		Evidence late = new Evidence("f9", "late.jpg", "image/jpeg", 5, "cc", "m-9", null);
		assertThat(this.progress.addEvidence(saved.getId(), List.of(late))).isEqualTo(1);
		assertThat(this.progress.addEvidence(saved.getId(), List.of(late))).as("a redelivery adds nothing").isZero();
		assertThat(this.progress.find(saved.getId()).orElseThrow().getEvidence()).extracting(Evidence::lineMessageId)
			.containsExactly("m-1", "m-2", "m-9");
		assertThat(this.progress.evidence("f9")).isPresent();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.progress.recentBy("C1", "U1")).as("after five minutes").isEmpty();
	}

	@Test
	void aPercentOutOfRangeOrAnUnknownAssignmentIsRefused() {
		assertThatThrownBy(() -> this.progress.record(report("a", ProgressStatus.DONE, 120)))
			.isInstanceOf(IllegalArgumentException.class);
		ProgressReport lost = report("b", ProgressStatus.DONE, null);
		lost.setAssignmentId("nope");
		assertThatThrownBy(() -> this.progress.record(lost)).isInstanceOf(IllegalArgumentException.class);
		assertThat(this.mongo.count(new Query(), ProgressReport.COLLECTION)).isZero();
	}

}
