package org.tidtam.measures.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.tidtam.measures.AssignmentArchived;
import org.tidtam.measures.MeasureAssigned;
import org.tidtam.measures.MeasureEdited;
import org.tidtam.measures.plan.MeasureService.Removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Measures in a draft and in a published plan: what reaches the assignments and the listeners. */
class MeasureServiceIntegrationTests extends PlanStoreTestContext {

	MeasureForm form = MeasureForm.of("เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์", List.of("จัดทำข้อมูล", "เผยแพร่"),
			List.of("pvo", "dopa"), MeasureCadence.withinQuarter(2));

	Plan published() {
		Plan plan = draft2566();
		this.plans.publish(plan.getId(), "coordinator-1");
		return plan;
	}

	@Test
	void addingAnOwnerToAPublishedMeasureAssignsOnlyThatDivision() {
		Plan plan = published();
		Measure m = this.measures.add(plan.getId(), this.form);
		assertThat(this.events.stream(MeasureAssigned.class)).hasSize(2);

		MeasureChanged changed = this.measures.edit(m.getId(), this.form.withDivisionIds(List.of("pvo", "dopa", "ppho")));

		assertThat(changed.changes()).containsExactly("ผู้รับผิดชอบที่เพิ่ม: ppho");
		assertThat(changed.addedDivisionIds()).containsExactly("ppho");
		assertThat(this.assignments.forMeasure(m.getId())).extracting(Assignment::getDivisionId)
			.containsExactlyInAnyOrder("pvo", "dopa", "ppho");
		assertThat(this.events.stream(MeasureAssigned.class)).hasSize(3)
			.filteredOn(e -> e.divisionId().equals("ppho"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.measureId()).isEqualTo(m.getId());
				assertThat(e.dueOn()).isEqualTo(LocalDate.of(2023, 3, 31));
			});
		assertThat(this.events.stream(MeasureEdited.class)).containsExactly(
				new MeasureEdited(m.getId(), plan.getId(), List.of("ผู้รับผิดชอบที่เพิ่ม: ppho")));
	}

	@Test
	void removingAnOwnerArchivesItsAssignmentAndAddingItBackReopensTheSameOne() {
		Plan plan = published();
		Measure m = this.measures.add(plan.getId(), this.form);
		String dopa = assignmentOf(m, "dopa").getId();
		this.assignments.acknowledge(dopa, "head-dopa");

		MeasureChanged removed = this.measures.edit(m.getId(), this.form.withDivisionIds(List.of("pvo")));

		assertThat(removed.changes()).containsExactly("ผู้รับผิดชอบที่ถอนออก: dopa");
		Assignment archived = assignmentOf(m, "dopa");
		assertThat(archived.isArchived()).isTrue();
		assertThat(archived.getAcknowledgedBy()).as("history kept").isEqualTo("head-dopa");
		assertThat(this.assignments.forPlan(plan.getId())).extracting(Assignment::getDivisionId).containsExactly("pvo");
		assertThat(this.events.stream(AssignmentArchived.class)).containsExactly(new AssignmentArchived(dopa, m.getId(), "dopa"));

		this.measures.edit(m.getId(), this.form);

		assertThat(assignmentOf(m, "dopa").getId()).isEqualTo(dopa);
		assertThat(assignmentOf(m, "dopa").isArchived()).isFalse();
		assertThat(this.events.stream(MeasureAssigned.class).filter(e -> e.divisionId().equals("dopa"))).hasSize(2);
	}

	@Test
	void editingTitleStepsAndCadenceIsSummarisedInThaiAndMovesTheDueDates() {
		Plan plan = published();
		Measure m = this.measures.add(plan.getId(), this.form);

		MeasureChanged changed = this.measures.edit(m.getId(), this.form.withTitle("เปิดเผยข้อมูล")
			.withSteps(List.of("รวบรวมข้อมูล"))
			.withCadence(MeasureCadence.fiscalYearEnd()));

		assertThat(changed.changes()).containsExactly("ชื่อมาตรการ: เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ → เปิดเผยข้อมูล",
				"ขั้นตอนหรือวิธีการ: ๑. รวบรวมข้อมูล", "กำหนดส่ง: 31 มีนาคม 2566 → 30 กันยายน 2566");
		assertThat(this.assignments.forMeasure(m.getId()))
			.allSatisfy(a -> assertThat(a.getDueOn()).isEqualTo(LocalDate.of(2023, 9, 30)));
		assertThat(this.events.stream(MeasureEdited.class)).singleElement()
			.satisfies(e -> assertThat(e.changes()).isEqualTo(changed.changes()));
	}

	@Test
	void aDraftIsEditedAndRemovedQuietly() {
		Plan plan = draft2566();
		Measure m = this.measures.add(plan.getId(), this.form);

		MeasureChanged changed = this.measures.edit(m.getId(), this.form.withTitle("อื่น"));
		Removal removal = this.measures.remove(m.getId());

		assertThat(changed.changes()).hasSize(1);
		assertThat(removal).isEqualTo(Removal.DELETED);
		assertThat(this.measures.find(m.getId())).isEmpty();
		assertThat(count(Assignment.COLLECTION)).isZero();
		assertThat(this.events.stream(MeasureEdited.class)).isEmpty();
		assertThat(this.events.stream(MeasureAssigned.class)).isEmpty();
	}

	@Test
	void removingFromAPublishedPlanArchivesTheMeasureAndItsAssignments() {
		Plan plan = published();
		Measure m = this.measures.add(plan.getId(), this.form);

		assertThat(this.measures.remove(m.getId())).isEqualTo(Removal.ARCHIVED);

		assertThat(this.measures.find(m.getId()).orElseThrow().isArchived()).isTrue();
		assertThat(this.measures.measures(plan.getId())).isEmpty();
		assertThat(this.assignments.forMeasure(m.getId())).hasSize(2).allSatisfy(a -> assertThat(a.isArchived()).isTrue());
		assertThat(this.events.stream(AssignmentArchived.class)).hasSize(2);
	}

	@Test
	void numbersAreUniqueInAPlanAndTheNextFreeOneIsGiven() {
		Plan plan = draft2566();
		Measure first = this.measures.add(plan.getId(), this.form);
		Measure second = this.measures.add(plan.getId(), this.form);

		assertThat(first.getNumber()).isEqualTo(1);
		assertThat(second.getNumber()).isEqualTo(2);
		assertThatThrownBy(() -> this.measures.add(plan.getId(),
				new MeasureForm(2, null, "ซ้ำ", List.of(), List.of(), null, null, null)))
			.isInstanceOf(DuplicateKeyException.class);
	}

	Assignment assignmentOf(Measure m, String divisionId) {
		return this.assignments.forMeasure(m.getId())
			.stream()
			.filter(a -> a.getDivisionId().equals(divisionId))
			.findFirst()
			.orElseThrow();
	}

}
