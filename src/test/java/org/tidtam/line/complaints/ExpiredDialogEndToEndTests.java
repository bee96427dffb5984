package org.tidtam.line.complaints;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintCategory;
import org.tidtam.complaints.TicketNumbers;
import org.tidtam.conversation.Dialogs;
import org.tidtam.line.simulator.Chat;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Sent;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A citizen's complaint left idle past its 30 minutes, then answered late, through signed webhooks and
 * the fake LINE platform (which checks every message against LINE's OpenAPI): the late answer, typed or
 * tapped, gets a Thai reply saying the unfinished report timed out and was not sent, with the main menu
 * to start again; nothing of the stale draft is filed, and the late answer starts nothing else. The same
 * whether or not the expiry sweep (a push notice) came first: it runs every minute on its own, so these
 * tests look for the reply to the late answer rather than count messages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S" })
@Import(TestClockConfig.class)
class ExpiredDialogEndToEndTests {

	static final String SUDA = "U00000000000000000000000000000d01";

	/** A complaint idles out after 30 minutes without an answer. */
	static final Duration PAST_EXPIRY = Duration.ofMinutes(31);

	static final String MENU_COMPLAINT = "แจ้งเรื่องร้องเรียน/ร้องทุกข์";

	@Autowired
	FakeLinePlatform line;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	Dialogs dialogs;

	@BeforeEach
	void setUp() {
		this.line.reset();
		for (String c : List.of(Complaint.COLLECTION, ComplaintCategory.COLLECTION, TicketNumbers.COLLECTION,
				"chat_sessions")) {
			this.mongo.remove(new Query(), c);
		}
		this.line.putUser(SUDA, "สุดา ทดสอบ", null);
	}

	@AfterEach
	void noRequestWasInvalid() {
		assertThat(this.line.calls()).as("requests LINE would refuse").noneMatch(c -> c.status() == 400);
	}

	@Test
	void aTypedAnswerAfterTheTimeoutIsToldTheReportWasNotSentAndShownTheMenu() {
		int n = say(MENU_COMPLAINT);
		Sent categories = this.line.sentTo(SUDA).get(n - 1);
		this.line.postback(Chat.user(SUDA), categories.messageList().get(1).at("/quickReply/items/0/action/data").asText(),
				Map.of());
		n = awaitSent(n + 1);
		n = say("ไฟถนนดับทั้งซอย 7 มาสามคืนแล้ว");
		assertThat(lastText()).contains("5 รูป");
		n = say("ข้าม");
		assertThat(lastText()).contains("เกิดที่ไหน");

		this.clock.advance(PAST_EXPIRY);
		Sent late = replyTo("หน้าตลาดสด ซอย 7", n);

		assertTimedOutWithMenu(late);
		assertThat(this.mongo.count(new Query(), Complaint.COLLECTION)).isZero();
		assertNoDraftLeft();
	}

	@Test
	void aCategoryTapAfterTheTimeoutStartsNothingAndFilesNothing() {
		int n = say(MENU_COMPLAINT);
		String category = this.line.sentTo(SUDA)
			.get(n - 1)
			.messageList()
			.get(1)
			.at("/quickReply/items/0/action/data")
			.asText();

		this.clock.advance(PAST_EXPIRY);
		int before = this.line.sentTo(SUDA).size();
		this.line.postback(Chat.user(SUDA), category, Map.of());
		Sent late = awaitReply(before);

		assertTimedOutWithMenu(late);
		assertThat(late.messageList().toString()).as("not the next question of a complaint")
			.doesNotContain("รายละเอียด");
		assertThat(this.mongo.count(new Query(), Complaint.COLLECTION)).isZero();
		assertNoDraftLeft();
	}

	@Test
	void aConfirmTapOnAnExpiredSummaryFilesNothing() {
		int n = toSummary();

		this.clock.advance(PAST_EXPIRY);
		Sent late = replyTo("ยืนยัน", n);

		assertTimedOutWithMenu(late);
		assertThat(late.messageList().toString()).doesNotContain("รับเรื่องเรียบร้อย").doesNotContain("ร-25");
		assertThat(this.mongo.count(new Query(), Complaint.COLLECTION)).isZero();
		assertNoDraftLeft();
	}

	@Test
	void aConfirmTapAfterTheSweepAnnouncedTheTimeoutFilesNothingAndSaysSo() {
		int n = toSummary();

		this.clock.advance(PAST_EXPIRY);
		this.dialogs.expireIdle();
		awaitSent(n + 1);
		Sent notice = this.line.sentTo(SUDA).get(n);
		assertThat(notice.endpoint()).isEqualTo("push");
		assertThat(notice.firstText()).contains("หมดเวลา");
		n = this.line.sentTo(SUDA).size();

		Sent late = replyTo("ยืนยัน", n);
		assertTimedOutWithMenu(late);
		assertThat(late.firstText()).as("the person must not think it was sent").doesNotContain("ส่งหรือยกเลิกไปแล้ว");
		assertThat(this.mongo.count(new Query(), Complaint.COLLECTION)).isZero();
		assertThat(this.line.sentTo(SUDA)).filteredOn(s -> s.endpoint().equals("push")).hasSize(1);
	}

	@Test
	void aFreshStartAfterTheTimeoutWorksAndFilesOnlyTheNewComplaint() {
		int n = toSummary();
		this.clock.advance(PAST_EXPIRY);
		replyTo("ยืนยัน", n);

		for (String say : List.of("ร้องเรียน", "4", "ขยะไม่เก็บสองสัปดาห์", "ข้าม", "ข้าม", "ไม่ประสงค์ออกนาม", "ยืนยัน")) {
			n = this.line.sentTo(SUDA).size();
			replyTo(say, n);
		}
		assertThat(lastText()).contains("รับเรื่องเรียบร้อยแล้ว");
		List<Complaint> filed = this.mongo.findAll(Complaint.class);
		assertThat(filed).singleElement().satisfies(c -> assertThat(c.getDescription()).isEqualTo("ขยะไม่เก็บสองสัปดาห์"));
	}

	/** Category 4, a description, no photo, no place, anonymous: the summary with its confirm chip. */
	private int toSummary() {
		int n = 0;
		for (String say : List.of("ร้องเรียน", "4", "ท่อระบายน้ำอุดตันหน้าบ้านเลขที่ 12", "ข้าม", "ข้าม",
				"ไม่ประสงค์ออกนาม")) {
			n = say(say);
		}
		Sent summary = this.line.sentTo(SUDA).get(n - 1);
		assertThat(summary.firstText()).contains("สรุปเรื่องที่แจ้ง");
		assertThat(summary.messageList().get(0).at("/quickReply/items/0/action/text").asText()).isEqualTo("ยืนยัน");
		return n;
	}

	private void assertTimedOutWithMenu(Sent late) {
		String text = late.messageList().get(0).path("text").asText();
		assertThat(text).as("timed out, and not sent").contains("หมดเวลา").contains("ยังไม่ได้ส่ง");
		assertThat(text).as("not taken as something else").doesNotContain("ไม่เข้าใจ");
		JsonNode chips = late.messageList().get(late.messageList().size() - 1).at("/quickReply/items");
		assertThat(chips.findValuesAsText("text")).as("the main menu, to start again").contains(MENU_COMPLAINT);
	}

	private void assertNoDraftLeft() {
		assertThat(this.mongo.getCollection("chat_sessions").find().into(new java.util.ArrayList<>()))
			.allSatisfy(s -> assertThat(s.get("draft")).as("no stale draft kept").isNull());
	}

	/** Says {@code text} and waits for the reply; returns how many messages the citizen has had. */
	private int say(String text) {
		int before = this.line.sentTo(SUDA).size();
		this.line.text(Chat.user(SUDA), text);
		return awaitSent(before + 1);
	}

	/** Says {@code text} after {@code before} messages and returns the reply to it (not a push beside it). */
	private Sent replyTo(String text, int before) {
		this.line.text(Chat.user(SUDA), text);
		return awaitReply(before);
	}

	private Sent awaitReply(int before) {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.line.sentTo(SUDA).stream().skip(before).anyMatch(s -> s.endpoint().equals("reply")));
		return this.line.sentTo(SUDA).stream().skip(before).filter(s -> s.endpoint().equals("reply")).findFirst().orElseThrow();
	}

	private String lastText() {
		List<Sent> sent = this.line.sentTo(SUDA);
		return sent.get(sent.size() - 1).firstText();
	}

	private int awaitSent(int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> this.line.sentTo(SUDA).size() >= count);
		return this.line.sentTo(SUDA).size();
	}

}
