package org.tidtam.line.complaints;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintCategories;
import org.tidtam.complaints.ComplaintCategory;
import org.tidtam.complaints.ComplaintDeadlines;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.ComplaintStatus;
import org.tidtam.complaints.NewComplaint;
import org.tidtam.complaints.TicketNumbers;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.reminders.ReminderSchedule;
import org.tidtam.reminders.ReminderService;
import org.tidtam.shared.Role;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines on Thai business days across Songkran (13–15 April 2026) and the May holidays (1 and 4 May,
 * built into the calendar), with a
 * fixed clock: the head is reminded once of a result falling due, an acknowledgement or result past
 * due is escalated once to the head and the executives, through the reminders module's schedule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S", "tidtam.complaints.holidays=2026-04-13,2026-04-14,2026-04-15" })
@Import(TestClockConfig.class)
class ComplaintDeadlinesTests {

	static final String HEAD = "U00000000000000000000000000000e01";

	static final String MAYOR = "U00000000000000000000000000000e02";

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	FakeLinePlatform line;

	@Autowired
	ComplaintService complaints;

	@Autowired
	ComplaintCategories categories;

	@Autowired
	DivisionService divisions;

	@Autowired
	PersonService people;

	@Autowired
	ReminderService reminders;

	@Autowired
	ComplaintDeadlines deadlines;

	@BeforeEach
	void setUp() {
		this.line.reset();
		for (String c : List.of(Complaint.COLLECTION, ComplaintCategory.COLLECTION, TicketNumbers.COLLECTION,
				Division.COLLECTION, "people")) {
			this.mongo.remove(new Query(), c);
		}
	}

