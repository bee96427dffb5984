package org.tidtam.complaints;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Categories, ticket numbers, filing, the status rules and the inbox on the in-memory store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S" })
@Import(TestClockConfig.class)
class ComplaintServiceTests {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	ComplaintService complaints;

	@Autowired
	ComplaintCategories categories;

	@Autowired
	TicketNumbers tickets;

	@Autowired
	DivisionService divisions;

	@Autowired
	ComplaintDeadlines deadlines;

	Division works;

	@BeforeEach
	void empty() {
		this.clock.set(Instant.parse("2026-03-02T03:00:00Z")); // Monday 2 March 2026, 10:00 in Bangkok
		for (String c : List.of(Complaint.COLLECTION, ComplaintCategory.COLLECTION, TicketNumbers.COLLECTION,
				Division.COLLECTION)) {
			this.mongo.remove(new Query(), c);
		}
		this.works = this.divisions.create("กองช่าง", null, List.of(), true, false);
		this.divisions.create("สำนักปลัดเทศบาล", null, List.of(), true, false);
	}

	@Test
	void defaultCategoriesAreSeededOnceWithDivisionsAndOtherLast() {
		List<ComplaintCategory> seeded = this.categories.active();
		assertThat(seeded).hasSize(ComplaintCategories.DEFAULTS.size() + 1);
		assertThat(seeded.get(0).getName()).isEqualTo("ไฟฟ้าส่องสว่างชำรุด");
		assertThat(seeded.get(0).getDefaultDivisionId()).isEqualTo(this.works.getId());
		assertThat(seeded.get(seeded.size() - 1).getName()).isEqualTo("อื่น ๆ");
		assertThat(seeded.get(seeded.size() - 1).isOther()).isTrue();
		assertThat(this.categories.active()).hasSize(seeded.size());
		this.categories.add("ป้ายโฆษณา", null, 3, 15);
		assertThat(this.categories.active().get(seeded.size() - 1).getName()).isEqualTo("ป้ายโฆษณา");
		for (int i = ComplaintCategories.DEFAULTS.size() + 2; i <= ComplaintCategories.MAX; i++) {
			this.categories.add("หมวด " + i, null, 3, 15);
		}
		assertThatThrownBy(() -> this.categories.add("หมวดที่ 21", null, 3, 15)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void ticketNumbersRunPerFiscalYearAndNeverRepeatUnderConcurrency() throws Exception {
		FiscalYear y2569 = FiscalYear.of(2569);
		assertThat(this.tickets.next(TicketNumbers.COMPLAINT, y2569)).isEqualTo("ร-2569-000001");
		assertThat(this.tickets.next(TicketNumbers.INTEGRITY, y2569)).isEqualTo("ท-2569-000001");
		assertThat(this.tickets.next(TicketNumbers.COMPLAINT, FiscalYear.of(2570))).isEqualTo("ร-2570-000001");
		Set<String> issued = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> runs = new java.util.ArrayList<>();
			for (int i = 0; i < 200; i++) {
				runs.add(pool.submit(() -> issued.add(this.tickets.next(TicketNumbers.COMPLAINT, y2569))));
			}
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(issued).hasSize(200).contains("ร-2569-000002", "ร-2569-000201");
	}

	@Test
	void filingIsIdempotentAndSetsDeadlinesOnBusinessDays() {
		Complaint first = file("U1", "ถนนหน้าตลาดเป็นหลุม", "dialog-1");
		Complaint again = file("U1", "ถนนหน้าตลาดเป็นหลุม", "dialog-1");
		assertThat(again.getId()).isEqualTo(first.getId());
		assertThat(first.getTicket()).isEqualTo("ร-2569-000001");
		assertThat(first.getDivisionId()).isEqualTo(this.works.getId());
		assertThat(first.getStatus()).isEqualTo(ComplaintStatus.RECEIVED);
		// Monday 2 March + 3 business days = Thursday 5 March; + 15 = Monday 23 March
		// Tuesday 3 March 2026 is มาฆบูชา (a configured lunar holiday): three business days end on Friday 6
		assertThat(first.getAcknowledgeBy()).isEqualTo(LocalDate.of(2026, 3, 6));
		assertThat(first.getResultBy()).isEqualTo(LocalDate.of(2026, 3, 24));
		assertThat(this.complaints.filedToday("U1")).isEqualTo(1);
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.complaints.filedToday("U1")).isZero();
	}

	@Test
	void aCitizenSeesOnlyTheirOwnCase() {
		Complaint mine = file("U1", "ไฟดับ", "d1");
		file("U2", "ขยะ", "d2");
		assertThat(this.complaints.citizensCase("U1", mine.getTicket())).isPresent();
		assertThat(this.complaints.citizensCase("U2", mine.getTicket())).isEmpty();
		// typed with Thai digits, or with the dash a phone's keyboard puts in, it is the same ticket
		assertThat(TicketNumbers.looksLike(TicketNumbers.COMPLAINT, ThaiDates.thaiDigits(mine.getTicket()))).isTrue();
		assertThat(this.complaints.citizensCase("U1", " " + ThaiDates.thaiDigits(mine.getTicket()) + " ")).isPresent();
		assertThat(this.complaints.citizensCase("U1", mine.getTicket().replace('-', '\u2013'))).isPresent();
		assertThat(TicketNumbers.looksLike(TicketNumbers.COMPLAINT, "ร-๒๕๖๙-๑๒๓")).as("too few digits").isFalse();
		assertThat(this.complaints.ofCitizen("U1", 10)).extracting(Complaint::getTicket).containsExactly(mine.getTicket());
	}

	@Test
	void statusRulesAndTheTimeline() {
		Complaint c = file("U1", "ไฟดับทั้งซอย", "d1");
		this.complaints.changeStatus(c.getId(), ComplaintStatus.ACKNOWLEDGED, "รับเรื่องแล้ว", false, "officer", List.of(),
				null);
		this.complaints.changeStatus(c.getId(), ComplaintStatus.IN_PROGRESS, "รอช่างไฟ", true, "officer", List.of(), null);
		assertThatThrownBy(() -> this.complaints.changeStatus(c.getId(), ComplaintStatus.DONE, " ", false, "officer",
				List.of(), null))
			.isInstanceOf(ComplaintException.class)
			.hasMessage("complaints.error.done-needs-photo-or-reason");
		Complaint done = this.complaints.changeStatus(c.getId(), ComplaintStatus.DONE, null, false, "officer",
				List.of("file-1"), null);
		assertThat(done.getStatus()).isEqualTo(ComplaintStatus.DONE);
		assertThat(done.getClosedAt()).isNotNull();
		assertThat(done.getPhotos()).extracting(Complaint.Photo::stage).containsExactly(Complaint.Photo.AFTER);
		assertThat(done.getTimeline()).hasSize(4);
		// the internal note's new status is the citizen's to see, its note is not
		assertThat(done.publicTimeline()).extracting(Complaint.Entry::status)
			.containsExactly(ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.IN_PROGRESS,
					ComplaintStatus.DONE);
		assertThat(done.publicTimeline()).extracting(Complaint.Entry::note).doesNotContain("รอช่างไฟ");

		assertThat(this.complaints.reopen(c.getId(), "someone-else")).isEmpty();
		Complaint reopened = this.complaints.reopen(c.getId(), "U1").orElseThrow();
		assertThat(reopened.getReopenCount()).isEqualTo(1);
		assertThat(reopened.getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
		assertThat(this.complaints.reopen(c.getId(), "U1")).as("only a done case reopens").isEmpty();

		Complaint other = file("U2", "ไฟดับซอยเดียวกัน", "d2");
		assertThatThrownBy(() -> this.complaints.changeStatus(other.getId(), ComplaintStatus.DUPLICATE, null, false, "o",
				List.of(), "ร-2569-999999"))
			.isInstanceOf(ComplaintException.class);
		Complaint duplicate = this.complaints.changeStatus(other.getId(), ComplaintStatus.DUPLICATE, null, false, "o",
				List.of(), c.getTicket());
		assertThat(duplicate.getDuplicateOf()).isEqualTo(c.getId());
	}

	@Test
	void aReopenedCaseGetsAFreshResultDateAndIsRemindedAndEscalatedAgain() {
		Complaint c = file("U1", "ไฟดับทั้งซอย", "d1");
		assertThat(c.getResultBy()).isEqualTo(LocalDate.of(2026, 3, 24));
		// late: escalated once, then done on Friday 10 April 2026
		this.clock.set(Instant.parse("2026-03-26T03:00:00Z"));
		assertThat(this.deadlines.deadlines()[1]).isEqualTo(1);
		this.clock.set(Instant.parse("2026-04-10T03:00:00Z"));
		this.complaints.changeStatus(c.getId(), ComplaintStatus.DONE, "ซ่อมแล้ว", false, "officer", List.of(), null);
		Complaint reopened = this.complaints.reopen(c.getId(), "U1").orElseThrow();
		assertThat(reopened.getDivisionId()).isEqualTo(this.works.getId());
		assertThat(reopened.getTimeline().get(reopened.getTimeline().size() - 1).divisionId())
			.as("the reopening is on the division's record").isEqualTo(this.works.getId());
		// a fresh 15 business days from Friday 10 April, over Songkran (13–15 April), 1 and 4 May: Friday 8 May
		assertThat(reopened.getResultBy()).isEqualTo(LocalDate.of(2026, 5, 8));
		assertThat(this.complaints.overdue(reopened)).as("not late the moment the citizen says it is not fixed").isFalse();
		assertThat(this.complaints.inbox(new InboxFilter(null, null, null, true, null), 10)).isEmpty();
		assertThat(reopened.overdueAsOf(LocalDate.of(2026, 4, 1)))
			.as("a past meeting still counts it late by the date then in force").isTrue();
		// two business days before the new date the division is reminded, and escalated again after it
		this.clock.set(Instant.parse("2026-05-06T03:00:00Z"));
		assertThat(this.deadlines.deadlines()).containsExactly(1, 0);
		this.clock.set(Instant.parse("2026-05-11T03:00:00Z"));
		assertThat(this.deadlines.deadlines()).containsExactly(0, 1);
	}

	@Test
	void aRatingButtonOfAnEarlierClosingDoesNotRateTheReopenedCase() {
		Complaint c = file("U1", "ไฟดับทั้งซอย", "d1");
		assertThat(this.complaints.rate(c.getId(), "U1", 5)).as("an open case is not rated").isFalse();
		this.complaints.changeStatus(c.getId(), ComplaintStatus.DONE, "ซ่อมแล้ว", false, "officer", List.of(), null);
		assertThat(this.complaints.rate(c.getId(), "U1", 2)).isTrue();
		this.complaints.reopen(c.getId(), "U1").orElseThrow();
		// the citizen scrolls back and taps 5 under the first "done" message while the case is being fixed again
		assertThat(this.complaints.rate(c.getId(), "U1", 5)).isFalse();
		assertThat(this.complaints.get(c.getId()).getRating()).isNull();
		this.complaints.changeStatus(c.getId(), ComplaintStatus.DONE, "ซ่อมอีกครั้งแล้ว", false, "officer", List.of(), null);
		assertThat(this.complaints.rate(c.getId(), "U1", 4)).isTrue();
		assertThat(this.complaints.get(c.getId()).getRating()).isEqualTo(4);
	}

	@Test
	void anOfficerReopeningAClosedCaseDropsItsRatingAndRemindsAndEscalatesAgain() {
		Complaint c = file("U1", "ไฟดับทั้งซอย", "d1");
		// late: escalated once (result date 24 March), then closed and rated
		this.clock.set(Instant.parse("2026-03-26T03:00:00Z"));
		assertThat(this.deadlines.deadlines()[1]).isEqualTo(1);
		this.complaints.changeStatus(c.getId(), ComplaintStatus.DONE, "ซ่อมแล้ว", false, "officer", List.of(), null);
		assertThat(this.complaints.rate(c.getId(), "U1", 1)).isTrue();
		// the officer finds the lamp is still out and reopens the case
		Complaint reopened = this.complaints.changeStatus(c.getId(), ComplaintStatus.IN_PROGRESS, "ยังไม่ได้ซ่อมจริง", false,
				"officer", List.of(), null);
		assertThat(reopened.getRating()).as("the rating was of a closing that no longer stands").isNull();
		assertThat(reopened.getClosedAt()).isNull();
		assertThat(reopened.getResultBy()).as("the date in force stays").isEqualTo(LocalDate.of(2026, 3, 24));
		assertThat(this.deadlines.deadlines()[1]).as("still late: escalated again").isEqualTo(1);
		// a case marked a duplicate by mistake and reopened is no longer anyone's duplicate
		Complaint other = file("U2", "ไฟดับซอยเดียวกัน", "d2");
		this.complaints.changeStatus(other.getId(), ComplaintStatus.DUPLICATE, null, false, "o", List.of(), c.getTicket());
		assertThat(this.complaints.changeStatus(other.getId(), ComplaintStatus.IN_PROGRESS, "ไม่ใช่เรื่องเดียวกัน", false,
				"o", List.of(), null).getDuplicateOf()).isNull();
	}

	@Test
	void aFormsChangeIsAppliedOnceEvenWhenTheTwoSubmitsRace() throws Exception {
		Complaint c = file("U1", "ไฟดับทั้งซอย", "d1");
		int before = c.getTimeline().size();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Boolean> applied = new java.util.ArrayList<>();
		try {
			List<Future<Boolean>> runs = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				runs.add(pool.submit(() -> this.complaints
					.changeStatusOnce("page-1", c.getId(), ComplaintStatus.ACKNOWLEDGED, "รับเรื่องแล้ว", false, "officer",
							List.of(), null)
					.isPresent()));
			}
			for (Future<Boolean> run : runs) {
				applied.add(run.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(applied).containsOnlyOnce(true);
		assertThat(this.complaints.formApplied(c.getId(), "page-1")).isTrue();
		assertThat(this.complaints.formApplied(c.getId(), "page-2")).isFalse();
		assertThat(this.complaints.get(c.getId()).getTimeline()).hasSize(before + 1);
		assertThat(this.complaints.changeStatusOnce("page-2", c.getId(), ComplaintStatus.ACKNOWLEDGED, "รับเรื่องแล้ว",
				false, "officer", List.of(), null))
			.as("another page is another change")
			.isPresent();
	}

	@Test
	void theInboxFiltersAndSearchesThaiTextLiterally() {
		Complaint light = file("U1", "ไฟฟ้าดับ (หน้าวัด) .*", "d1");
		this.clock.advance(Duration.ofMinutes(1));
		Complaint road = file("U2", "ถนนทรุดหน้าโรงเรียน", "d2");
		assertThat(this.complaints.inbox(InboxFilter.none(), 50)).extracting(Complaint::getId)
			.containsExactly(road.getId(), light.getId());
		assertThat(search("หน้าวัด")).containsExactly(light.getId());
		assertThat(search("(หน้าวัด) .*")).containsExactly(light.getId());
		assertThat(search(".*")).containsExactly(light.getId());
		assertThat(search("ทรุด")).containsExactly(road.getId());
		assertThat(search(road.getTicket())).containsExactly(road.getId());
		this.complaints.changeStatus(road.getId(), ComplaintStatus.ACKNOWLEDGED, null, false, "o", List.of(), null);
		assertThat(this.complaints.inbox(new InboxFilter(ComplaintStatus.ACKNOWLEDGED, null, null, false, null), 50))
			.extracting(Complaint::getId)
			.containsExactly(road.getId());
		// Monday 9 March: the light case was due to be acknowledged by Friday 6 (3 March is a holiday)
		this.clock.set(Instant.parse("2026-03-09T03:00:00Z"));
		assertThat(this.complaints.inbox(new InboxFilter(null, null, null, true, null), 50)).extracting(Complaint::getId)
			.containsExactly(light.getId());
		assertThat(this.complaints.overdue(this.complaints.get(light.getId()))).isTrue();
		assertThat(this.complaints.overdue(this.complaints.get(road.getId()))).isFalse();
	}

	private List<String> search(String text) {
		return this.complaints.inbox(new InboxFilter(null, null, null, false, text), 50)
			.stream()
			.map(Complaint::getId)
			.toList();
	}

	private Complaint file(String user, String text, String key) {
		String category = this.categories.active().get(0).getId();
		return this.complaints.submit(new NewComplaint(user, category, text, List.of(), null,
				new Complaint.Contact(Complaint.ContactMode.ANONYMOUS, null, null), "LINE", key));
	}

}
