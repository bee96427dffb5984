package org.tidtam.line.notices;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.tidtam.line.simulator.Chat;
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
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.Role;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Publishing a year's plan notifies each division head in LINE (one carousel, valid for LINE), the
 * division's group gets one summary, "รับทราบ" is recorded once, and a LINE outage during publishing
 * delays the notices without losing or doubling them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S", "tidtam.notices.gather-millis=100" })
@Import(TestClockConfig.class)
class AssignmentNoticesEndToEndTests {

	static final String HEAD = "U00000000000000000000000000000b01";

	static final String GROUP = "C00000000000000000000000000000b01";

	@Autowired
	FakeLinePlatform line;

	@Autowired
	MutableClock clock;

	@Autowired
	PersonService people;

	@Autowired
	DivisionService divisions;

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
	MongoTemplate mongo;

	@Autowired
	org.tidtam.reminders.ReminderService reminders;

	Division engineering;

	Person head;

	@BeforeEach
	void setUp() {
		this.clock.set(MutableClock.DEFAULT_START);
		this.line.reset();
		for (String c : List.of("people", "divisions", "line_link_codes", "line_link_attempts", "line_group_bindings",
				"plans", "measures", "assignments", "measure_imports", "indicator_sets", "line_outbox", "shedLock")) {
			this.mongo.remove(new Query(), c);
		}
		this.engineering = this.divisions.create("กองช่าง", "กช", List.of(), true, false);
		this.head = this.people.create("วิไลวรรณ ช่างคิด", "ผู้อำนวยการกองช่าง", this.engineering.getId(),
				Set.of(Role.DIVISION_HEAD), null);
		this.line.text(Chat.user(HEAD), this.linking.issueCode(this.head.getId()).code());
		awaitSent(HEAD, 1);
		this.line.putGroup(GROUP, "กองช่าง");
		this.line.text(Chat.group(GROUP, HEAD), "ผูกกลุ่มกับส่วนราชการ");
		awaitSent(GROUP, 1);
	}

