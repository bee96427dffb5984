package org.tidtam.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.tidtam.line.simulator.Call;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Fault;
import org.tidtam.line.simulator.Sent;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.GroupBindingService;
import org.tidtam.measures.organisation.Person;
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
import static org.awaitility.Awaitility.await;

/**
 * The reminder benchmark (README, "Progress"): 100 divisions × 20 assignments, a quarter of them
 * reported; on the working day before the deadline every division's group and head are reminded
 * through the fake LINE API while 30 % of the first sends fail with a 5xx (half of them "accepted but
 * the response lost"). Prints the time to compute the reminders, the LINE calls, the messages
 * delivered (must equal the minimum: one per group and one per head) and duplicates (must be 0).
 * Run with {@code -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.05S",
				"tidtam.outbox.first-backoff=PT1S", "tidtam.notices.gather-millis=100", "logging.level.org.tidtam=WARN" })
@Import(TestClockConfig.class)
class ReportRemindersBenchmark {

	static final int DIVISIONS = 100;

	static final int MEASURES = 20;

	@Autowired
	FakeLinePlatform line;

	@Autowired
	MutableClock clock;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	DivisionService divisions;

	@Autowired
	GroupBindingService groups;

	@Autowired
	PlanService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	AssignmentService assignments;

	@Autowired
	ProgressService progress;

	@Autowired
	ProgressReminders reminders;

	@Test
	void hundredDivisionsTwentyAssignmentsWithThirtyPercentFailures() {
		this.clock.set(Instant.parse("2026-01-05T03:00:00Z"));
		List<String> divisionIds = new ArrayList<>();
		List<Document> heads = new ArrayList<>();
		for (int d = 0; d < DIVISIONS; d++) {
			Division division = this.divisions.create("กองทดสอบ " + d, "", List.of(), true, false);
			divisionIds.add(division.getId());
			heads.add(new Document(Person.NAME, "หัวหน้า " + d).append(Person.DIVISION_ID, division.getId())
				.append(Person.ROLES, List.of("DIVISION_HEAD"))
				.append(Person.LINE_USER_ID, String.format("U%032x", 0xa0000 + d))
				.append(Person.LINE_LINK_ACTIVE, true));
		}
		this.mongo.getCollection(Person.COLLECTION).insertMany(heads);
		for (int d = 0; d < DIVISIONS; d++) {
			String group = String.format("C%032x", 0xb0000 + d);
			this.line.putGroup(group, "กลุ่ม " + d);
			this.groups.bind(group, divisionIds.get(d), String.format("U%032x", 0xa0000 + d));
		}
		Plan plan = this.plans.create(FiscalYear.of(2569), null);
		IntStream.rangeClosed(1, MEASURES)
			.forEach(i -> this.measures.add(plan.getId(),
					MeasureForm.of("มาตรการทดสอบ " + i, List.of(), divisionIds, MeasureCadence.withinQuarter(2))));
		this.plans.publish(plan.getId(), "coordinator");
		List<Assignment> all = this.assignments.forPlan(plan.getId());
		assertThat(all).hasSize(DIVISIONS * MEASURES);
		// the assignment notices of publishing go out first; then a quarter of the work is reported
		await().atMost(Duration.ofMinutes(2)).until(() -> this.assignments.forPlan(plan.getId())
			.stream()
			.allMatch(a -> a.getNoticeSentAt() != null) && outboxDrained());
		this.clock.set(Instant.parse("2026-03-10T03:00:00Z"));
		for (int i = 0; i < all.size(); i += 4) {
			ProgressReport r = new ProgressReport();
			r.setAssignmentId(all.get(i).getId());
			r.setStatus(ProgressStatus.IN_PROGRESS);
			r.setText("รายงานทดสอบ");
			r.setSource(ProgressReport.Source.WEB);
			r.setIdempotencyKey("bench-" + i);
			this.progress.record(r);
		}
		await().atMost(Duration.ofMinutes(1)).until(this::outboxDrained);
		this.line.reset();

		// Monday 30 March 2026, 09:00 Bangkok: 1 day before the deadline, within 3 days
		this.clock.set(Instant.parse("2026-03-30T02:00:00Z"));
		int minimum = 2 * DIVISIONS;
		int failures = minimum * 30 / 100;
		this.line.injectFault("push", Fault.status(503), failures / 2);
		this.line.injectFault("push", Fault.ACCEPTED_BUT_RESPONSE_LOST, failures - failures / 2);
		long started = System.nanoTime();
		List<ReportReminder> owed = this.reminders.owed(3);
		long computeMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(owed).hasSize(minimum);
		this.reminders.remind(3);
		// retries fall due on the app's clock: move it on until everything is out
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
			this.clock.advance(Duration.ofMinutes(1));
			return delivered().size() >= minimum;
		});
		this.clock.advance(Duration.ofMinutes(30));
		// nothing more arrives: every retry of a message already out is refused by its retry key
		await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
		List<Sent> sent = delivered();
		Set<String> seen = new HashSet<>();
		long duplicates = sent.stream().filter(s -> !seen.add(s.to() + "|" + s.messages())).count();
		List<Call> calls = this.line.calls().stream().filter(c -> c.path().endsWith("/message/push")).toList();
		long failed = calls.stream().filter(c -> c.status() >= 500).count();
		System.out.printf("%nREMINDER BENCHMARK: %d divisions x %d assignments (%d reported)%n", DIVISIONS, MEASURES,
				(all.size() + 3) / 4);
		System.out.printf("  compute: %d ms for %d reminders%n", computeMillis, owed.size());
		System.out.printf("  LINE push calls: %d (%d answered 5xx, %d answered 409 to a retry key already used)%n",
				calls.size(), failed, calls.stream().filter(c -> c.status() == 409).count());
		System.out.printf("  messages delivered: %d (minimum %d)%n", sent.size(), minimum);
		System.out.printf("  duplicates: %d%n%n", duplicates);
		assertThat(sent).hasSize(minimum);
		assertThat(duplicates).isZero();
	}

	private boolean outboxDrained() {
		return this.mongo.getCollection("line_outbox")
			.countDocuments(new Document("state", new Document("$in", List.of("PENDING", "SENDING")))) == 0;
	}

	private List<Sent> delivered() {
		return this.line.sent().stream().filter(s -> s.endpoint().equals("push")).toList();
	}

}