	@Test
	void remindedOnceAndEscalatedOnceAcrossSongkran() {
		Division works = this.divisions.create("กองช่าง", null, List.of(), true, false);
		link(this.people.create("หัวหน้ากองช่าง", "ผู้อำนวยการกองช่าง", works.getId(), Set.of(Role.DIVISION_HEAD), null), HEAD);
		link(this.people.create("นายกเทศมนตรี", "นายก", null, Set.of(Role.EXECUTIVE), null), MAYOR);
		String category = this.categories.active().get(0).getId();

		this.clock.set(Instant.parse("2026-04-10T03:00:00Z")); // Friday before Songkran
		Complaint acknowledged = file(category, "k1");
		Complaint ignored = file(category, "k2");
		// 3 business days after Friday skip the weekend and Songkran: Monday 20 April; 15 days also skip
		// วันแรงงาน (Friday 1 May) and วันฉัตรมงคล (Monday 4 May): Friday 8 May
		assertThat(acknowledged.getAcknowledgeBy()).isEqualTo(LocalDate.of(2026, 4, 20));
		assertThat(acknowledged.getResultBy()).isEqualTo(LocalDate.of(2026, 5, 8));
		this.complaints.changeStatus(acknowledged.getId(), ComplaintStatus.ACKNOWLEDGED, null, false, "o", List.of(), null);

		this.clock.set(Instant.parse("2026-04-16T01:00:00Z")); // Thursday after Songkran
		// the reminders module's schedule runs the sweep (later runs call it directly: ShedLock holds a run's
		// lock for at least 30 s of real time, which a moved test clock does not shorten)
		assertThat(this.deadlines.sweep()).containsExactly(0, 0);
		assertThat(this.complaints.overdue(this.complaints.get(ignored.getId()))).isFalse();

		this.clock.set(Instant.parse("2026-04-21T01:00:00Z")); // Tuesday: the ignored one was due yesterday
		assertThat(this.reminders.fire(ReminderSchedule.COMPLAINT_DEADLINES)).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(MAYOR).size() == 1);
		assertThat(this.line.sentTo(MAYOR).get(0).firstText()).contains("เกินกำหนด").contains(ignored.getTicket())
			.doesNotContain(acknowledged.getTicket());
		// the head heard of the two new cases when they were filed, then of the late one
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(HEAD).size() == 3);
		this.deadlines.sweep();

		this.clock.set(Instant.parse("2026-05-06T01:00:00Z")); // Wednesday: result due Friday, within two business days
		this.deadlines.sweep();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(HEAD).size() == 4);
		assertThat(this.line.sentTo(HEAD).get(3).firstText()).contains("ใกล้ครบกำหนด").contains(acknowledged.getTicket());
		this.deadlines.sweep();

		this.clock.set(Instant.parse("2026-05-11T01:00:00Z")); // Monday: past the result date
		this.deadlines.sweep();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(MAYOR).size() == 2);
		assertThat(this.line.sentTo(MAYOR).get(1).firstText()).contains(acknowledged.getTicket());
		this.deadlines.sweep();
		assertThat(this.line.sentTo(HEAD)).hasSize(5);
		assertThat(this.line.sentTo(MAYOR)).hasSize(2);
	}

	@Test
	void theSweepThatEscalatesWaitsForTheFirstWorkingMorningAfterSongkran() {
		Division works = this.divisions.create("กองช่าง", null, List.of(), true, false);
		link(this.people.create("หัวหน้ากองช่าง", "ผู้อำนวยการกองช่าง", works.getId(), Set.of(Role.DIVISION_HEAD), null), HEAD);
		link(this.people.create("นายกเทศมนตรี", "นายก", null, Set.of(Role.EXECUTIVE), null), MAYOR);
		String category = this.categories.active().get(0).getId();
		this.clock.set(Instant.parse("2026-04-06T03:00:00Z")); // Monday 6 April (วันจักรี)
		Complaint ignored = file(category, "k3");
		assertThat(ignored.getAcknowledgeBy()).isEqualTo(LocalDate.of(2026, 4, 9));
		this.mongo.remove(new Query(), "shedLock");
		// Monday 13 April, 08:00: the weekday cron fires on Songkran; the case is overdue, nobody is told yet
		this.clock.set(Instant.parse("2026-04-13T01:00:00Z"));
		this.reminders.fire(ReminderSchedule.COMPLAINT_DEADLINES);
		await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(3)).until(() -> this.line.sentTo(MAYOR).isEmpty());
		// Thursday 16 April, 08:00
		this.clock.set(Instant.parse("2026-04-16T01:00:00Z"));
		this.mongo.remove(new Query(), "shedLock");
		this.reminders.fire(ReminderSchedule.COMPLAINT_DEADLINES);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(MAYOR).size() == 1);
		assertThat(this.line.sentTo(MAYOR).get(0).firstText()).contains(ignored.getTicket());
	}

	/**
	 * A head escalated for a late acknowledgement who then acknowledges is still reminded of the result
	 * date and told when it passes, as are the executives: the first escalation used to silence the case.
	 * The first escalation names the acknowledgement date that was missed, not the result date ahead.
	 */
	@Test
	void aCaseLateToBeAcknowledgedIsStillRemindedAndEscalatedForItsResult() {
		Division works = this.divisions.create("กองช่าง", null, List.of(), true, false);
		link(this.people.create("หัวหน้ากองช่าง", "ผู้อำนวยการกองช่าง", works.getId(), Set.of(Role.DIVISION_HEAD), null), HEAD);
		link(this.people.create("นายกเทศมนตรี", "นายก", null, Set.of(Role.EXECUTIVE), null), MAYOR);
		String category = this.categories.active().get(0).getId();
		this.clock.set(Instant.parse("2026-04-10T03:00:00Z")); // Friday before Songkran
		Complaint late = file(category, "k4");
		// told once when filed to the division; assigned to the same division tells nothing more
		this.complaints.assign(late.getId(), works.getId(), "officer", null);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(HEAD).size() == 1);

		this.clock.set(Instant.parse("2026-04-21T01:00:00Z")); // Tuesday: acknowledgement was due Monday 20 April
		assertThat(this.deadlines.sweep()).containsExactly(0, 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(MAYOR).size() == 1);
		assertThat(this.line.sentTo(MAYOR).get(0).firstText()).contains(late.getTicket())
			.contains("ยังไม่รับเรื่อง")
			.contains("20 เม.ย. 2569")
			.doesNotContain("8 พ.ค. 2569");
		this.complaints.changeStatus(late.getId(), ComplaintStatus.ACKNOWLEDGED, null, false, "o", List.of(), null);

		this.clock.set(Instant.parse("2026-05-06T01:00:00Z")); // Wednesday: result due Friday 8 May
		assertThat(this.deadlines.sweep()).containsExactly(1, 0);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(HEAD).size() == 3);
		assertThat(this.line.sentTo(HEAD).get(2).firstText()).contains("ใกล้ครบกำหนด").contains(late.getTicket());

		this.clock.set(Instant.parse("2026-05-11T01:00:00Z")); // Monday: past the result date
		assertThat(this.deadlines.sweep()).containsExactly(0, 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(MAYOR).size() == 2);
		assertThat(this.line.sentTo(MAYOR).get(1).firstText()).contains("เกินกำหนด").contains(late.getTicket())
			.contains("8 พ.ค. 2569");
		assertThat(this.deadlines.sweep()).containsExactly(0, 0);
	}

	/** A case past both of its dates by one sweep is escalated in one message, and never again. */
	@Test
	void aCasePastBothDatesIsEscalatedOnce() {
		link(this.people.create("นายกเทศมนตรี", "นายก", null, Set.of(Role.EXECUTIVE), null), MAYOR);
		String category = this.categories.active().get(0).getId();
		this.clock.set(Instant.parse("2026-04-10T03:00:00Z"));
		Complaint forgotten = file(category, "k5");
		this.clock.set(Instant.parse("2026-05-12T01:00:00Z"));
		assertThat(this.deadlines.sweep()).containsExactly(0, 1);
		assertThat(this.deadlines.sweep()).containsExactly(0, 0);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(MAYOR).size() == 1);
		assertThat(this.line.sentTo(MAYOR).get(0).firstText()).contains(forgotten.getTicket()).contains("8 พ.ค. 2569");
		await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3)).until(() -> this.line.sentTo(MAYOR).size() == 1);
	}

	/**
	 * A case moved to another division after the first was reminded: the new head is told its result
	 * date, and that it has passed when it has, and is reminded before it like any head. The reminder
	 * used to stay with the division the case left.
	 */
	@Test
	void aCaseMovedToAnotherDivisionIsRemindedToItsNewHead() {
		String financeHead = "U00000000000000000000000000000e03";
		Division works = this.divisions.create("กองช่าง", null, List.of(), true, false);
		Division finance = this.divisions.create("กองคลัง", null, List.of(), true, false);
		link(this.people.create("หัวหน้ากองช่าง", "ผู้อำนวยการกองช่าง", works.getId(), Set.of(Role.DIVISION_HEAD), null), HEAD);
		link(this.people.create("หัวหน้ากองคลัง", "ผู้อำนวยการกองคลัง", finance.getId(), Set.of(Role.DIVISION_HEAD), null),
				financeHead);
		String category = this.categories.active().get(0).getId();
		this.clock.set(Instant.parse("2026-04-10T03:00:00Z"));
		Complaint moved = file(category, "k6");
		Complaint late = file(category, "k7");
		this.complaints.changeStatus(moved.getId(), ComplaintStatus.ACKNOWLEDGED, null, false, "o", List.of(), null);
		this.complaints.changeStatus(late.getId(), ComplaintStatus.ACKNOWLEDGED, null, false, "o", List.of(), null);

		this.clock.set(Instant.parse("2026-05-06T01:00:00Z")); // Wednesday: both due Friday 8 May
		assertThat(this.deadlines.sweep()).containsExactly(2, 0);
		this.complaints.assign(moved.getId(), finance.getId(), "officer", "เป็นเรื่องของกองคลัง");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(financeHead).size() == 1);
		assertThat(this.line.sentTo(financeHead).get(0).firstText()).contains(moved.getTicket())
			.contains("กำหนดแจ้งผล 8 พ.ค. 2569")
			.doesNotContain("เกินกำหนด");
		this.clock.set(Instant.parse("2026-05-07T01:00:00Z"));
		assertThat(this.deadlines.sweep()).containsExactly(1, 0);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(financeHead).size() == 2);
		assertThat(this.line.sentTo(financeHead).get(1).firstText()).contains("ใกล้ครบกำหนด").contains(moved.getTicket());

		this.clock.set(Instant.parse("2026-05-11T01:00:00Z"));
		this.complaints.assign(late.getId(), finance.getId(), "officer", null);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(financeHead).size() == 3);
		assertThat(this.line.sentTo(financeHead).get(2).firstText()).contains(late.getTicket())
			.contains("กำหนดแจ้งผล 8 พ.ค. 2569 (เกินกำหนดแล้ว)");
	}

	/**
	 * A case of no division (its category has none and nobody assigned it): the complaint officer who is
	 * to assign it is reminded and told when it is late, with the executives. Before, the reminder went
	 * to nobody and the escalation to the executives alone.
	 */
	@Test
	void aCaseOfNoDivisionIsRemindedToTheComplaintOfficers() {
		String officer = "U00000000000000000000000000000e04";
		link(this.people.create("นายก", "นายก", null, Set.of(Role.EXECUTIVE), null), MAYOR);
		link(this.people.create("เจ้าหน้าที่รับเรื่อง", "เจ้าหน้าที่", null, Set.of(Role.COMPLAINT_OFFICER), null), officer);
		this.categories.active();
		String category = this.categories.add("ต้นไม้ล้มขวางทาง", null, 3, 15).getId();
		this.clock.set(Instant.parse("2026-04-10T03:00:00Z"));
		Complaint nobodys = file(category, "k8");
		assertThat(nobodys.getDivisionId()).isNull();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(officer).size() == 1); // the new case

		this.clock.set(Instant.parse("2026-04-21T01:00:00Z"));
		assertThat(this.deadlines.sweep()).containsExactly(0, 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(officer).size() == 2);
		assertThat(this.line.sentTo(officer).get(1).firstText()).contains("เกินกำหนด").contains(nobodys.getTicket());
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(MAYOR).size() == 1);
		this.complaints.changeStatus(nobodys.getId(), ComplaintStatus.ACKNOWLEDGED, null, false, "o", List.of(), null);

		this.clock.set(Instant.parse("2026-05-06T01:00:00Z"));
		assertThat(this.deadlines.sweep()).containsExactly(1, 0);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(officer).size() == 3);
		assertThat(this.line.sentTo(officer).get(2).firstText()).contains("ใกล้ครบกำหนด").contains(nobodys.getTicket());
	}

	private Complaint file(String category, String key) {
		return this.complaints.submit(new NewComplaint("U1", category, "ไฟดับ", List.of(), null,
				new Complaint.Contact(Complaint.ContactMode.ANONYMOUS, null, null), "LINE", key));
	}

	private void link(Person person, String lineUserId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(person.getId())),
				new Update().set("lineUserId", lineUserId).set("lineLinkActive", true), Person.class);
	}

}
