package org.tidtam.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.tidtam.line.outbound.OutboxMessage;
import org.tidtam.line.outbound.OutboxSender;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Fault;
import org.tidtam.line.simulator.Sent;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.GroupBindingService;
import org.tidtam.measures.organisation.LinkingService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureForm;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.progress.ProgressReport;
import org.tidtam.progress.ProgressService;
import org.tidtam.progress.ProgressStatus;
import org.tidtam.reminders.ReportReminders;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.Role;
import org.tidtam.shared.ThaiDates;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

/**
 * The reminders benchmark (issue 4), run by {@code bench/reminders.sh}, never by {@code verify}: 100
 * divisions × 20 assignments (half the divisions with a bound LINE group, half reached through their
 * head), one in ten assignments already reported, on the working day before a quarter-2 deadline, so
 * each division owes one group-or-head reminder and its head one personal reminder. 30 % of pushes
 * answer 500. Prints the time to compute and queue the reminders, the LINE calls made, the messages
 * LINE accepted against the minimum, and duplicates.
 */
@EnabledIfSystemProperty(named = "bench", matches = "reminders")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT1H", "tidtam.inbox.enabled=false",
				"logging.level.org.tidtam=WARN" })
@Import(TestClockConfig.class)
class ReminderBenchmark {

	static final int DIVISIONS = 100;

	static final int MEASURES = 20;

	@Autowired
	FakeLinePlatform line;

	@Autowired
	MutableClock clock;

	@Autowired
	DivisionService divisions;

	@Autowired
	PersonService people;

	@Autowired
	LinkingService linking;

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
	ReportReminders reminders;

	@Autowired
	OutboxSender sender;

	@Autowired
	MongoTemplate mongo;

	@Test
	void reminders() {
		this.clock.set(bangkok(2026, 3, 2, 10, 0));
		List<String> divisionIds = new ArrayList<>();
		for (int d = 0; d < DIVISIONS; d++) {
			Division division = this.divisions.create("กองที่ " + (d + 1), "", List.of(), true, false);
			divisionIds.add(division.getId());
			Person head = this.people.create("หัวหน้ากองที่ " + (d + 1), "ผู้อำนวยการกอง", division.getId(),
					Set.of(Role.DIVISION_HEAD), null);
			String userId = String.format("U%032x", 0xbe000 + d);
			this.linking.redeem(userId, this.linking.issueCode(head.getId()).code());
			if (d % 2 == 0) {
				this.groups.bind(String.format("C%032x", 0xbe000 + d), division.getId(), userId);
			}
		}
		Plan plan = this.plans.create(FiscalYear.of(2569), null);
		IntStream.rangeClosed(1, MEASURES)
			.forEach(i -> this.measures.add(plan.getId(), new MeasureForm(i, null, "มาตรการที่ " + i, List.of(), divisionIds,
					MeasureCadence.withinQuarter(2), null, null)));
		this.plans.publish(plan.getId(), "bench");
		// the assignment notices go out first (they are not part of the figures)
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofMinutes(2))
			.until(() -> this.assignments.forPlan(plan.getId()).stream().allMatch(a -> a.getNoticeSentAt() != null));
		List<Assignment> all = this.assignments.forPlan(plan.getId());
		for (int i = 0; i < all.size(); i += 10) {
			ProgressReport r = new ProgressReport();
			r.setAssignmentId(all.get(i).getId());
			r.setStatus(ProgressStatus.IN_PROGRESS);
			r.setText("กำลังดำเนินการ");
			r.setSource(ProgressReport.Source.WEB);
			r.setReportedAt(bangkok(2026, 3, 20, 10, 0));
			this.progress.record(r);
		}
		this.mongo.remove(new Query(), "line_outbox");
		this.line.reset();
		this.line.injectRandomFaults("push", Fault.status(500), 0.30, 20261121L);

		// Monday 30 March 2569, the working day before the Tuesday deadline
		this.clock.set(bangkok(2026, 3, 30, 8, 30));
		long computeStarted = System.nanoTime();
		List<Object> decided = this.reminders.due(3);
		long computeMillis = (System.nanoTime() - computeStarted) / 1_000_000;
		long started = System.nanoTime();
		List<Object> announced = this.reminders.run(3);
		long computedMillis = (System.nanoTime() - started) / 1_000_000;
		int rounds = 0;
		while (pending() > 0 && rounds < 200) {
			this.clock.advance(Duration.ofMinutes(5));
			this.sender.sendDue();
			rounds++;
		}
		long allSentMillis = (System.nanoTime() - started) / 1_000_000;
		this.line.clearFaults();

		List<Sent> accepted = this.line.sent().stream().filter(s -> s.endpoint().equals("push")).toList();
		long calls = this.line.calls().stream().filter(c -> c.path().endsWith("/push")).count();
		Map<String, Integer> perRecipientAndText = new HashMap<>();
		for (Sent s : accepted) {
			perRecipientAndText.merge(s.to() + "|" + s.messages().toString(), 1, Integer::sum);
		}
		long duplicates = perRecipientAndText.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
		int minimum = DIVISIONS * 2; // one to the group or head, one to the head personally
		System.out.printf("%n== Reminders benchmark: %d divisions x %d assignments, 30%% of pushes answer 500 ==%n", DIVISIONS,
				MEASURES);
		System.out.printf("reminder decisions announced:          %d%n", announced.size());
		System.out.printf("time to compute them (store reads incl.): %d ms (%d decisions)%n", computeMillis, decided.size());
		System.out.printf("time to compute, queue and first try:  %d ms%n", computedMillis);
		System.out.printf("time until every message was accepted: %d ms (%d retry rounds of the outbox)%n", allSentMillis,
				rounds);
		System.out.printf("LINE push calls made (incl. 500s):     %d%n", calls);
		System.out.printf("messages LINE accepted:                %d (minimum %d)%n", accepted.size(), minimum);
		System.out.printf("duplicates:                            %d%n", duplicates);
		System.out.printf("still pending:                         %d%n%n", pending());
	}

	private long pending() {
		return this.mongo.count(Query.query(Criteria.where("state").in(OutboxMessage.State.PENDING.name(),
				OutboxMessage.State.SENDING.name())), OutboxMessage.class);
	}

	static Instant bangkok(int y, int m, int d, int hh, int mm) {
		return LocalDateTime.of(y, m, d, hh, mm).atZone(ThaiDates.BANGKOK).toInstant();
	}

}
