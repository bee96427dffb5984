package org.tidtam.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.tidtam.line.simulator.Chat;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Sent;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.GroupBindingService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureForm;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.reminders.ReminderSchedule;
import org.tidtam.reminders.ReminderService;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.Role;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Report reminders through the reminders module and the fake LINE platform, with a fixed clock: the
 * group hears only what is missing (with buttons that start the report), a division without a group
 * reaches its head 1:1, heads hear personally, nothing in quiet hours, nothing twice, and 1,001
 * executives get the digest in three multicasts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S", "tidtam.notices.gather-millis=100" })
@Import(TestClockConfig.class)
class ReportRemindersEndToEndTests {

	static final String WORKS_HEAD = "U00000000000000000000000000000e01";

	static final String FINANCE_HEAD = "U00000000000000000000000000000e02";

	static final String GROUP = "C00000000000000000000000000000e01";

	@Autowired
	FakeLinePlatform line;

	@Autowired
	MutableClock clock;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	DivisionService divisions;

	@Autowired
	PersonService people;

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
	ReminderService reminders;

	@Autowired
	ProgressReminders progressReminders;

	Division works;

	Division finance;

	List<Assignment> worksAssignments;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.parse("2026-01-05T03:00:00Z"));
		this.line.reset();
		for (String c : List.of("people", "divisions", "line_group_bindings", "plans", "measures", "assignments",
				"line_outbox", "chat_sessions", ProgressReport.COLLECTION, "organisation", "shedLock")) {
			this.mongo.remove(new Query(), c);
		}
		this.works = this.divisions.create("กองช่าง", "กช", List.of(), true, false);
		this.finance = this.divisions.create("กองคลัง", "กค", List.of(), true, false);
		linked(this.people.create("วิไลวรรณ ช่างคิด", "ผู้อำนวยการกองช่าง", this.works.getId(), Set.of(Role.DIVISION_HEAD),
				null), WORKS_HEAD);
		linked(this.people.create("ประเสริฐ ทองดี", "ผู้อำนวยการกองคลัง", this.finance.getId(), Set.of(Role.DIVISION_HEAD),
				null), FINANCE_HEAD);
		this.line.putGroup(GROUP, "กองช่าง");
		this.groups.bind(GROUP, this.works.getId(), WORKS_HEAD);
		Plan plan = this.plans.create(FiscalYear.of(2569), null);
		this.measures.add(plan.getId(), MeasureForm.of("ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน", List.of(),
				List.of(this.works.getId()), MeasureCadence.withinQuarter(2)));
		this.measures.add(plan.getId(), MeasureForm.of("เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", List.of(),
				List.of(this.works.getId(), this.finance.getId()), MeasureCadence.withinQuarter(2)));
		this.plans.publish(plan.getId(), "coordinator");
		this.worksAssignments = this.assignments.forPlan(plan.getId())
			.stream()
			.filter(a -> a.getDivisionId().equals(this.works.getId()))
			.toList();
		// กองช่าง reported on measure 1 in March
		this.clock.set(Instant.parse("2026-03-10T03:00:00Z"));
		ProgressReport r = new ProgressReport();
		r.setAssignmentId(assignmentOf(1).getId());
		r.setStatus(ProgressStatus.DONE);
		r.setText("ติดป้ายแล้ว");
		r.setSource(ProgressReport.Source.WEB);
		this.progress.record(r);
		// the assignment notices of publishing go out first
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.line.sentTo(WORKS_HEAD).size() == 1 && this.line.sentTo(FINANCE_HEAD).size() == 1
					&& this.line.sentTo(GROUP).size() == 1);
		this.line.reset();
	}

	private Assignment assignmentOf(int number) {
		String measureId = this.measures.measures(this.assignments.find(this.worksAssignments.get(0).getId())
			.orElseThrow()
			.getPlanId()).stream().filter(m -> m.getNumber() == number).findFirst().orElseThrow().getId();
		return this.worksAssignments.stream().filter(a -> a.getMeasureId().equals(measureId)).findFirst().orElseThrow();
	}

	private void linked(Person person, String lineUserId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(person.getId())),
				new Update().set(Person.LINE_USER_ID, lineUserId).set(Person.LINE_LINK_ACTIVE, true), Person.class);
	}

	@Test
	void threeDaysBeforeTheGroupAndTheDayBeforeTheHeadsHearOnlyWhatIsMissingOnce() {
		// Saturday 28 March, 09:00 Bangkok: a weekend, nothing
		this.clock.set(Instant.parse("2026-03-28T02:00:00Z"));
		assertThat(this.progressReminders.remind(3)).isEmpty();
		// Monday 30 March, 21:00 Bangkok: quiet hours, nothing
		this.clock.set(Instant.parse("2026-03-30T14:00:00Z"));
		assertThat(this.progressReminders.remind(3)).isEmpty();

		// Monday 30 March, 09:00, the Quartz job's run (one instance under a lock): the group (measure 2
		// only), กองคลัง's head 1:1 (no group), both heads personally
		this.clock.set(Instant.parse("2026-03-30T02:00:00Z"));
		assertThat(this.reminders.fire(ReminderSchedule.REPORTING_PERIODS)).isTrue();
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.line.sentTo(GROUP).size() == 1 && this.line.sentTo(FINANCE_HEAD).size() == 2
					&& this.line.sentTo(WORKS_HEAD).size() == 1);
		Sent group = this.line.sentTo(GROUP).get(0);
		assertThat(group.endpoint()).isEqualTo("push");
		assertThat(group.firstText()).startsWith("⏰ กองช่าง ยังไม่ได้รายงานความคืบหน้า 1 รายการ กำหนดส่ง 31 มีนาคม 2569")
			.contains("#2 เปิดเผยข้อมูลการจัดซื้อจัดจ้าง")
			.doesNotContain("#1 ");
		JsonNode button = group.messages().get(0).at("/quickReply/items/0/action");
		assertThat(button.path("data").asText()).isEqualTo(ProgressReportFlow.startData(assignmentOf(2).getId()));
		assertThat(this.line.sentTo(WORKS_HEAD).get(0).firstText()).startsWith("คุณวิไลวรรณ ช่างคิด ค่ะ วันที่ 31 มีนาคม 2569");

		// the same day's second run (another instance, a restart) sends nothing more
		assertThat(this.progressReminders.remind(3)).hasSize(4);
		await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> this.line.sent().size() == 4);

		// the button in the group starts the report on that assignment
		this.line.postback(Chat.group(GROUP, WORKS_HEAD), button.path("data").asText(), Map.of());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.line.sentTo(GROUP).stream().anyMatch(s -> s.firstText().contains("สถานะตอนนี้")));
	}

	@Test
	void afterTheDeadlineOneDigestReachesEveryExecutiveInChunksOf500() {
		List<Document> executives = new ArrayList<>();
		for (int i = 0; i < 1001; i++) {
			executives.add(new Document(Person.NAME, "ผู้บริหาร " + i).append(Person.ROLES, List.of("EXECUTIVE"))
				.append(Person.LINE_USER_ID, String.format("U%032x", 0xf0000 + i))
				.append(Person.LINE_LINK_ACTIVE, true));
		}
		this.mongo.getCollection(Person.COLLECTION).insertMany(executives);
		this.clock.set(Instant.parse("2026-04-01T02:00:00Z"));
		assertThat(this.progressReminders.remind(3)).extracting(ReportReminder::kind).containsExactly(ReportReminder.Kind.DIGEST);
		await().atMost(Duration.ofSeconds(15)).until(() -> multicasts().size() == 3);
		List<Sent> multicasts = multicasts();
		assertThat(multicasts).allSatisfy(s -> assertThat(s.endpoint()).isEqualTo("multicast"));
		assertThat(multicasts).extracting(s -> s.to().size()).containsExactlyInAnyOrder(500, 500, 1);
		assertThat(multicasts.stream().flatMap(s -> s.to().stream()).distinct()).hasSize(1001);
		assertThat(multicasts.get(0).firstText()).startsWith("📊 สรุปการรายงานความคืบหน้า กำหนดส่ง 31 มีนาคม 2569")
			.contains("มาตรการที่ 1: ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน\n✅ รายงานแล้ว: กองช่าง")
			.contains("มาตรการที่ 2: เปิดเผยข้อมูลการจัดซื้อจัดจ้าง\n❌ ยังไม่รายงาน: กองช่าง, กองคลัง");
		this.progressReminders.remind(3);
		await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> this.line.sent().size() == 3);
	}

	private List<Sent> multicasts() {
		return this.line.sent().stream().filter(s -> s.endpoint().equals("multicast")).toList();
	}

}
