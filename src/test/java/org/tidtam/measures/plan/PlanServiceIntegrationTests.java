package org.tidtam.measures.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.tidtam.measures.MeasureAssigned;
import org.tidtam.measures.PlanPublished;
import org.tidtam.measures.importing.ParsedMeasure;
import org.tidtam.measures.plan.MeasureService.ImportResult;
import org.tidtam.measures.plan.PlanService.Publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publishing the year's plan: once, with its assignments and events, however often it is pressed. */
class PlanServiceIntegrationTests extends PlanStoreTestContext {

	@Test
	void seed004ImportedTwiceIsSavedOnceAndPublishedAsTwentyAssignmentsDueEndOfMarch2023() {
		Plan plan = draft2566();

		ImportResult first = this.measures.importConfirmed(plan.getId(), seed004(), "confirm-1");
		ImportResult second = this.measures.importConfirmed(plan.getId(), seed004(), "confirm-1");

		assertThat(first.alreadyImported()).isFalse();
		assertThat(first.measureIds()).hasSize(5);
		assertThat(second.alreadyImported()).isTrue();
		assertThat(second.measureIds()).isEqualTo(first.measureIds());
		assertThat(count(Measure.COLLECTION)).isEqualTo(5);
		assertThat(count(MeasureImport.COLLECTION)).isEqualTo(1);
		assertThat(this.measures.measures(plan.getId())).extracting(Measure::getNumber).containsExactly(1, 2, 3, 4, 5);
		assertThat(this.measures.measures(plan.getId())).allSatisfy(m -> {
			assertThat(m.getDivisionIds()).containsExactlyElementsOf(REGIONAL_IDS);
			assertThat(m.getCadence()).isEqualTo(MeasureCadence.withinQuarter(2));
			assertThat(m.getImportKey()).isEqualTo("confirm-1");
		});
		assertThat(count(Assignment.COLLECTION)).as("a draft assigns nobody").isZero();

		this.plans.publish(plan.getId(), "coordinator-1");

		assertThat(this.assignments.forPlan(plan.getId())).hasSize(20)
			.allSatisfy(a -> assertThat(a.getDueOn()).isEqualTo(LocalDate.of(2023, 3, 31)));
		assertThat(this.events.stream(MeasureAssigned.class)).hasSize(20)
			.allSatisfy(e -> assertThat(e.dueOn()).isEqualTo(LocalDate.of(2023, 3, 31)));
	}

	@Test
	void twoConfirmsAtTheSameTimeSaveTheImportOnce() throws Exception {
		Plan plan = draft2566();
		List<ParsedMeasure> parsed = seed004();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<ImportResult> confirm = () -> {
				start.await();
				return this.measures.importConfirmed(plan.getId(), parsed, "confirm-1");
			};
			Future<ImportResult> a = pool.submit(confirm);
			Future<ImportResult> b = pool.submit(confirm);
			start.countDown();

			assertThat(a.get(30, TimeUnit.SECONDS).measureIds()).isEqualTo(b.get(30, TimeUnit.SECONDS).measureIds());
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count(Measure.COLLECTION)).isEqualTo(5);
		assertThat(count(MeasureImport.COLLECTION)).isEqualTo(1);
	}

	@Test
	void anotherImportOverTheSameNumbersIsRefused() {
		Plan plan = draft2566();
		this.measures.importConfirmed(plan.getId(), seed004(), "confirm-1");

		assertThat(this.measures.takenNumbers(plan.getId(), seed004(), "confirm-2")).containsExactly(1, 2, 3, 4, 5);
		assertThat(this.measures.takenNumbers(plan.getId(), seed004(), "confirm-1")).as("its own import's numbers")
			.isEmpty();
		assertThatThrownBy(() -> this.measures.importConfirmed(plan.getId(), seed004(), "confirm-2"))
			.isInstanceOfSatisfying(MeasureNumbersTaken.class,
					e -> assertThat(e.numbers()).containsExactly(1, 2, 3, 4, 5));
		assertThat(count(Measure.COLLECTION)).isEqualTo(5);
		assertThat(count(MeasureImport.COLLECTION)).as("nothing of the refused import is kept").isEqualTo(1);
	}

	@Test
	void publishTwiceIsOnePublishWithItsEventsOnce() {
		Plan plan = draft2566();
		this.measures.importConfirmed(plan.getId(), seed004(), "confirm-1");

		Publication first = this.plans.publish(plan.getId(), "coordinator-1");
		this.clock.advance(Duration.ofMinutes(5));
		Publication second = this.plans.publish(plan.getId(), "coordinator-2");

		assertThat(second).isEqualTo(first);
		assertThat(first.publishedBy()).isEqualTo("coordinator-1");
		assertThat(first.publishedAt()).isEqualTo(this.clock.instant().minus(Duration.ofMinutes(5)));
		assertThat(this.plans.find(plan.getId()).orElseThrow().getStatus()).isEqualTo(Plan.Status.PUBLISHED);
		assertThat(this.events.stream(PlanPublished.class)).containsExactly(new PlanPublished(plan.getId(), FY2566));
		assertThat(this.events.stream(MeasureAssigned.class)).hasSize(20);
		assertThat(count(Assignment.COLLECTION)).isEqualTo(20);
	}

	@Test
	void onePlanPerFiscalYear() {
		draft2566();

		assertThatThrownBy(() -> this.plans.create(FY2566, null)).isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void publishingAPlanThatDoesNotExistFails() {
		assertThatThrownBy(() -> this.plans.publish("nope", "coordinator-1")).isInstanceOf(IllegalArgumentException.class);
		assertThat(this.events.stream(PlanPublished.class)).isEmpty();
	}

}
