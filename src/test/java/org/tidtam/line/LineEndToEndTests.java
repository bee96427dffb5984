package org.tidtam.line;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
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
import org.tidtam.measures.organisation.Organisation;
import org.tidtam.measures.organisation.OrganisationKind;
import org.tidtam.measures.organisation.OrganisationService;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real path, through HTTP both ways: the fake LINE platform (the simulator's, inside the app)
 * posts signed webhooks to the app, and the app's LINE SDK clients call the fake LINE API, which
 * validates every request against LINE's OpenAPI description and LINE's own limits.
 */
@ExtendWith(OutputCaptureExtension.class)
@Import(TestClockConfig.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S" })
class LineEndToEndTests {

	static final String CITIZEN = "U0000000000000000000000000000e2e1";

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
	LineChannel channel;

	@Autowired
	LineRetention retention;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	OrganisationService organisations;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void setUp() {
		this.line.reset();
		this.line.putUser(CITIZEN, "สมศรี ทดสอบ", null);
		this.inbox.deleteAll();
		this.outbox.deleteAll();
		this.worker.resume();
	}

	@AfterEach
	void noRequestWasInvalid() {
		assertThat(this.line.calls()).as("requests LINE would refuse")
			.filteredOn(c -> c.status() == 400 && !c.responseBody().contains("Invalid reply token"))
			.isEmpty();
	}

	@Test
	void secretsNeverReachTheLog(CapturedOutput output) {
		this.line.injectFault("push", Fault.status(500), 1);
		this.line.text(Chat.user(CITIZEN), "ทดสอบบันทึก");
		String push = this.messenger.push(CITIZEN, List.of(text("ทดสอบ")), "test", false, "t-log").get(0);
		// the push's retry (and the answer, if it was made after the push and so waits behind it), once the
		// first attempt has failed: its retry time is counted from the clock at the failure
		await().atMost(Duration.ofSeconds(15)).until(() -> this.outbox.findById(push).orElseThrow().getAttempts() >= 1
				&& this.outbox.findById(push).orElseThrow().getState() == OutboxMessage.State.PENDING);
		this.clock.advance(Duration.ofSeconds(3));
		awaitSent(CITIZEN, 2);
		assertThat(output.getAll()).doesNotContain(this.channel.channelToken())
			.doesNotContain(this.channel.channelSecret())
			.doesNotContain("Bearer");
		assertThat(this.channel.toString()).doesNotContain(this.channel.channelToken());
	}

	@Test
	void aCitizensTextIsAnsweredByReply() {
		WebhookOutcome outcome = this.line.text(Chat.user(CITIZEN), "ไฟถนนหน้าบ้านดับค่ะ");
		assertThat(outcome.status()).isEqualTo(200);
		List<Sent> sent = awaitSent(CITIZEN, 1);
		assertThat(sent.get(0).endpoint()).isEqualTo("reply");
		assertThat(sent.get(0).firstText()).contains("ไฟถนนหน้าบ้านดับค่ะ").contains("วิธีใช้งาน");
		assertThat(this.inbox.findById(outcome.webhookEventId()).orElseThrow().getState())
			.isEqualTo(InboxEvent.State.DONE);
	}

	@Test
	void followGetsTheWelcomeFlex() {
		this.line.follow(CITIZEN);
		Sent sent = awaitSent(CITIZEN, 1).get(0);
		assertThat(sent.messages().get(0).path("type").asText()).isEqualTo("flex");
		assertThat(sent.messages().toString()).contains("/privacy");
	}

	@Test
	void theBotJoiningAGroupGreetsIt() {
		String group = "C0000000000000000000000000000e2e1";
		this.line.putGroup(group, "กองช่าง");
		this.line.join(group);
		Sent sent = awaitSent(group, 1).get(0);
		assertThat(sent.messages().get(0).path("type").asText()).isEqualTo("flex");
	}

	/**
	 * The coordinator names the office on "ข้อมูลหน่วยงาน"; the bot and the privacy page must say that name, not
	 * the setting's sample "เทศบาลตำบลตัวอย่าง" (which is only for before the profile is saved).
	 */
	@Test
	void theWelcomeTheGroupGreetingAndThePrivacyPageNameTheOfficeAsItsProfileSays() throws Exception {
		String citizen = "U0000000000000000000000000000e2e7";
		String group = "C0000000000000000000000000000e2e7";
		this.line.putUser(citizen, "มานี ทดสอบ", null);
		this.line.putGroup(group, "กองคลัง");
		this.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), Organisation.class);
		this.line.follow(citizen);
		assertThat(awaitSent(citizen, 1).get(0).messages().toString()).contains("เทศบาลตำบลตัวอย่าง");
		assertThat(privacyPage()).contains("เทศบาลตำบลตัวอย่าง");

		this.organisations.save(new Organisation("เทศบาลตำบลบ้านทดสอบ", OrganisationKind.MUNICIPALITY, "เพชรบุรี"));
		try {
			this.line.follow(citizen);
			assertThat(awaitSent(citizen, 2).get(1).messages().toString()).contains("เทศบาลตำบลบ้านทดสอบ")
				.doesNotContain("ตัวอย่าง");
			this.line.join(group);
			assertThat(awaitSent(group, 1).get(0).messages().toString()).contains("เทศบาลตำบลบ้านทดสอบ")
				.doesNotContain("ตัวอย่าง");
			assertThat(privacyPage()).contains("เทศบาลตำบลบ้านทดสอบ").doesNotContain("ตัวอย่าง");
		}
		finally {
			this.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), Organisation.class);
		}
	}

	private String privacyPage() throws Exception {
		java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/privacy"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	@Test
	void redeliveriesAndDuplicatesAreAnsweredOnce() {
		WebhookOutcome first = this.line.text(Chat.user(CITIZEN), "สวัสดีค่ะ");
		awaitSent(CITIZEN, 1);
		assertThat(this.line.redeliver(first.webhookEventId()).status()).isEqualTo(200);
		assertThat(this.line.redeliver(first.webhookEventId()).status()).isEqualTo(200);
		awaitInbox(first.webhookEventId(), e -> e.getDuplicates() == 2);
		this.sender.sendDue();
		assertThat(this.line.sentTo(CITIZEN)).hasSize(1);
	}

	@Test
	void standbyEventsAreStoredAndNeverAnswered() {
		WebhookOutcome outcome = this.line.standbyText(Chat.user(CITIZEN), "ข้อความระหว่างแอดมินคุย");
		assertThat(outcome.status()).isEqualTo(200);
		assertThat(this.inbox.findById(outcome.webhookEventId()).orElseThrow().getState())
			.isEqualTo(InboxEvent.State.IGNORED);
		this.worker.dispatchDue();
		this.sender.sendDue();
		assertThat(this.line.sentTo(CITIZEN)).isEmpty();
	}

	@Test
	void anExpiredReplyTokenFallsBackToPush() {
		this.worker.pause();
		WebhookOutcome outcome = this.line.text(Chat.user(CITIZEN), "ยังอยู่ไหมคะ");
		this.clock.advance(Duration.ofMinutes(2));
		this.worker.resume();
		Sent sent = awaitSent(CITIZEN, 1).get(0);
		assertThat(sent.endpoint()).isEqualTo("push");
		assertThat(sent.retryKey()).isNotNull();
		assertThat(this.line.calls()).noneMatch(c -> c.path().endsWith("/reply"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "push".equals(this.outbox.findById(outcome.webhookEventId() + "#0").orElseThrow().getSentVia()));
	}

	@Test
	void aRefusedReplyTokenFallsBackToPushOnce() {
		this.line.injectFault("reply", new Fault.Status(400, "Invalid reply token"), 1);
		this.line.text(Chat.user(CITIZEN), "ขอเบอร์โทรกองช่างค่ะ");
		Sent sent = awaitSent(CITIZEN, 1).get(0);
		assertThat(sent.endpoint()).isEqualTo("push");
	}

	@Test
	void aServerErrorThenSuccessIsOneMessageWithOneRetryKey() {
		this.line.injectFault("push", Fault.status(500), 1);
		String id = this.messenger.push(CITIZEN, List.of(text("แจ้งเตือนทดสอบ")), "test", false, "t-500").get(0);
		OutboxMessage afterFailure = this.outbox.findById(id).orElseThrow();
		assertThat(afterFailure.getState()).isEqualTo(OutboxMessage.State.PENDING);
		assertThat(afterFailure.getLastStatus()).isEqualTo(500);
		assertThat(afterFailure.getNextAttemptAt()).isEqualTo(this.clock.instant().plusSeconds(2));
		this.clock.advance(Duration.ofSeconds(3));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.outbox.findById(id).orElseThrow().getState() == OutboxMessage.State.SENT);
		assertThat(this.line.sentTo(CITIZEN)).hasSize(1);
		List<Call> pushes = this.line.calls().stream().filter(c -> c.path().endsWith("/push")).toList();
		assertThat(pushes).hasSize(2);
		assertThat(pushes.get(0).retryKey()).isNotNull().isEqualTo(pushes.get(1).retryKey());
	}

	@Test
	void aLostResponseRetriedGets409AndCountsAsSent() {
		this.line.injectFault("push", new Fault.ResponseLost(), 1);
		String id = this.messenger.push(CITIZEN, List.of(text("ประกาศทดสอบ")), "test", false, "t-409").get(0);
		assertThat(this.outbox.findById(id).orElseThrow().getState()).isEqualTo(OutboxMessage.State.PENDING);
		this.clock.advance(Duration.ofSeconds(3));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.outbox.findById(id).orElseThrow().getState() == OutboxMessage.State.SENT);
		OutboxMessage sent = this.outbox.findById(id).orElseThrow();
		assertThat(sent.getLastStatus()).isEqualTo(409);
		assertThat(sent.getAcceptedRequestId()).isNotBlank();
		assertThat(this.line.sentTo(CITIZEN)).hasSize(1);
	}

	@Test
	void rateLimitsAreRetriedWithExponentialBackoff() {
		this.line.injectFault("push", Fault.rateLimited(), 2);
		String id = this.messenger.push(CITIZEN, List.of(text("ทดสอบ 429")), "test", false, "t-429").get(0);
		OutboxMessage first = this.outbox.findById(id).orElseThrow();
		assertThat(first.getLastStatus()).isEqualTo(429);
		assertThat(Duration.between(this.clock.instant(), first.getNextAttemptAt())).isEqualTo(Duration.ofSeconds(2));
		this.clock.advance(Duration.ofSeconds(2));
		// the second attempt is over once it is back to PENDING (while sending, it is claimed with attempts already 2)
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			OutboxMessage m = this.outbox.findById(id).orElseThrow();
			return m.getAttempts() == 2 && m.getState() == OutboxMessage.State.PENDING;
		});
		OutboxMessage second = this.outbox.findById(id).orElseThrow();
		assertThat(Duration.between(this.clock.instant(), second.getNextAttemptAt())).isEqualTo(Duration.ofSeconds(4));
		this.clock.advance(Duration.ofSeconds(4));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.outbox.findById(id).orElseThrow().getState() == OutboxMessage.State.SENT);
		assertThat(this.line.sentTo(CITIZEN)).hasSize(1);
	}

	@Test
	void aLineOutageOfHoursDelaysAMessageButDoesNotMakeItADeadLetter() {
		// LINE answers 500 for three hours: far more than the ten attempts, well within the six hours
		this.line.injectFault("push", Fault.status(500), 1000);
		String id = this.messenger.push(CITIZEN, List.of(text("แจ้งเตือนระหว่าง LINE ขัดข้อง")), "test", false, "t-outage")
			.get(0);
		Instant start = this.clock.instant();
		while (Duration.between(start, this.clock.instant()).compareTo(Duration.ofHours(3)) < 0) {
			int attempts = this.outbox.findById(id).orElseThrow().getAttempts();
			this.clock.advance(Duration.ofMinutes(11));
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				OutboxMessage m = this.outbox.findById(id).orElseThrow();
				return m.getAttempts() > attempts && m.getState() != OutboxMessage.State.SENDING;
			});
			assertThat(this.outbox.findById(id).orElseThrow().getState()).isEqualTo(OutboxMessage.State.PENDING);
		}
		assertThat(this.outbox.findById(id).orElseThrow().getAttempts()).isGreaterThan(10);
		this.line.clearFaults();
		this.clock.advance(Duration.ofMinutes(11));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.outbox.findById(id).orElseThrow().getState() == OutboxMessage.State.SENT);
		assertThat(this.line.sentTo(CITIZEN)).hasSize(1);
	}

	@Test
	void aMessageLineKeepsRefusingPastSixHoursBecomesADeadLetter() {
		this.line.injectFault("push", Fault.status(503), 1000);
		String id = this.messenger.push(CITIZEN, List.of(text("ส่งไม่ได้นานเกินไป")), "test", false, "t-dead").get(0);
		Instant start = this.clock.instant();
		while (this.outbox.findById(id).orElseThrow().getState() != OutboxMessage.State.DEAD) {
			assertThat(Duration.between(start, this.clock.instant())).isLessThan(Duration.ofHours(7));
			int attempts = this.outbox.findById(id).orElseThrow().getAttempts();
			this.clock.advance(Duration.ofMinutes(11));
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				OutboxMessage m = this.outbox.findById(id).orElseThrow();
				return m.getAttempts() > attempts && m.getState() != OutboxMessage.State.SENDING;
			});
		}
		assertThat(Duration.between(start, this.clock.instant())).isGreaterThanOrEqualTo(Duration.ofHours(6));
		this.line.clearFaults();
		this.clock.advance(Duration.ofHours(1));
		this.sender.sendDue();
		assertThat(this.outbox.findById(id).orElseThrow().getState()).isEqualTo(OutboxMessage.State.DEAD);
		assertThat(this.line.sentTo(CITIZEN)).isEmpty();
	}

	@Test
	void otherClientErrorsAreRecordedNotRetried() {
		this.line.injectFault("push", Fault.status(403), 1);
		String id = this.messenger.push(CITIZEN, List.of(text("ไม่ควรส่งซ้ำ")), "test", false, "t-403").get(0);
		this.clock.advance(Duration.ofHours(1));
		this.sender.sendDue();
		OutboxMessage message = this.outbox.findById(id).orElseThrow();
		assertThat(message.getState()).isEqualTo(OutboxMessage.State.FAILED);
		assertThat(message.getAttempts()).isEqualTo(1);
		assertThat(this.line.calls().stream().filter(c -> c.path().endsWith("/push"))).hasSize(1);
	}

	@Test
	void theSameDedupeKeyIsOneMessage() {
		this.messenger.push(CITIZEN, List.of(text("ครั้งเดียว")), "test", false, "once");
		this.messenger.push(CITIZEN, List.of(text("ครั้งเดียว")), "test", false, "once");
		this.sender.sendDue();
		assertThat(this.line.sentTo(CITIZEN)).hasSize(1);
	}

	@Test
	void multicastIsSplitIntoChunksOf500() {
		List<String> users = IntStream.range(0, 1201).mapToObj(i -> String.format("U%032x", 0xabc000 + i)).toList();
		this.messenger.multicast(users, List.of(text("ประชุมประจำเดือนพรุ่งนี้ 09.30 น.")), "test", "m-1201");
		List<Sent> multicasts = this.line.sent().stream().filter(s -> s.endpoint().equals("multicast")).toList();
		assertThat(multicasts).extracting(s -> s.to().size()).containsExactly(500, 500, 201);
		assertThat(multicasts.stream().flatMap(s -> s.to().stream()).distinct()).hasSize(1201);
	}

	@Test
	void aPhotoIsDownloadedWithTheLoadingAnimationShownFirst() {
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4, (byte) 0xFF, (byte) 0xD9 };
		this.line.image(Chat.user(CITIZEN), jpeg, "image/jpeg");
		Sent sent = awaitSent(CITIZEN, 1).get(0);
		assertThat(sent.firstText()).contains("รูปภาพ");
		List<String> paths = this.line.calls().stream().map(Call::path).toList();
		assertThat(paths.indexOf("/v2/bot/chat/loading/start")).isGreaterThanOrEqualTo(0)
			.isLessThan(paths.indexOf("/v2/bot/message/reply"));
		String sha256 = java.util.HexFormat.of().formatHex(sha256(jpeg));
		org.bson.Document file = this.mongo.getCollection("line_media.files")
			.find(new org.bson.Document("metadata.sha256", sha256))
			.first();
		assertThat(file).as("the photo's file, found by its SHA-256").isNotNull();
		org.bson.Document metadata = file.get("metadata", org.bson.Document.class);
		assertThat(metadata.getString("contentType")).isEqualTo("image/jpeg");
		assertThat(metadata.getInteger("size")).isEqualTo(jpeg.length);
		assertThat(metadata.getString("sha256")).isEqualTo(sha256);
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void expiredContentGetsAClearThaiAnswer() {
		this.line.injectFault("content", Fault.status(410), 1);
		this.line.image(Chat.user(CITIZEN), new byte[] { 1, 2, 3 }, "image/jpeg");
		assertThat(awaitSent(CITIZEN, 1).get(0).firstText()).contains("ส่งใหม่");
	}

	@Test
	void messagesOfOneChatAreAnsweredInOrder() {
		for (int i = 1; i <= 5; i++) {
			this.line.text(Chat.user(CITIZEN), "ข้อความที่ " + i);
		}
		List<Sent> sent = awaitSent(CITIZEN, 5);
		for (int i = 0; i < 5; i++) {
			assertThat(sent.get(i).firstText()).contains("ข้อความที่ " + (i + 1));
		}
	}

	@Test
	void unknownEventTypesAreStoredAndIgnoredWithoutErrors() throws Exception {
		ObjectNode event = this.json.createObjectNode();
		event.put("type", "somethingLineAddsLater");
		event.put("timestamp", this.clock.millis());
		event.put("mode", "active");
		event.put("webhookEventId", "01JUNKNOWNTYPE000000000001");
		event.putObject("deliveryContext").put("isRedelivery", false);
		event.putObject("source").put("type", "user").put("userId", CITIZEN);
		assertThat(this.line.deliverEvents(List.of(event)).status()).isEqualTo(200);
		assertThat(this.inbox.findById("01JUNKNOWNTYPE000000000001").orElseThrow().getState())
			.isEqualTo(InboxEvent.State.IGNORED);
		this.worker.dispatchDue();
		assertThat(this.line.sentTo(CITIZEN)).isEmpty();
	}

	@Test
	void handledTrafficIsForgottenAfterItsRetentionButDeadLettersStay() {
		WebhookOutcome old = this.line.text(Chat.user(CITIZEN), "ข้อความเก่า");
		awaitSent(CITIZEN, 1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.inbox.findById(old.webhookEventId()).orElseThrow().getState() == InboxEvent.State.DONE);
		InboxEvent dead = new InboxEvent();
		dead.setId("01JDEADLETTER0000000000001");
		dead.setState(InboxEvent.State.DEAD);
		dead.setReceivedAt(this.clock.instant());
		dead.setChatKey("user:" + CITIZEN);
		this.inbox.save(dead);
		this.clock.advance(Duration.ofDays(29));
		assertThat(this.retention.sweep()).isZero();
		this.clock.advance(Duration.ofDays(2));
		assertThat(this.retention.sweep()).isEqualTo(1);
		assertThat(this.inbox.findById(old.webhookEventId())).isEmpty();
		assertThat(this.inbox.findById(dead.getId())).isPresent();
		assertThat(this.outbox.count()).isEqualTo(1);
		this.clock.advance(Duration.ofDays(60));
		assertThat(this.retention.sweep()).isEqualTo(1);
		assertThat(this.outbox.count()).isZero();
	}

	@Test
	void anExpiredDialogIsAnnouncedOnceByPush() {
		this.events.publishEvent(new org.tidtam.conversation.DialogExpired(
				org.tidtam.conversation.ChatRef.user(CITIZEN), "complaint"));
		Sent sent = awaitSent(CITIZEN, 1).get(0);
		assertThat(sent.endpoint()).isEqualTo("push");
		assertThat(sent.firstText()).contains("หมดเวลา");
	}

	private ObjectNode text(String text) {
		ObjectNode message = this.json.createObjectNode();
		message.put("type", "text");
		message.put("text", text);
		return message;
	}

	private List<Sent> awaitSent(String chatId, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> this.line.sentTo(chatId).size() >= count);
		return this.line.sentTo(chatId);
	}

	private void awaitInbox(String id, java.util.function.Predicate<InboxEvent> condition) {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.inbox.findById(id).map(condition::test).orElse(false));
	}

	static Map<String, String> none() {
		return Map.of();
	}

}
