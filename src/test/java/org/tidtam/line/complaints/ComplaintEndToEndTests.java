package org.tidtam.line.complaints;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintCategory;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.ComplaintStatus;
import org.tidtam.complaints.TicketNumbers;
import org.tidtam.line.outbound.OutboxMessage;
import org.tidtam.line.simulator.Chat;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Sent;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.shared.Role;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A citizen files a complaint through signed webhooks and the fake LINE platform (which checks every
 * message against LINE's OpenAPI), an officer works on it, the citizen is told, rates it or says it is
 * not fixed; another citizen's ticket number reveals nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S" })
@Import(TestClockConfig.class)
class ComplaintEndToEndTests {

	static final String SOMCHAI = "U00000000000000000000000000000c01";

	static final String MALEE = "U00000000000000000000000000000c02";

	static final String HEAD = "U00000000000000000000000000000c03";

	@Autowired
	FakeLinePlatform line;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ComplaintService complaints;

	@Autowired
	DivisionService divisions;

	@Autowired
	PersonService people;

	@Autowired
	org.tidtam.complaints.ComplaintDeadlines daily;

	@Autowired
	org.tidtam.complaints.DataRequestService requests;

	@Autowired
	org.tidtam.support.MutableClock clock;

	@Autowired
	org.tidtam.complaints.ComplaintCategories categories;

	@Autowired
	org.tidtam.complaints.ComplaintStatistics statistics;

	Division works;

	@BeforeEach
	void setUp() {
		this.line.reset();
		for (String c : List.of(Complaint.COLLECTION, ComplaintCategory.COLLECTION, TicketNumbers.COLLECTION,
				Division.COLLECTION, "people", "chat_sessions", "data_requests")) {
			this.mongo.remove(new Query(), c);
		}
		this.works = this.divisions.create("กองช่าง", null, List.of(), true, false);
		Person head = this.people.create("วิไลวรรณ ช่างคิด", "ผู้อำนวยการกองช่าง", this.works.getId(),
				Set.of(Role.DIVISION_HEAD), null);
		this.mongo.updateFirst(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(head.getId())),
				new org.springframework.data.mongodb.core.query.Update().set("lineUserId", HEAD).set("lineLinkActive", true),
				Person.class);
		this.line.putUser(SOMCHAI, "สมชาย ใจดี", null);
		this.line.putUser(MALEE, "มาลี", null);
	}

	/** The photos this class sends would otherwise meet other tests of the shared context. */
	@org.junit.jupiter.api.AfterEach
	void dropChatMedia() {
		this.mongo.remove(new Query(), "line_media.files");
		this.mongo.remove(new Query(), "line_media.chunks");
	}

	@Test
	void aComplaintFromFirstTapToRatingAndReopen() {
		this.line.text(Chat.user(SOMCHAI), "เมนู");
		JsonNode menu = awaitSent(SOMCHAI, 1).get(0).messageList().get(0);
		assertThat(menu.at("/quickReply/items/0/action/text").asText()).isEqualTo("แจ้งเรื่องร้องเรียน/ร้องทุกข์");

		this.line.text(Chat.user(SOMCHAI), "แจ้งเรื่องร้องเรียน/ร้องทุกข์");
		Sent question = awaitSent(SOMCHAI, 2).get(1);
		assertThat(question.messageList().get(0).path("text").asText()).contains("ไม่ระบุชื่อ");
		JsonNode first = question.messageList().get(1).at("/quickReply/items/0/action");
		assertThat(first.path("label").asText()).isEqualTo("ไฟฟ้าส่องสว่างชำรุด");
		this.line.postback(Chat.user(SOMCHAI), first.path("data").asText(), Map.of());
		assertThat(awaitSent(SOMCHAI, 3).get(2).firstText()).contains("รายละเอียด");
		this.line.text(Chat.user(SOMCHAI), "ไฟถนนดับทั้งซอย 5 มา 3 วันแล้ว");
		assertThat(awaitSent(SOMCHAI, 4).get(3).firstText()).contains("5 รูป");
		this.line.image(Chat.user(SOMCHAI), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3 }, "image/jpeg");
		assertThat(awaitSent(SOMCHAI, 5).get(4).firstText()).contains("รูปที่ 1");
		this.line.text(Chat.user(SOMCHAI), "ถัดไป");
		awaitSent(SOMCHAI, 6);
		this.line.location(Chat.user(SOMCHAI), "ซอย 5", "ซอย 5 ถนนเทศบาล", 13.75, 100.5);
		assertThat(awaitSent(SOMCHAI, 7).get(6).firstText()).contains("ติดต่อกลับ");
		this.line.text(Chat.user(SOMCHAI), "ใช้ชื่อ LINE");
		assertThat(awaitSent(SOMCHAI, 8).get(7).firstText()).contains("สรุปเรื่องที่แจ้ง");
		this.line.text(Chat.user(SOMCHAI), "ยืนยัน");
		assertThat(awaitSent(SOMCHAI, 9).get(8).firstText()).contains("ร-2569-000001").contains("วันทำการ");

		Complaint filed = this.complaints.byTicket("ร-2569-000001").orElseThrow();
		assertThat(filed.getLineUserId()).isEqualTo(SOMCHAI);
		assertThat(filed.getContact().name()).isEqualTo("สมชาย ใจดี");
		assertThat(filed.getPhotos()).hasSize(1);
		assertThat(filed.getDivisionId()).isEqualTo(this.works.getId());
		assertThat(this.mongo.getCollection("line_media.files")
			.countDocuments(new org.bson.Document("metadata.messageId", filed.getPhotos().get(0).lineMessageId())))
			.isEqualTo(1);

		// filed to the category's division: its head is told in LINE (once, though the officer confirms it)
		assertThat(awaitSent(HEAD, 1).get(0).firstText()).contains("ร-2569-000001").contains("กองช่าง");
		this.complaints.assign(filed.getId(), this.works.getId(), "officer", null);

		// an internal note tells nobody, a public status change is one push
		this.complaints.changeStatus(filed.getId(), ComplaintStatus.RECEIVED, "รอเบิกหลอดไฟ", true, "officer", List.of(),
				null);
		this.complaints.changeStatus(filed.getId(), ComplaintStatus.IN_PROGRESS, "ช่างจะเข้าพื้นที่พรุ่งนี้", false,
				"officer", List.of(), null);
		Sent progress = awaitSent(SOMCHAI, 10).get(9);
		assertThat(progress.endpoint()).contains("push");
		assertThat(progress.firstText()).contains("กำลังดำเนินการ").contains("ช่างจะเข้าพื้นที่พรุ่งนี้")
			.doesNotContain("รอเบิกหลอดไฟ");

		this.complaints.changeStatus(filed.getId(), ComplaintStatus.DONE, "เปลี่ยนหลอดไฟแล้ว", false, "officer",
				List.of("after-photo"), null);
		Sent done = awaitSent(SOMCHAI, 11).get(10);
		assertThat(done.firstText()).contains("เสร็จสิ้น").contains("เปลี่ยนหลอดไฟแล้ว");
		JsonNode items = done.messageList().get(0).at("/quickReply/items");
		assertThat(items).hasSize(6);
		assertThat(items.get(5).at("/action/label").asText()).isEqualTo("ยังไม่ได้รับการแก้ไข");

		this.line.postback(Chat.user(SOMCHAI), items.get(4).at("/action/data").asText(), Map.of());
		assertThat(awaitSent(SOMCHAI, 12).get(11).firstText()).contains("ขอบคุณ");
		assertThat(this.complaints.get(filed.getId()).getRating()).isEqualTo(5);

		this.line.postback(Chat.user(SOMCHAI), items.get(5).at("/action/data").asText(), Map.of());
		assertThat(awaitSent(SOMCHAI, 13).get(12).firstText()).contains("เปิดเรื่อง ร-2569-000001 อีกครั้ง");
		assertThat(awaitSent(HEAD, 2).get(1).firstText()).contains("ยังไม่ได้รับการแก้ไข").contains("ครั้งที่ 1");
		Complaint reopened = this.complaints.get(filed.getId());
		assertThat(reopened.getReopenCount()).isEqualTo(1);
		assertThat(reopened.getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
	}

	@Test
	void aCaseMovedToAnotherDivisionTellsBothHeadsAndAClosedOneTellsNobody() {
		String financeHead = "U0000000000000000000000000000c0f2";
		Division finance = this.divisions.create("กองคลัง", null, List.of(), true, false);
		Person head = this.people.create("สุดา รักษ์เงิน", "ผู้อำนวยการกองคลัง", finance.getId(), Set.of(Role.DIVISION_HEAD),
				null);
		this.mongo.updateFirst(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(head.getId())),
				new org.springframework.data.mongodb.core.query.Update().set("lineUserId", financeHead)
					.set("lineLinkActive", true),
				Person.class);
		fileQuickly(SOMCHAI, "ค่าธรรมเนียมเก็บขยะเรียกเก็บซ้ำสองครั้ง");
		Complaint filed = this.complaints.ofCitizen(SOMCHAI, 1).get(0);
		this.complaints.assign(filed.getId(), this.works.getId(), "officer", null);
		awaitSent(HEAD, 1);
		this.complaints.assign(filed.getId(), finance.getId(), "officer", "เป็นเรื่องค่าธรรมเนียม");
		assertThat(awaitSent(financeHead, 1).get(0).firstText()).contains("มีเรื่องร้องเรียนส่งถึงกองคลัง")
			.contains(filed.getTicket());
		assertThat(awaitSent(HEAD, 2).get(1).firstText()).contains(filed.getTicket())
			.contains("ย้ายไปให้กองคลังดูแลแล้ว")
			.contains("กองช่างไม่ต้องดำเนินการ");

		this.complaints.changeStatus(filed.getId(), ComplaintStatus.DONE, "คืนเงินแล้ว", false, "officer",
				List.of("after-photo"), null);
		this.complaints.assign(filed.getId(), this.works.getId(), "officer", "แก้หมวดสถิติ");
		// the notices are queued in the outbox by the assignment itself, before it returns
		assertThat(this.mongo.count(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("purpose")
			.is("complaint-head")
			.and("_id")
			.regex(java.util.regex.Pattern.quote(filed.getId()))), OutboxMessage.class))
			.as("a closed case moved back tells nobody").isEqualTo(3);
	}

	/**
	 * A new case is announced in LINE to the complaint officers and to the head of the division its
	 * category goes to; coordinators hear of it only when no complaint officer is linked. Before, nobody
	 * was told: the first message about a case was the escalation to the executives once it was late.
	 */
	@Test
	void aNewCaseIsAnnouncedToTheComplaintOfficersAndTheHeadOfItsDivision() {
		String officer = "U00000000000000000000000000000c04";
		String coordinator = "U00000000000000000000000000000c05";
		linkNew("ศรีสุดา รับเรื่อง", Role.COMPLAINT_OFFICER, officer);
		linkNew("ประสาน งานดี", Role.COORDINATOR, coordinator);
		this.line.text(Chat.user(SOMCHAI), "แจ้งเรื่องร้องเรียน/ร้องทุกข์");
		JsonNode first = awaitSent(SOMCHAI, 1).get(0).messageList().get(1).at("/quickReply/items/0/action");
		this.line.postback(Chat.user(SOMCHAI), first.path("data").asText(), Map.of());
		awaitSent(SOMCHAI, 2);
		int n = 2;
		for (String say : List.of("ไฟถนนดับทั้งซอย 5 มา 3 วันแล้ว 😢", "ถัดไป", "ข้าม", "ไม่ประสงค์ออกนาม", "ยืนยัน")) {
			this.line.text(Chat.user(SOMCHAI), say);
			awaitSent(SOMCHAI, ++n);
		}
		Complaint filed = this.complaints.ofCitizen(SOMCHAI, 1).get(0);
		assertThat(filed.getDivisionId()).isEqualTo(this.works.getId());
		assertThat(awaitSent(officer, 1).get(0).firstText()).contains("มีเรื่องร้องเรียนใหม่")
			.contains(filed.getTicket())
			.contains("ไฟฟ้าส่องสว่างชำรุด")
			.contains("กองช่าง")
			.contains("😢");
		assertThat(awaitSent(HEAD, 1).get(0).firstText()).contains("มีเรื่องร้องเรียนส่งถึงกองช่าง").contains(filed.getTicket());
		await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3))
			.until(() -> this.line.sentTo(coordinator).isEmpty() && this.line.sentTo(officer).size() == 1
					&& this.line.sentTo(HEAD).size() == 1);

		// without a complaint officer in LINE, the coordinators are the ones to look
		this.mongo.remove(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("lineUserId").is(officer)),
				Person.class);
		fileQuickly(MALEE, "ขยะไม่เก็บมาหนึ่งสัปดาห์");
		Complaint second = this.complaints.ofCitizen(MALEE, 1).get(0);
		assertThat(awaitSent(coordinator, 1).get(0).firstText()).contains("มีเรื่องร้องเรียนใหม่").contains(second.getTicket());
	}

	private void linkNew(String name, Role role, String lineUserId) {
		Person person = this.people.create(name, "เจ้าหน้าที่", null, Set.of(role), null);
		this.mongo.updateFirst(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(person.getId())),
				new org.springframework.data.mongodb.core.query.Update().set("lineUserId", lineUserId).set("lineLinkActive", true),
				Person.class);
	}

	/**
	 * A case closed with an internal note: the citizen is told it is done and offered the rating, without
	 * the note or the photos; their own tracking shows the step, not the note. Before, an internal note
	 * kept the closing itself from the citizen: no rating, and 14 days later a question about a fix they
	 * had never heard of.
	 */
	@Test
	void aNewStatusWithAnInternalNoteReachesTheCitizenWithoutTheNote() {
		fileQuickly(SOMCHAI, "ไฟถนนดับหน้าบ้านเลขที่ 12");
		Complaint filed = this.complaints.ofCitizen(SOMCHAI, 1).get(0);
		int n = this.line.sentTo(SOMCHAI).size();
		this.complaints.changeStatus(filed.getId(), ComplaintStatus.DONE, "ใช้งบซ่อมบำรุง 3,500 บาท ผู้รับจ้างนายเอ", true,
				"officer", List.of("after-photo"), null);
		Sent done = awaitSent(SOMCHAI, n + 1).get(n);
		assertThat(done.firstText()).contains(filed.getTicket())
			.contains("สถานะ: เสร็จสิ้น")
			.doesNotContain("3,500")
			.doesNotContain("นายเอ")
			.doesNotContain("รูป");
		assertThat(done.messageList()).hasSize(1);
		JsonNode items = done.messageList().get(0).at("/quickReply/items");
		assertThat(items).hasSize(6);
		this.line.postback(Chat.user(SOMCHAI), items.get(3).at("/action/data").asText(), Map.of());
		assertThat(awaitSent(SOMCHAI, n + 2).get(n + 1).firstText()).contains("ขอบคุณ");
		assertThat(this.complaints.get(filed.getId()).getRating()).isEqualTo(4);

		// a further internal note on the same status tells nobody
		this.complaints.changeStatus(filed.getId(), ComplaintStatus.DONE, "เบิกจ่ายแล้ว", true, "officer", List.of(), null);
		this.line.text(Chat.user(SOMCHAI), filed.getTicket());
		String tracked = awaitSent(SOMCHAI, n + 3).get(n + 2).firstText();
		assertThat(tracked).contains("เสร็จสิ้น").doesNotContain("3,500").doesNotContain("เบิกจ่าย");
		assertThat(tracked.split("เสร็จสิ้น", -1)).as("the status line and the closing step").hasSize(3);
		await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3))
			.until(() -> this.line.sentTo(SOMCHAI).size() == n + 3);
	}

	@Test
	void anotherCitizensTicketRevealsNothing() {
		fileQuickly(SOMCHAI, "ขยะไม่เก็บมาหนึ่งสัปดาห์ บ้านเลขที่ 99");
		String ticket = this.complaints.ofCitizen(SOMCHAI, 1).get(0).getTicket();
		int before = this.line.sentTo(MALEE).size();
		this.line.text(Chat.user(MALEE), ticket);
		String answer = awaitSent(MALEE, before + 1).get(before).firstText();
		assertThat(answer).contains("ไม่พบเรื่อง").doesNotContain("ขยะ").doesNotContain("99").doesNotContain("รอรับเรื่อง");

		int mine = this.line.sentTo(SOMCHAI).size();
		this.line.text(Chat.user(SOMCHAI), ticket);
		assertThat(awaitSent(SOMCHAI, mine + 1).get(mine).firstText()).contains("สถานะ: รอรับเรื่อง");
		this.line.text(Chat.user(MALEE), "ติดตามเรื่อง");
		assertThat(awaitSent(MALEE, before + 2).get(before + 1).firstText()).contains("ยังไม่มีเรื่อง");
	}

	@Test
	void stillFixedIsAskedOnceAfterFourteenDaysAndPersonalDataIsErasedAfterRetention() {
		this.clock.set(java.time.Instant.parse("2026-01-05T03:00:00Z"));
		fileQuickly(SOMCHAI, "ท่อระบายน้ำอุดตันหน้าบ้านเลขที่ 45");
		Complaint c = this.complaints.ofCitizen(SOMCHAI, 1).get(0);
		this.complaints.changeStatus(c.getId(), ComplaintStatus.DONE, "ลอกท่อแล้ว", false, "officer", List.of(), null);
		int n = awaitSent(SOMCHAI, 8).size();
		this.clock.advance(Duration.ofDays(13));
		this.daily.sweep();
		this.clock.advance(Duration.ofDays(2));
		this.daily.sweep();
		Sent question = awaitSent(SOMCHAI, n + 1).get(n);
		assertThat(question.firstText()).contains(c.getTicket()).contains("ยังเรียบร้อยดี");
		JsonNode items = question.messageList().get(0).at("/quickReply/items");
		assertThat(items).hasSize(2);
		this.daily.sweep();
		this.line.postback(Chat.user(SOMCHAI), items.get(0).at("/action/data").asText(), Map.of());
		assertThat(awaitSent(SOMCHAI, n + 2).get(n + 1).firstText()).contains("ขอบคุณที่แจ้งให้ทราบ");
		assertThat(this.line.sentTo(SOMCHAI)).hasSize(n + 2);

		long before = this.statistics.forYear(org.tidtam.shared.FiscalYear.of(2569)).total().received();
		this.mongo.updateFirst(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(c.getId())),
				new org.springframework.data.mongodb.core.query.Update().set("contact.phone", "0811111111")
					.set("contact.name", "สมชาย ใจดี")
					.set("place", new Complaint.Place("45 ซอยวัดใหม่", 13.75, 100.5, false)),
				Complaint.class);
		this.clock.advance(Duration.ofDays(700));
		this.daily.sweep();
		assertThat(this.complaints.get(c.getId()).getContact().phone()).as("kept within retention").isEqualTo("0811111111");
		this.clock.advance(Duration.ofDays(31));
		this.daily.sweep();
		Complaint erased = this.complaints.get(c.getId());
		assertThat(erased.getLineUserId()).isNull();
		assertThat(erased.getContact().phone()).isNull();
		assertThat(erased.getContact().name()).isNull();
		assertThat(erased.getPlace().address()).isNull();
		assertThat(erased.getPlace().latitude()).as("the map point says where the citizen lives as well as the address")
			.isNull();
		assertThat(erased.getPlace().longitude()).isNull();
		assertThat(erased.getTicket()).isEqualTo(c.getTicket());
		assertThat(this.statistics.forYear(org.tidtam.shared.FiscalYear.of(2569)).total().received()).isEqualTo(before);
	}

	@Test
	void aCopyAndADeletionOfPersonalDataAreDecidedByACoordinator() throws Exception {
		fileQuickly(MALEE, "ไฟดับหน้าบ้านมาลี");
		int n = this.line.sentTo(MALEE).size();
		for (String say : List.of("ขอสำเนาข้อมูลของฉัน", "ยืนยัน")) {
			this.line.text(Chat.user(MALEE), say);
			awaitSent(MALEE, ++n);
		}
		assertThat(this.line.sentTo(MALEE).get(n - 1).firstText()).contains("ผู้ประสานงานจะพิจารณา");
		org.tidtam.complaints.DataRequest copy = this.requests.recent().get(0);
		assertThat(this.requests.decide(copy.getId(), true, "coordinator")).isTrue();
		assertThat(this.requests.decide(copy.getId(), false, "coordinator")).as("decided once").isFalse();
		assertThat(awaitSent(MALEE, ++n).get(n - 1).firstText()).contains("สำเนาข้อมูล").contains("ไฟดับหน้าบ้านมาลี");

		this.clock.advance(Duration.ofMinutes(1)); // a new dialog: its own id (the test clock stands still otherwise)
		for (String say : List.of("ขอลบข้อมูลของฉัน", "ยืนยัน")) {
			this.line.text(Chat.user(MALEE), say);
			awaitSent(MALEE, ++n);
		}
		org.tidtam.complaints.DataRequest delete = this.requests.recent()
			.stream()
			.filter(r -> r.getKind() == org.tidtam.complaints.DataRequest.Kind.DELETE)
			.findFirst()
			.orElseThrow();
		assertThat(delete.getKind()).isEqualTo(org.tidtam.complaints.DataRequest.Kind.DELETE);
		assertThat(this.requests.decide(delete.getId(), true, "coordinator")).isTrue();
		assertThat(awaitSent(MALEE, ++n).get(n - 1).firstText()).contains("ลบข้อมูลส่วนบุคคล");
		assertThat(this.complaints.ofCitizen(MALEE, 10)).isEmpty();
	}

	@Test
	void anApprovedDeletionLeavesNothingThatPointsBackToTheCitizen() {
		String words = "น้ำท่วมหน้าบ้านเลขที่ 99/1 ของมาลี";
		int n = this.line.sentTo(MALEE).size();
		for (String say : List.of("ร้องเรียน", "4", words)) {
			this.line.text(Chat.user(MALEE), say);
			awaitSent(MALEE, ++n);
		}
		this.line.image(Chat.user(MALEE), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 9, 9, 9 }, "image/jpeg");
		awaitSent(MALEE, ++n);
		this.line.text(Chat.user(MALEE), "ถัดไป");
		awaitSent(MALEE, ++n);
		this.line.location(Chat.user(MALEE), "บ้านมาลี", "99/1 ถนนเทศบาล", 13.7512, 100.5011);
		awaitSent(MALEE, ++n);
		for (String say : List.of("ไม่ประสงค์ออกนาม", "ยืนยัน")) {
			this.line.text(Chat.user(MALEE), say);
			awaitSent(MALEE, ++n);
		}
		Complaint filed = this.complaints.ofCitizen(MALEE, 1).get(0);
		String photo = filed.getPhotos().get(0).lineMessageId();
		assertThat(this.mongo.getCollection("line_media.files").countDocuments(new org.bson.Document("metadata.messageId", photo)))
			.isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(1));
		for (String say : List.of("ขอลบข้อมูลของฉัน", "ยืนยัน")) {
			this.line.text(Chat.user(MALEE), say);
			awaitSent(MALEE, ++n);
		}
		org.tidtam.complaints.DataRequest delete = this.requests.recent().get(0);
		assertThat(this.requests.decide(delete.getId(), true, "coordinator")).isTrue();
		assertThat(awaitSent(MALEE, ++n).get(n - 1).firstText()).contains("ลบข้อมูลส่วนบุคคล");

		Complaint erased = this.complaints.get(filed.getId());
		assertThat(erased.getLineUserId()).isNull();
		assertThat(erased.getPlace() == null || erased.getPlace().latitude() == null && erased.getPlace().longitude() == null)
			.as("the map point of the citizen's home is as personal as the address").isTrue();
		assertThat(erased.getPhotos()).as("the citizen's own photos").noneMatch(p -> p.lineMessageId() != null);
		assertThat(this.mongo.getCollection("line_media.files").countDocuments(new org.bson.Document("metadata.messageId", photo)))
			.isZero();
		assertThat(this.mongo.findAll(org.bson.Document.class, "line_inbox"))
			.as("the webhook events that carried the complaint's words")
			.noneMatch(e -> String.valueOf(e.get("payload")).contains("99/1"));
		assertThat(this.mongo.findAll(org.bson.Document.class, "line_outbox"))
			.as("the messages that repeated them (the summary to confirm)")
			.noneMatch(m -> String.valueOf(m.get("messagesJson")).contains("99/1"));
	}

	@Test
	void aCopyOfManyCasesArrivesWhole() {
		String category = this.categories.active().get(0).getId();
		List<String> tickets = new java.util.ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			tickets.add(this.complaints.submit(new org.tidtam.complaints.NewComplaint(MALEE, category,
					"เรื่องที่ " + i + " " + "ไฟฟ้าดับ".repeat(50), List.of(), null,
					new Complaint.Contact(Complaint.ContactMode.ANONYMOUS, null, null), "LINE", "many-" + i)).getTicket());
		}
		int n = this.line.sentTo(MALEE).size();
		for (String say : List.of("ขอสำเนาข้อมูลของฉัน", "ยืนยัน")) {
			this.line.text(Chat.user(MALEE), say);
			awaitSent(MALEE, ++n);
		}
		this.requests.decide(this.requests.recent().get(0).getId(), true, "coordinator");
		awaitSent(MALEE, n + 1);
		String copy = this.line.sentTo(MALEE)
			.subList(n, this.line.sentTo(MALEE).size())
			.stream()
			.flatMap(sent -> sent.messageList().stream())
			.map(m -> m.path("text").asText())
			.collect(java.util.stream.Collectors.joining("\n"));
		assertThat(copy).as("LINE keeps 5,000 characters of a text: the copy must not lose the cases after them")
			.contains(tickets);
	}

	@Test
	void feedbackReachesTheCoordinator() {
		Person coordinator = this.people.create("มาลี ผู้ประสานงาน", "นักวิเคราะห์นโยบายและแผน", null,
				Set.of(Role.COORDINATOR), null);
		this.mongo.updateFirst(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(coordinator.getId())),
				new org.springframework.data.mongodb.core.query.Update().set("lineUserId", "U00000000000000000000000000000c09")
					.set("lineLinkActive", true),
				Person.class);
		int n = 0;
		for (String say : List.of("ข้อเสนอแนะ/ติชม", "ข้อเสนอแนะ", "ควรเพิ่มไฟส่องสว่างที่สวนสาธารณะ")) {
			this.line.text(Chat.user(MALEE), say);
			awaitSent(MALEE, ++n);
		}
		assertThat(this.line.sentTo(MALEE).get(n - 1).firstText()).contains("ขอบคุณสำหรับข้อเสนอแนะ");
		assertThat(awaitSent("U00000000000000000000000000000c09", 1).get(0).firstText()).contains("ข้อเสนอแนะ")
			.contains("สวนสาธารณะ");
	}

	@Test
	void everyRichMenuAreaIsValidForLineAndUnderstood() throws Exception {
		String json = java.nio.file.Files.readString(java.nio.file.Path.of("line-setup", "rich-menu.json"));
		assertThat(org.tidtam.line.limits.LineOpenApiValidator.fromDefaultLocation()
			.orElseThrow()
			.validate("POST", "/v2/bot/richmenu", json)).isEmpty();
		JsonNode areas = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("areas");
		assertThat(areas).hasSize(6);
		int n = this.line.sentTo(MALEE).size();
		for (JsonNode area : areas) {
			this.line.text(Chat.user(MALEE), area.at("/action/text").asText());
			String answer = awaitSent(MALEE, ++n).get(n - 1).messageList().toString();
			assertThat(answer).as(area.at("/action/text").asText()).doesNotContain("ยังไม่เข้าใจ");
			this.line.text(Chat.user(MALEE), "ยกเลิก");
			awaitSent(MALEE, ++n);
		}
	}

	private void fileQuickly(String user, String text) {
		int n = this.line.sentTo(user).size();
		for (String say : List.of("ร้องเรียน", "4", text, "ข้าม", "ข้าม", "ไม่ประสงค์ออกนาม", "ยืนยัน")) {
			this.line.text(Chat.user(user), say);
			awaitSent(user, ++n);
		}
		assertThat(this.line.sentTo(user).get(n - 1).firstText()).contains("รับเรื่องเรียบร้อยแล้ว");
	}

	private List<Sent> awaitSent(String chatId, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> this.line.sentTo(chatId).size() >= count);
		return this.line.sentTo(chatId);
	}

}
