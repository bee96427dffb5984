package org.tidtam.measures.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.tidtam.measures.Acknowledgement;
import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.DivisionProgress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Acknowledgement, the reminder job's list and the dashboard, on seed 004 published. */
class AssignmentServiceIntegrationTests extends PlanStoreTestContext {

	Plan plan;

	List<Assignment> published() {
		this.plan = draft2566();
		this.measures.importConfirmed(this.plan.getId(), seed004(), "confirm-1");
		this.plans.publish(this.plan.getId(), "coordinator-1");
		return this.assignments.forPlan(this.plan.getId());
	}

	@Test
	void acknowledgedOnceThenTheSecondPressSaysWhoAndWhen() {
		Assignment a = published().get(0);
		Instant first = this.clock.instant();

		Acknowledgement one = this.assignments.acknowledge(a.getId(), "head-1");
		this.clock.advance(Duration.ofHours(3));
		Acknowledgement two = this.assignments.acknowledge(a.getId(), "head-2");

		assertThat(one).isEqualTo(new Acknowledgement.Acknowledged(first));
		assertThat(two).isEqualTo(new Acknowledgement.AlreadyAcknowledged("head-1", first));
		Assignment stored = this.assignments.find(a.getId()).orElseThrow();
		assertThat(stored.getAcknowledgedBy()).isEqualTo("head-1");
		assertThat(stored.getAcknowledgedAt()).isEqualTo(first);
	}

	@Test
	void unacknowledgedListsNoticesOlderThanTheWaitWithNoAcknowledgement() {
		List<Assignment> all = published();
		this.assignments.noticeSent(all.get(0).getId());
		this.assignments.noticeSent(all.get(1).getId());
		this.assignments.noticeSent(all.get(2).getId());
		this.clock.advance(Duration.ofDays(2));
		this.assignments.noticeSent(all.get(3).getId()); // sent later: not yet due for a reminder
		assertThat(this.assignments.noticeSent(all.get(0).getId())).as("the first notice counts").isFalse();
		this.assignments.acknowledge(all.get(1).getId(), "head-1");

		assertThat(this.assignments.unacknowledged(this.plan.getId(), Duration.ofDays(3))).isEmpty();

		this.clock.advance(Duration.ofDays(1).plusMinutes(1));

		assertThat(this.assignments.unacknowledged(this.plan.getId(), Duration.ofDays(3))).extracting(Assignment::getId)
			.containsExactlyInAnyOrder(all.get(0).getId(), all.get(2).getId());
		assertThat(this.assignments.unacknowledged(this.plan.getId(), Duration.ofDays(1))).hasSize(3);
	}

	@Test
	void dashboardCountsAssignedAcknowledgedAndDonePerDivision() {
		List<Assignment> all = published();
		List<Assignment> pvo = all.stream().filter(a -> a.getDivisionId().equals("pvo")).toList();
		List<Assignment> dopa = all.stream().filter(a -> a.getDivisionId().equals("dopa")).toList();
		this.assignments.acknowledge(pvo.get(0).getId(), "head-pvo");
		this.assignments.acknowledge(pvo.get(1).getId(), "head-pvo");
		this.assignments.changeState(pvo.get(0).getId(), AssignmentState.DONE);
		this.assignments.changeState(dopa.get(0).getId(), AssignmentState.IN_PROGRESS);

		assertThat(this.assignments.dashboard(this.plan.getId())).containsExactly(new DivisionProgress("dopa", 5, 0, 0),
				new DivisionProgress("ppho", 5, 0, 0), new DivisionProgress("pvo", 5, 2, 1),
				new DivisionProgress("social", 5, 0, 0));
	}

	@Test
	void aSecondAssignmentForTheSameMeasureAndDivisionIsRefusedByTheStore() {
		Assignment a = published().get(0);

		assertThatThrownBy(() -> this.mongo
			.insert(new Assignment(a.getPlanId(), a.getMeasureId(), a.getDivisionId(), a.getDueOn(), this.clock.instant())))
			.isInstanceOf(DuplicateKeyException.class);
		assertThat(count(Assignment.COLLECTION)).isEqualTo(20);
	}

	@Test
	void statesCarryTheirThaiLabels() {
		assertThat(AssignmentState.DONE.thai()).isEqualTo("ดำเนินการแล้ว");
		assertThat(AssignmentState.NOT_DONE.thai()).isEqualTo("ยังไม่ดำเนินการ");
	}

}
