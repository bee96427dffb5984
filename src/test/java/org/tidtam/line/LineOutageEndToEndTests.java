package org.tidtam.line;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.line.outbound.OutboxMessage;
import org.tidtam.line.outbound.OutboxRepository;
import org.tidtam.line.outbound.OutboxSender;
import org.tidtam.line.simulator.Call;
import org.tidtam.line.simulator.Chat;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Fault;
import org.tidtam.line.simulator.Sent;
import org.tidtam.line.simulator.WebhookOutcome;
import org.tidtam.line.webhook.InboxEvent;
import org.tidtam.line.webhook.InboxRepository;
import org.tidtam.line.webhook.InboxWorker;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.LinkingService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureForm;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.reminders.ReminderSchedule;
import org.tidtam.reminders.ReminderService;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.Role;
import org.tidtam.shared.ThaiDates;
import org.tidtam.support.AdminBrowser;
import org.tidtam.support.MutableClock;
import org.tidtam.shared.store.StoreDurability;
import org.tidtam.support.TestClockConfig;
import org.tidtam.web.AdminUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * LINE failing for a while, as an office lives it: the messages of one chat still arrive in the order
 * they were made (a dialog's question before its summary), however the retries of an earlier one and
 * the first try of a later one fall.
 */
@Import(TestClockConfig.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S", "tidtam.notices.gather-millis=100" })
class LineOutageEndToEndTests {

	static final String CITIZEN = "U0000000000000000000000000000ab01";

	static final String OTHER = "U0000000000000000000000000000ab02";

	static final String HEAD = "U0000000000000000000000000000ab0c";

	static final String PASSWORD = "outage-test-password";

	/** The body of a 400 this test has LINE answer on purpose. */
	static final String REFUSED = "The property, 'to', in the request body is invalid (injected)";

	@Autowired
	FakeLinePlatform line;

	@Autowired
	MutableClock clock;

	@Autowired
	InboxRepository inbox;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	InboxWorker worker;

	@Autowired
	OutboxSender sender;

	@Autowired
	LineMessenger messenger;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	DivisionService divisions;

	@Autowired
	PersonService people;

	@Autowired
	LinkingService linking;

	@Autowired
	PlanService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	ReminderService reminders;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	LineClients clients;

	@Autowired
	MeterRegistry meters;

	@Autowired
	StoreDurability durability;

	@LocalServerPort
	int port;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void setUp() {
		this.line.reset();
		this.line.putUser(CITIZEN, "สมศรี ทดสอบ", null);
		this.line.putUser(OTHER, "สมชาย ทดสอบ", null);
		this.inbox.deleteAll();
		this.outbox.deleteAll();
		this.sender.sendDue(); // the sender forgets the chats that waited in the last test
		this.worker.resume();
	}

	@AfterEach
	void noRequestWasInvalid() {
		this.line.clearFaults();
		assertThat(this.line.calls()).as("requests LINE would refuse")
			.filteredOn(c -> c.status() == 400 && !c.responseBody().contains("Invalid reply token")
					&& !c.responseBody().contains(REFUSED))
			.isEmpty();
	}

	@Test
	void aLaterMessageWaitsForAnEarlierOneOfItsChatThatLineDidNotTakeAtOnce() {
		this.line.injectFault("push", Fault.status(500), 1);
		String question = this.messenger.push(CITIZEN, List.of(text("คำถาม: ถนนเส้นไหนคะ")), "test", false, "q")
			.get(0);
		String summary = this.messenger.push(CITIZEN, List.of(text("สรุป: รับเรื่องแล้วค่ะ")), "test", false, "s")
			.get(0);
		assertThat(this.line.sentTo(CITIZEN)).as("the summary does not overtake the question").isEmpty();

		this.clock.advance(Duration.ofSeconds(2));
		awaitSent(summary);
		assertThat(this.line.sentTo(CITIZEN)).extracting(Sent::firstText).containsExactly("คำถาม: ถนนเส้นไหนคะ",
				"สรุป: รับเรื่องแล้วค่ะ");
		assertThat(this.outbox.findById(question).orElseThrow().getAttempts()).isEqualTo(2);
		assertThat(this.outbox.findById(summary).orElseThrow().getAttempts()).as("tried once, when its turn came")
			.isEqualTo(1);
	}

	@Test
	void aLaterMessageWhoseRetryFallsFirstStillWaitsForTheEarlierOne() {
		// LINE is down: the question fails five times (its next try 32 s away); the summary is made then
		this.line.injectFault("push", Fault.status(500), 1000);
		String question = this.messenger.push(CITIZEN, List.of(text("คำถาม: ถนนเส้นไหนคะ")), "test", false, "q")
			.get(0);
		for (int attempt = 1; attempt < 5; attempt++) {
			advanceToNextAttempt(question);
		}
		String summary = this.messenger.push(CITIZEN, List.of(text("สรุป: รับเรื่องแล้วค่ะ")), "test", false, "s")
			.get(0);
		this.line.clearFaults();
		// LINE is back; the summary is due long before the question's next try, but waits for it
		this.clock.advance(Duration.ofSeconds(3));
		this.sender.sendDue();
		assertThat(this.line.sentTo(CITIZEN)).isEmpty();
		advanceToNextAttempt(question);
		awaitSent(summary);
		assertThat(this.line.sentTo(CITIZEN)).extracting(Sent::firstText).containsExactly("คำถาม: ถนนเส้นไหนคะ",
				"สรุป: รับเรื่องแล้วค่ะ");
	}

	/**
	 * Friday 27 March 2569, 08:00–10:00: LINE answers 500 to everything. Citizens keep writing, a plan is
	 * published (the division head's notice) and the morning's report reminder falls due; the head asks
	 * for the status. Every webhook is acknowledged and stored and handled; once LINE is back, everything
	 * goes out within the backoff's cap, each chat in the order it was made, answers whose reply token
	 * expired as pushes, each message once and with one retry key for all its attempts.
	 */
	@Test
	void aTwoHourOutageDelaysEverythingAndLosesOrDoublesNothing() throws Exception {
		this.clock.set(bangkok(2026, 3, 27, 7, 40));
		for (String c : List.of("people", "divisions", "line_link_codes", "line_link_attempts", "line_group_bindings",
				"plans", "measures", "assignments", "measure_imports", "indicator_sets", "progress_reports",
				"shedLock")) {
			this.mongo.remove(new Query(), c);
		}
		signInUser(Role.ADMIN);
		Division engineering = this.divisions.create("กองช่าง", "กช", List.of(), true, false);
		Person head = this.people.create("วิไลวรรณ ช่างคิด", "ผู้อำนวยการกองช่าง", engineering.getId(),
				Set.of(Role.DIVISION_HEAD), null);
		this.line.text(Chat.user(HEAD), this.linking.issueCode(head.getId()).code());
		await().atMost(Duration.ofSeconds(10)).until(() -> this.line.sentTo(HEAD).size() == 1);
		Plan plan = this.plans.create(FiscalYear.of(2569), null);
		this.measures.add(plan.getId(), new MeasureForm(1, null, "ติดป้ายช่องทางร้องเรียน", List.of(),
				List.of(engineering.getId()), MeasureCadence.withinQuarter(2), null, null));
		this.line.reset();
		this.outbox.deleteAll();
		this.sender.sendDue();

		// 08:00 LINE fails
		this.clock.set(bangkok(2026, 3, 27, 8, 0));
		this.line.injectFault("*", Fault.status(500), 1_000_000);
		List<WebhookOutcome> webhooks = new ArrayList<>();
		minutes(5);
		webhooks.add(this.line.text(Chat.user(CITIZEN), "ข้อความที่ 1 ไฟถนนดับค่ะ"));
		minutes(5);
		this.plans.publish(plan.getId(), "coordinator");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.outbox.count() == 2); // the answer, the notice
		minutes(10);
		webhooks.add(this.line.text(Chat.user(OTHER), "ข้อความที่ 1 ถนนเป็นหลุมครับ"));
		minutes(10);
		assertThat(this.reminders.fire(ReminderSchedule.REPORTS)).isTrue(); // 08:30
		minutes(15);
		webhooks.add(this.line.text(Chat.user(CITIZEN), "ข้อความที่ 2 ยังดับอยู่ค่ะ"));
		minutes(15);
		webhooks.add(this.line.text(Chat.user(HEAD), "สถานะ"));
		minutes(20);

		// half way through: the admin sees the backlog, in Thai, and why
		String backlog = signInUser(Role.ADMIN).get("/admin/line/outbox?state=PENDING").body();
		assertThat(backlog).contains("รอส่ง").contains("HTTP 500").contains("LINE ขัดข้องชั่วคราว").contains("ลองใหม่ ");
		assertThat(signInUser(Role.ADMIN).get("/admin").body()).contains("รอส่ง");

		minutes(60); // 10:00
		assertThat(this.line.sent()).as("nothing got through the outage").isEmpty();
		assertThat(webhooks).as("every webhook acknowledged").allSatisfy(w -> assertThat(w.status()).isEqualTo(200));
		for (WebhookOutcome webhook : webhooks) {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.inbox.findById(webhook.webhookEventIds().get(0))
					.map(e -> e.getState() == InboxEvent.State.DONE)
					.orElse(false));
		}
		List<OutboxMessage> queued = this.outbox.findAll();
		assertThat(queued).as("answers to 4 messages, the notice, the reminder").hasSize(6)
			.allSatisfy(m -> assertThat(m.getState()).isEqualTo(OutboxMessage.State.PENDING));

		// LINE is back: everything out within the backoff's cap (10 minutes) and a minute's step
		this.line.clearFaults();
		Instant back = this.clock.instant();
		while (this.outbox.findAll().stream().anyMatch(m -> m.getState() != OutboxMessage.State.SENT)) {
			assertThat(Duration.between(back, this.clock.instant())).as("still unsent after LINE came back")
				.isLessThanOrEqualTo(Duration.ofMinutes(11));
			minutes(1);
		}

		assertThat(this.line.sentTo(CITIZEN)).extracting(Sent::firstText)
			.satisfiesExactly(t -> assertThat(t).contains("ข้อความที่ 1"), t -> assertThat(t).contains("ข้อความที่ 2"));
		assertThat(this.line.sentTo(OTHER)).singleElement()
			.satisfies(s -> assertThat(s.firstText()).contains("ข้อความที่ 1"));
		List<Sent> toHead = this.line.sentTo(HEAD);
		assertThat(toHead).as("notice, reminder, then the status asked for").hasSize(3);
		assertThat(toHead.get(0).messages().get(0).path("type").asText()).isEqualTo("flex");
		assertThat(toHead.get(1).firstText()).contains("แจ้งเตือนรายงานความคืบหน้า");
		assertThat(toHead.get(2).firstText()).contains("สถานะมาตรการของกองช่าง");
		assertThat(this.line.sent()).as("reply tokens expired long ago").allSatisfy(s -> {
			assertThat(s.endpoint()).isEqualTo("push");
			assertThat(s.retryKey()).isNotNull();
		});
		// once each, with one retry key per message over all its attempts
		List<OutboxMessage> sent = this.outbox.findAll();
		assertThat(this.line.sent()).extracting(Sent::retryKey)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(sent.stream().map(OutboxMessage::getRetryKey).toList());
		for (OutboxMessage message : sent) {
			// an answer's first attempt is a reply when the lane made it while the token was fresh: a reply
			// carries the token, not the retry key
			List<Call> calls = this.line.calls()
				.stream()
				.filter(c -> c.path().endsWith("/push") && message.getRetryKey().toString().equals(c.retryKey())
						|| c.path().endsWith("/reply") && message.getReplyToken() != null
								&& String.valueOf(c.requestBody()).contains(message.getReplyToken()))
				.toList();
			assertThat(calls).as(message.getPurpose()).hasSize(message.getAttempts());
		}
		// the first message of each chat was tried through the two hours (at most 10 minutes apart); the
		// ones behind it once, when their turn came
		String attempts = sent.stream().map(m -> m.getTo() + " " + m.getPurpose() + " " + m.getAttempts()).toList().toString();
		assertThat(sent).as(attempts).extracting(OutboxMessage::getAttempts).filteredOn(n -> n > 5).hasSize(3);
		assertThat(sent).as(attempts).extracting(OutboxMessage::getAttempts).filteredOn(n -> n == 1).hasSize(3);
		assertThat(this.line.calls()).filteredOn(c -> c.path().endsWith("/push"))
			.allSatisfy(c -> assertThat(c.retryKey()).isNotNull());
	}

	@Test
	void aMessageLineRefusesHoldsUpNeitherItsChatNorOthers() {
		// the question waits for a retry with the summary behind it; then LINE refuses the question (400)
		this.line.injectFault("push", Fault.status(500), 1);
		this.line.injectFault("push", new Fault.Status(400, REFUSED), 1);
		String question = this.messenger.push(CITIZEN, List.of(text("คำถาม: ถนนเส้นไหนคะ")), "test", false, "q")
			.get(0);
		String summary = this.messenger.push(CITIZEN, List.of(text("สรุป: รับเรื่องแล้วค่ะ")), "test", false, "s")
			.get(0);
		this.clock.advance(Duration.ofSeconds(2));
		awaitSent(summary);
		assertThat(this.outbox.findById(question).orElseThrow().getState()).isEqualTo(OutboxMessage.State.FAILED);
		assertThat(this.line.sentTo(CITIZEN)).extracting(Sent::firstText).containsExactly("สรุป: รับเรื่องแล้วค่ะ");

		// refused at once: the next messages, to the same chat and another, go at once
		this.line.injectFault("push", new Fault.Status(400, REFUSED), 1);
		String refused = this.messenger.push(CITIZEN, List.of(text("แจ้งผล")), "test", false, "r").get(0);
		this.messenger.push(CITIZEN, List.of(text("ขอบคุณค่ะ")), "test", false, "t");
		this.messenger.push(OTHER, List.of(text("ประกาศ")), "test", false, "o");
		assertThat(this.outbox.findById(refused).orElseThrow().getState()).isEqualTo(OutboxMessage.State.FAILED);
		assertThat(this.line.sentTo(CITIZEN)).extracting(Sent::firstText).endsWith("ขอบคุณค่ะ");
		assertThat(this.line.sentTo(OTHER)).singleElement().satisfies(s -> assertThat(s.firstText()).isEqualTo("ประกาศ"));

		// a citizen who blocked the bot: LINE takes the push (200) and delivers nothing; nothing waits
		this.line.blockUser(OTHER);
		String toBlocked = this.messenger.push(OTHER, List.of(text("ถึงผู้ที่บล็อก")), "test", false, "b").get(0);
		assertThat(this.outbox.findById(toBlocked).orElseThrow().getState()).isEqualTo(OutboxMessage.State.SENT);
	}

	@Test
	void aDeadLetterHoldsUpNothingBehindIt() {
		this.line.injectFault("push", Fault.status(503), 1_000_000);
		String dead = this.messenger.push(CITIZEN, List.of(text("คำถาม: ถนนเส้นไหนคะ")), "test", false, "q").get(0);
		String behind = this.messenger.push(CITIZEN, List.of(text("สรุป: รับเรื่องแล้วค่ะ")), "test", false, "s")
			.get(0);
		Instant start = this.clock.instant();
		while (this.outbox.findById(dead).orElseThrow().getState() != OutboxMessage.State.DEAD) {
			assertThat(Duration.between(start, this.clock.instant())).isLessThan(Duration.ofHours(7));
			this.clock.advance(Duration.ofMinutes(11));
			this.sender.sendDue();
		}
		// the one behind it was tried at once after it (LINE still failing), then as LINE is back
		assertThat(this.outbox.findById(behind).orElseThrow().getState()).isEqualTo(OutboxMessage.State.PENDING);
		this.line.clearFaults();
		this.clock.advance(Duration.ofMinutes(11));
		this.sender.sendDue();
		awaitSent(behind);
		assertThat(this.line.sentTo(CITIZEN)).extracting(Sent::firstText).containsExactly("สรุป: รับเรื่องแล้วค่ะ");
	}

	/**
	 * The app restarts during an outage (simulated: a new sender and messenger, knowing nothing, on the same
	 * store; the old ones still run, as another instance would). Before it, LINE took one message but its
	 * answer was lost, and one send was cut off by the crash. After it, a new message to a chat with a
	 * backlog waits behind it; when LINE is back, each chat's messages arrive in order, each once.
	 */
	@Test
	void afterARestartDuringAnOutageTheBacklogGoesOutInOrderAndOnce() {
		this.line.injectFault("push", new Fault.ResponseLost(), 1);
		this.line.injectFault("push", Fault.status(500), 1_000_000);
		String first = this.messenger.push(CITIZEN, List.of(text("1 รับเรื่องแล้วค่ะ")), "test", false, "r1").get(0);
		String second = this.messenger.push(CITIZEN, List.of(text("2 ส่งต่อกองช่างแล้วค่ะ")), "test", false, "r2")
			.get(0);
		String cut = this.messenger.push(OTHER, List.of(text("ประกาศงดจ่ายน้ำ")), "test", false, "r-cut").get(0);
		minutes(30);
		// the crash came while this one was being sent: claimed, its lease running
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(cut)),
				new Update().set(OutboxMessage.STATE, OutboxMessage.State.SENDING)
					.set("leaseUntil", this.clock.instant().plus(Duration.ofSeconds(60)))
					.inc("attempts", 1),
				OutboxMessage.class);

		OutboxSender restarted = new OutboxSender(this.mongo, this.clients, this.clock, this.meters, this.durability,
				10, Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(60), Duration.ofSeconds(30),
				Duration.ofHours(6));
		LineMessenger messenger = new LineMessenger(this.mongo, restarted, this.clients, this.clock);
		this.clock.advance(Duration.ofSeconds(1));
		String third = messenger.push(CITIZEN, List.of(text("3 ช่างจะเข้าไปพรุ่งนี้ค่ะ")), "test", false, "r3").get(0);
		OutboxMessage waiting = this.outbox.findById(third).orElseThrow();
		assertThat(waiting.getState()).as("waits behind the backlog").isEqualTo(OutboxMessage.State.PENDING);
		assertThat(waiting.getAttempts()).isZero();

		this.line.clearFaults();
		Instant back = this.clock.instant();
		while (Stream.of(first, second, third, cut)
			.anyMatch(id -> this.outbox.findById(id).orElseThrow().getState() != OutboxMessage.State.SENT)) {
			assertThat(Duration.between(back, this.clock.instant())).isLessThanOrEqualTo(Duration.ofMinutes(11));
			this.clock.advance(Duration.ofMinutes(1));
			restarted.sendDue();
		}
		assertThat(this.line.sentTo(CITIZEN)).extracting(Sent::firstText)
			.containsExactly("1 รับเรื่องแล้วค่ะ", "2 ส่งต่อกองช่างแล้วค่ะ", "3 ช่างจะเข้าไปพรุ่งนี้ค่ะ");
		assertThat(this.outbox.findById(first).orElseThrow().getLastStatus()).as("LINE knew its retry key")
			.isEqualTo(409);
		assertThat(this.line.sentTo(OTHER)).singleElement()
			.satisfies(s -> assertThat(s.retryKey()).isEqualTo(this.outbox.findById(cut).orElseThrow().getRetryKey()));
	}

	/** Advances the clock a minute at a time, sending what is due after each. */
	private void minutes(int n) {
		for (int i = 0; i < n; i++) {
			this.clock.advance(Duration.ofMinutes(1));
			this.sender.sendDue();
		}
	}

	private AdminBrowser signInUser(Role role) throws Exception {
		String username = "outage-" + role.name().toLowerCase(java.util.Locale.ROOT);
		if (this.mongo.findOne(Query.query(Criteria.where(AdminUser.USERNAME).is(username)), AdminUser.class) == null) {
			this.mongo.insert(new AdminUser(username, this.passwords.encode(PASSWORD), role.name(), Set.of(role),
					Instant.now()));
		}
		return AdminBrowser.signIn(this.port, username, PASSWORD);
	}

	static Instant bangkok(int y, int m, int d, int hh, int mm) {
		return LocalDateTime.of(y, m, d, hh, mm).atZone(ThaiDates.BANGKOK).toInstant();
	}

	/** Moves the clock to {@code id}'s next attempt and waits until that attempt is over. */
	private void advanceToNextAttempt(String id) {
		OutboxMessage before = this.outbox.findById(id).orElseThrow();
		this.clock.set(before.getNextAttemptAt());
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			OutboxMessage m = this.outbox.findById(id).orElseThrow();
			return m.getAttempts() > before.getAttempts() && m.getState() != OutboxMessage.State.SENDING;
		});
	}

	private void awaitSent(String id) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.outbox.findById(id).orElseThrow().getState() == OutboxMessage.State.SENT);
	}

	private ObjectNode text(String text) {
		ObjectNode message = this.json.createObjectNode();
		message.put("type", "text");
		message.put("text", text);
		return message;
	}

}