	@Test
	void publishingSendsEachHeadOneCarouselAndTheGroupOneSummary() {
		Plan plan = planWith(3);
		this.plans.publish(plan.getId(), "coordinator");
		List<Sent> toHead = awaitSent(HEAD, 2);
		Sent notice = toHead.get(1);
		assertThat(notice.endpoint()).isEqualTo("push");
		JsonNode message = notice.messages().get(0);
		assertThat(message.path("type").asText()).isEqualTo("flex");
		assertThat(message.at("/contents/type").asText()).isEqualTo("carousel");
		assertThat(message.at("/contents/contents").size()).isEqualTo(3);
		assertThat(message.at("/contents/contents/0/body").toString()).contains("มาตรการทดสอบที่ 1").contains("31 มีนาคม 2569");
		assertThat(message.toString()).contains("รับทราบ").contains("ดูรายละเอียด").contains("รายงานความคืบหน้า");
		Sent summary = awaitSent(GROUP, 2).get(1);
		assertThat(summary.firstText()).contains("กองช่าง ได้รับมอบหมายมาตรการ 3 รายการ");
		// a monthly-meeting measure is due at every meeting, not on its year-end date
		assertThat(message.at("/contents/contents/2/body").toString()).contains("ทุกการประชุมประจำเดือน")
			.doesNotContain("30 กันยายน");
		assertThat(summary.firstText()).contains("3. มาตรการทดสอบที่ 3 — กำหนด ทุกการประชุมประจำเดือน")
			.doesNotContain("30 ก.ย.");
		// publishing again sends nothing more
		this.plans.publish(plan.getId(), "coordinator");
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> this.line.sentTo(HEAD).size() == 2);
		assertThat(this.assignments.forPlan(plan.getId())).allSatisfy(a -> assertThat(a.getNoticeSentAt()).isNotNull());
	}

	@Test
	void aPastYearsPlanEnteredForItsReportTellsNobody() {
		// 1 January 2569 (fiscal 2569): the coordinator enters and publishes fiscal 2568 to print its year-end report
		Plan past = this.plans.create(FiscalYear.of(2568), null);
		this.measures.add(past.getId(), new MeasureForm(1, null, "มาตรการปีที่แล้ว", List.of("จัดทำแนวทาง"),
				List.of(this.engineering.getId()), MeasureCadence.withinQuarter(2), null, null));
		this.plans.publish(past.getId(), "coordinator");
		// this year's plan still goes out, alone
		this.plans.publish(planWith(1).getId(), "coordinator");
		Sent notice = awaitSent(HEAD, 2).get(1);
		assertThat(notice.messages().get(0).toString()).contains("มาตรการทดสอบที่ 1").doesNotContain("มาตรการปีที่แล้ว");
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> this.line.sentTo(HEAD).size() == 2);
		assertThat(this.line.sentTo(GROUP)).extracting(Sent::firstText).noneMatch(t -> t.contains("มาตรการปีที่แล้ว"));
	}

	@Test
	void manyAssignmentsArePagedTwelveBubblesACarousel() {
		Plan plan = planWith(14);
		this.plans.publish(plan.getId(), "coordinator");
		Sent notice = awaitSent(HEAD, 2).get(1);
		assertThat(notice.messages()).hasSize(2);
		assertThat(notice.messages().get(0).at("/contents/contents").size()).isEqualTo(12);
		assertThat(notice.messages().get(1).at("/contents/contents").size()).isEqualTo(2);
	}

	@Test
	void acknowledgementIsRecordedOnceAndASecondTapSaysByWhomAndWhen() {
		Plan plan = planWith(1);
		this.plans.publish(plan.getId(), "coordinator");
		awaitSent(HEAD, 2);
		Assignment assignment = this.assignments.forPlan(plan.getId()).get(0);
		this.line.postback(Chat.user(HEAD), "ack=" + assignment.getId(), Map.of());
		assertThat(awaitSent(HEAD, 3).get(2).firstText()).contains("บันทึกการรับทราบมาตรการที่ 1 แล้ว");
		this.line.postback(Chat.user(HEAD), "ack=" + assignment.getId(), Map.of());
		assertThat(awaitSent(HEAD, 4).get(3).firstText()).contains("รับทราบแล้วโดย วิไลวรรณ ช่างคิด เมื่อ");
		Assignment after = this.assignments.find(assignment.getId()).orElseThrow();
		assertThat(after.getAcknowledgedBy()).isEqualTo(this.head.getId());
		assertThat(this.assignments.dashboard(plan.getId()).toString()).contains(this.engineering.getId());
	}

	@Test
	void aLineOutageDuringPublishingDelaysTheNoticeButNeverDoublesIt() {
		this.line.injectFault("push", Fault.status(500), 2);
		Plan plan = planWith(2);
		this.plans.publish(plan.getId(), "coordinator");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.line.calls().stream().filter(c -> c.path().endsWith("/push") && c.status() == 500).count() == 2);
		this.clock.advance(Duration.ofMinutes(1));
		List<Sent> toHead = awaitSent(HEAD, 2);
		this.clock.advance(Duration.ofMinutes(5));
		await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3)).until(() -> this.line.sentTo(HEAD).size() == 2);
		assertThat(toHead.get(1).messages().get(0).at("/contents/contents").size()).isEqualTo(2);
		assertThat(awaitSent(GROUP, 2)).hasSize(2);
	}

	@Test
	void editingAPublishedMeasureTellsTheHeadsWhatChanged() {
		Plan plan = planWith(1);
		this.plans.publish(plan.getId(), "coordinator");
		awaitSent(HEAD, 2);
		String measureId = this.measures.measures(plan.getId()).get(0).getId();
		this.measures.edit(measureId, new MeasureForm(1, null, "มาตรการทดสอบที่ 1 (ปรับปรุง)",
				List.of("จัดทำแนวทาง", "ประชาสัมพันธ์", "รายงานผล"), List.of(this.engineering.getId()),
				MeasureCadence.withinQuarter(3), null, null));
		Sent change = awaitSent(HEAD, 3).get(2);
		assertThat(change.endpoint()).isEqualTo("multicast");
		assertThat(change.firstText()).contains("มาตรการที่ 1").contains("มีการแก้ไข");
		assertThat(change.firstText()).doesNotContain(this.engineering.getId());
	}

	@Test
	void headsWhoHaveNotAcknowledgedGetOneReminderAndOnlyOneInstanceRunsIt() throws Exception {
		this.clock.set(java.time.Instant.parse("2026-01-05T02:00:00Z")); // fiscal year 2569
		Plan plan = this.plans.create(FiscalYear.of(2569), null);
		this.measures.add(plan.getId(), new MeasureForm(1, null, "มาตรการที่ยังไม่รับทราบ", List.of("ขั้นตอน"),
				List.of(this.engineering.getId()), MeasureCadence.withinQuarter(2), null, null));
		this.plans.publish(plan.getId(), "coordinator");
		awaitSent(HEAD, 2);
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.reminders.fire(org.tidtam.reminders.ReminderSchedule.UNACKNOWLEDGED)).isTrue();
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> this.line.sentTo(HEAD).size() == 2);

		this.clock.advance(Duration.ofDays(3));
		this.mongo.remove(new Query(), "shedLock"); // a day later the earlier run's lock is long gone
		// two instances at once: the lock lets one of them run
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		List<java.util.concurrent.Future<Boolean>> runs = pool.invokeAll(List.of(
				() -> this.reminders.fire(org.tidtam.reminders.ReminderSchedule.UNACKNOWLEDGED),
				() -> this.reminders.fire(org.tidtam.reminders.ReminderSchedule.UNACKNOWLEDGED)));
		pool.shutdown();
		long ran = runs.stream().filter(f -> {
			try {
				return f.get();
			}
			catch (Exception e) {
				return false;
			}
		}).count();
		assertThat(ran).isEqualTo(1);
		Sent reminder = awaitSent(HEAD, 3).get(2);
		assertThat(reminder.firstText()).contains("ยังไม่ได้กด “รับทราบ”").contains("มาตรการที่ยังไม่รับทราบ");
		// the next day's run does not remind again about the same measures
		this.clock.advance(Duration.ofDays(1));
		this.mongo.remove(new Query(), "shedLock");
		this.reminders.fire(org.tidtam.reminders.ReminderSchedule.UNACKNOWLEDGED);
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> this.line.sentTo(HEAD).size() == 3);
	}

	@Test
	void headsAreNotNudgedOnSongkranButOnTheFirstWorkingDayAfter() {
		this.clock.set(java.time.Instant.parse("2026-04-09T02:00:00Z")); // Thursday 9 April 2569, 09:00
		Plan plan = this.plans.create(FiscalYear.of(2569), null);
		this.measures.add(plan.getId(), new MeasureForm(1, null, "มาตรการที่ยังไม่รับทราบ", List.of("ขั้นตอน"),
				List.of(this.engineering.getId()), MeasureCadence.withinQuarter(3), null, null));
		this.plans.publish(plan.getId(), "coordinator");
		awaitSent(HEAD, 2);
		// Monday 13 April, 09:00: the weekday cron fires, but it is Songkran
		this.clock.set(java.time.Instant.parse("2026-04-13T02:00:00Z"));
		this.reminders.fire(org.tidtam.reminders.ReminderSchedule.UNACKNOWLEDGED);
		await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(3)).until(() -> this.line.sentTo(HEAD).size() == 2);
		// a run caught up at start late in the evening of a working day waits too
		this.clock.set(java.time.Instant.parse("2026-04-16T15:00:00Z")); // Thursday 16 April, 22:00
		this.mongo.remove(new Query(), "shedLock");
		this.reminders.fire(org.tidtam.reminders.ReminderSchedule.UNACKNOWLEDGED);
		await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(3)).until(() -> this.line.sentTo(HEAD).size() == 2);
		// Friday 17 April, 09:00: the first working morning after
		this.clock.set(java.time.Instant.parse("2026-04-17T02:00:00Z"));
		this.mongo.remove(new Query(), "shedLock");
		this.reminders.fire(org.tidtam.reminders.ReminderSchedule.UNACKNOWLEDGED);
		assertThat(awaitSent(HEAD, 3).get(2).firstText()).contains("ยังไม่ได้กด “รับทราบ”");
	}

	@Test
	void aHeadWhoLinksLineAfterThePlanWasPublishedStillGetsTheNotice() {
		String financeHead = "U00000000000000000000000000000b02";
		Division finance = this.divisions.create("กองคลัง", "กค", List.of(), true, false);
		Person somsri = this.people.create("สมศรี การเงิน", "ผู้อำนวยการกองคลัง", finance.getId(), Set.of(Role.DIVISION_HEAD),
				null);
		Plan plan = this.plans.create(FiscalYear.of(2569), null);
		this.measures.add(plan.getId(), new MeasureForm(1, null, "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", List.of("ลงประกาศ"),
				List.of(finance.getId()), MeasureCadence.withinQuarter(2), null, null));
		this.plans.publish(plan.getId(), "coordinator");
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
			.until(() -> this.line.sentTo(financeHead).isEmpty());

		// the coordinator sends her a code from the "not yet acknowledged" list a week later
		this.clock.advance(Duration.ofDays(7));
		this.line.text(Chat.user(financeHead), this.linking.issueCode(somsri.getId()).code());
		List<Sent> sent = awaitSent(financeHead, 2);
		assertThat(sent.get(0).firstText()).contains("สมศรี");
		JsonNode notice = sent.get(1).messages().get(0);
		assertThat(notice.path("type").asText()).isEqualTo("flex");
		assertThat(notice.toString()).contains("เปิดเผยข้อมูลการจัดซื้อจัดจ้าง").contains("รับทราบ");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.assignments.forPlan(plan.getId()).stream().allMatch(a -> a.getNoticeSentAt() != null));
		// a second follow of the same account sends nothing again
		this.line.follow(financeHead);
		awaitSent(financeHead, 3);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> this.line.sentTo(financeHead).size() == 3);
	}

	@Test
	void theHeadOfADivisionAMeasureIsTakenFromIsToldSoOnce() {
		Plan plan = planWith(2);
		this.plans.publish(plan.getId(), "coordinator");
		awaitSent(HEAD, 2);
		List<org.tidtam.measures.plan.Measure> both = this.measures.measures(plan.getId());
		Division finance = this.divisions.create("กองคลัง", "กค", List.of(), true, false);

		// measure 1 goes to กองคลัง instead
		this.measures.edit(both.get(0).getId(), MeasureForm.of(both.get(0)).withDivisionIds(List.of(finance.getId())));
		Sent moved = awaitSent(HEAD, 3).get(2);
		assertThat(moved.firstText()).contains("มาตรการที่ 1 มาตรการทดสอบที่ 1")
			.contains("ไม่อยู่ในความรับผิดชอบของกองช่างแล้ว")
			.contains("เปลี่ยนผู้รับผิดชอบ");
		// measure 2 is cancelled
		this.measures.remove(both.get(1).getId());
		Sent cancelled = awaitSent(HEAD, 4).get(3);
		assertThat(cancelled.firstText()).contains("มาตรการที่ 2").contains("ยกเลิกมาตรการนี้");
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> this.line.sentTo(HEAD).size() == 4);
	}

	private Plan planWith(int count) {
		Plan plan = this.plans.create(FiscalYear.of(2569), null);
		IntStream.rangeClosed(1, count)
			.forEach(i -> this.measures.add(plan.getId(),
					new MeasureForm(i, null, "มาตรการทดสอบที่ " + i, List.of("จัดทำแนวทาง", "ประชาสัมพันธ์"),
							List.of(this.engineering.getId()),
							i == 3 ? MeasureCadence.monthlyMeeting() : MeasureCadence.withinQuarter(2), null, null)));
		return plan;
	}

	private List<Sent> awaitSent(String chatId, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> this.line.sentTo(chatId).size() >= count);
		return this.line.sentTo(chatId);
	}

}
