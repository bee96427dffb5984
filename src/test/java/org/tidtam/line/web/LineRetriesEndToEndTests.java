package org.tidtam.line.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.UriUtils;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.line.outbound.OutboxMessage;
import org.tidtam.line.outbound.OutboxRepository;
import org.tidtam.line.simulator.Call;
import org.tidtam.line.simulator.Chat;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Fault;
import org.tidtam.line.simulator.WebhookOutcome;
import org.tidtam.line.webhook.InboxEvent;
import org.tidtam.line.webhook.InboxRepository;
import org.tidtam.line.webhook.InboxWorker;
import org.tidtam.shared.Role;
import org.tidtam.support.AdminBrowser;
import org.tidtam.support.AdminBrowser.Form;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;
import org.tidtam.web.AdminUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An admin's "try again" on the LINE pages, end to end: a webhook event that failed until it became a
 * dead letter (LINE's content API down while a citizen's photo came in), and outgoing messages LINE did
 * not take, retried from the page's own form by an admin signed in over real HTTP with the page's CSRF
 * token. Each is then handled or sent exactly once, also when the form is sent twice; an outgoing
 * message keeps its X-Line-Retry-Key, so a copy LINE had already accepted is not sent again. A
 * coordinator sees the dead letter but neither its payload nor a way to retry it, and is refused the
 * retry; an executive may not open the pages at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S", "tidtam.outbox.retry-for=PT0S" })
@Import(TestClockConfig.class)
class LineRetriesEndToEndTests {

	static final String CITIZEN = "U0000000000000000000000000000f001";

	static final String PASSWORD = "retry-test-password";

	/** The block that shows a webhook event's JSON. */
	static final String PAYLOAD = "<pre class=\"json\"";

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 7, 7, 7, (byte) 0xFF, (byte) 0xD9 };

	@LocalServerPort
	int port;

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
	LineMessenger messenger;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	PasswordEncoder passwords;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void setUp() {
		this.line.reset();
		this.line.putUser(CITIZEN, "ประชา ทดสอบ", null);
		this.inbox.deleteAll();
		this.outbox.deleteAll();
		this.worker.resume();
		for (Role role : List.of(Role.ADMIN, Role.COORDINATOR, Role.EXECUTIVE)) {
			String username = username(role);
			this.mongo.remove(Query.query(Criteria.where(AdminUser.USERNAME).is(username)), AdminUser.class);
			this.mongo.insert(new AdminUser(username, this.passwords.encode(PASSWORD), role.name(), Set.of(role),
					Instant.now()));
		}
	}

	@AfterEach
	void noRequestWasInvalid() {
		assertThat(this.line.calls()).as("requests LINE would refuse")
			.filteredOn(c -> c.status() == 400 && !c.responseBody().contains("Invalid reply token"))
			.isEmpty();
	}

	@Test
	void aDeadLetterRetriedFromThePageIsHandledOnceEvenWhenTheFormIsSentTwice() throws Exception {
		InboxEvent dead = deadPhotoEvent();
		assertThat(this.line.sentTo(CITIZEN)).as("told once, when it gave up, to send it again").hasSize(1);

		AdminBrowser admin = signIn(Role.ADMIN);
		assertThat(admin.get("/admin/line/events?state=DEAD").body()).contains("/admin/line/events/" + dead.getId());
		String page = admin.get("/admin/line/events/" + dead.getId()).body();
		assertThat(page).as("the admin sees the payload").contains(PAYLOAD).contains("&quot;image&quot;");
		Form retry = Form.find(page, "/admin/line/events/" + dead.getId() + "/retry");

		HttpResponse<String> first = admin.post(retry);
		HttpResponse<String> second = admin.post(retry);
		assertThat(first.uri().getPath()).isEqualTo("/admin/line/events/" + dead.getId());
		assertThat(first.body()).contains("นำกลับเข้าคิวแล้ว");
		assertThat(second.body()).as("the second submit changes nothing").contains("ไม่อยู่ในสถานะที่ลองใหม่ได้");

		// handled right away, as the page promises: no waiting for the next scan of the store
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.inbox.findById(dead.getId()).orElseThrow().getState() == InboxEvent.State.DONE);
		await().atMost(Duration.ofSeconds(15)).until(() -> this.line.sentTo(CITIZEN).size() >= 2);
		this.worker.dispatchDue();
		assertThat(this.line.sentTo(CITIZEN)).hasSize(2)
			.last()
			.satisfies(sent -> assertThat(sent.firstText()).contains("รูปภาพ"));
		assertThat(this.inbox.findById(dead.getId()).orElseThrow().getAttempts()).isEqualTo(1);
		assertThat(this.mongo.getCollection("line_media.files")
			.countDocuments(new org.bson.Document("metadata.messageId", messageId(dead)))).isEqualTo(1);
		assertThat(admin.post(retry).body()).contains("ไม่อยู่ในสถานะที่ลองใหม่ได้");
		assertThat(this.line.sentTo(CITIZEN)).hasSize(2);
	}

	@Test
	void aCoordinatorSeesTheDeadLetterButNotItsPayloadAndCannotRetryIt() throws Exception {
		InboxEvent dead = deadPhotoEvent();
		String detail = "/admin/line/events/" + dead.getId();
		Form retry = Form.find(signIn(Role.ADMIN).get(detail).body(), detail + "/retry");

		AdminBrowser coordinator = signIn(Role.COORDINATOR);
		assertThat(coordinator.get("/admin/line/events?state=DEAD").body()).contains(detail);
		HttpResponse<String> page = coordinator.get(detail);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain(PAYLOAD)
			.doesNotContain("&quot;image&quot;")
			.contains("ข้อมูลส่วนบุคคลของประชาชน แสดงเฉพาะผู้ดูแลระบบ")
			.doesNotContain(detail + "/retry");
		// the admin's form, sent with the coordinator's own valid token
		HttpResponse<String> refused = coordinator.post(new Form(retry.action(), coordinator.csrf(page.body())));
		assertThat(refused.statusCode()).isEqualTo(403);

		AdminBrowser executive = signIn(Role.EXECUTIVE);
		HttpResponse<String> home = executive.get("/admin");
		assertThat(executive.get(detail).statusCode()).isEqualTo(403);
		assertThat(executive.post(new Form(retry.action(), executive.csrf(home.body()))).statusCode()).isEqualTo(403);

		this.worker.dispatchDue();
		InboxEvent still = this.inbox.findById(dead.getId()).orElseThrow();
		assertThat(still.getState()).isEqualTo(InboxEvent.State.DEAD);
		assertThat(still.getVersion()).isEqualTo(dead.getVersion());
		assertThat(this.line.sentTo(CITIZEN)).as("only the word that it did not go through").hasSize(1);
	}

	@Test
	void aDeadMessageLineHadAcceptedIsRetriedWithItsRetryKeyAndArrivesOnce() throws Exception {
		// LINE took the first attempt but its answer was lost; then LINE failed until the outbox gave up
		this.line.injectFault("push", new Fault.ResponseLost(), 1);
		this.line.injectFault("push", Fault.status(500), 20);
		String id = this.messenger.push(CITIZEN, List.of(text("เรื่อง ร-2569-000123 ดำเนินการเสร็จแล้วค่ะ")), "test", true,
				"retry-dead-" + UUID.randomUUID())
			.get(0);
		awaitDeadOrFailed(id);
		this.line.clearFaults();
		OutboxMessage dead = this.outbox.findById(id).orElseThrow();
		assertThat(dead.getState()).isEqualTo(OutboxMessage.State.DEAD);
		assertThat(this.line.sentTo(CITIZEN)).as("the one LINE took").hasSize(1);

		AdminBrowser admin = signIn(Role.ADMIN);
		String detail = outboxPage(id);
		String page = admin.get(detail).body();
		assertThat(page).contains(dead.getRetryKey().toString());
		Form retry = Form.find(page, detail + "/retry");
		assertThat(admin.post(retry).body()).contains("นำกลับเข้าคิวแล้ว");
		assertThat(admin.post(retry).body()).contains("ไม่อยู่ในสถานะที่ลองใหม่ได้");

		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.outbox.findById(id).orElseThrow().getState() == OutboxMessage.State.SENT);
		OutboxMessage sent = this.outbox.findById(id).orElseThrow();
		assertThat(sent.getLastStatus()).as("LINE knew the retry key").isEqualTo(409);
		assertThat(this.line.sentTo(CITIZEN)).hasSize(1);
		List<Call> pushes = pushes();
		assertThat(pushes).hasSizeGreaterThan(1)
			.allSatisfy(c -> assertThat(c.retryKey()).isEqualTo(dead.getRetryKey().toString()));
	}

	@Test
	void aRefusedMessageRetriedFromThePageIsSentOnceWithTheSameRetryKey() throws Exception {
		this.line.injectFault("push", Fault.status(403), 1);
		String id = this.messenger.push(CITIZEN, List.of(text("แจ้งผลการพิจารณาคำขอข้อมูลค่ะ")), "test", true,
				"retry-failed-" + UUID.randomUUID())
			.get(0);
		awaitDeadOrFailed(id);
		OutboxMessage failed = this.outbox.findById(id).orElseThrow();
		assertThat(failed.getState()).isEqualTo(OutboxMessage.State.FAILED);
		assertThat(this.line.sentTo(CITIZEN)).isEmpty();

		String detail = outboxPage(id);
		AdminBrowser coordinator = signIn(Role.COORDINATOR);
		HttpResponse<String> seen = coordinator.get(detail);
		assertThat(seen.statusCode()).isEqualTo(200);
		assertThat(seen.body()).doesNotContain("แจ้งผลการพิจารณาคำขอข้อมูล").doesNotContain(detail + "/retry");
		assertThat(coordinator.post(new Form(detail + "/retry", coordinator.csrf(seen.body()))).statusCode())
			.isEqualTo(403);
		assertThat(this.outbox.findById(id).orElseThrow().getState()).isEqualTo(OutboxMessage.State.FAILED);

		AdminBrowser admin = signIn(Role.ADMIN);
		Form retry = Form.find(admin.get(detail).body(), detail + "/retry");
		assertThat(admin.get(detail).body()).contains("แจ้งผลการพิจารณาคำขอข้อมูล");
		admin.post(retry);
		admin.post(retry);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.outbox.findById(id).orElseThrow().getState() == OutboxMessage.State.SENT);
		assertThat(this.line.sentTo(CITIZEN)).singleElement()
			.satisfies(s -> assertThat(s.retryKey()).isEqualTo(failed.getRetryKey()));
		assertThat(pushes()).hasSize(2)
			.allSatisfy(c -> assertThat(c.retryKey()).isEqualTo(failed.getRetryKey().toString()));
	}

	@Test
	void aDeadMessageOlderThanLinesRetryKeyIsSentAgainOnlyWhenTheAdminAcceptsADuplicate() throws Exception {
		// LINE took the first attempt but its answer was lost, then failed until the outbox gave up
		this.line.injectFault("push", new Fault.ResponseLost(), 1);
		this.line.injectFault("push", Fault.status(500), 20);
		String id = this.messenger.push(CITIZEN, List.of(text("ขอเชิญตอบแบบสอบถามความพึงพอใจค่ะ")), "test", true,
				"retry-lapsed-" + UUID.randomUUID())
			.get(0);
		awaitDeadOrFailed(id);
		this.line.clearFaults();
		assertThat(this.line.sentTo(CITIZEN)).as("the one LINE took").hasSize(1);
		// a day later LINE no longer remembers the retry key: a second copy would reach the citizen
		this.clock.advance(Duration.ofHours(25));

		AdminBrowser admin = signIn(Role.ADMIN);
		String detail = outboxPage(id);
		String page = admin.get(detail).body();
		assertThat(page).contains("LINE จำ retry key ไว้เพียง 24 ชั่วโมง").contains("name=\"acceptDuplicate\"");
		Form retry = Form.find(page, detail + "/retry");
		assertThat(admin.post(retry).body()).contains("ยังไม่ได้ส่งใหม่");
		assertThat(this.outbox.findById(id).orElseThrow().getState()).isEqualTo(OutboxMessage.State.DEAD);

		assertThat(admin.post(retry, "acceptDuplicate", "true").body()).contains("นำกลับเข้าคิวแล้ว");
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.outbox.findById(id).orElseThrow().getState() == OutboxMessage.State.SENT);
	}

	/** A citizen's photo while LINE's content API fails: five attempts, then a dead letter. */
	private InboxEvent deadPhotoEvent() {
		this.line.injectFault("content", Fault.status(500), 5);
		WebhookOutcome outcome = this.line.image(Chat.user(CITIZEN), JPEG, "image/jpeg");
		String id = outcome.webhookEventId();
		for (int attempt = 1; attempt < 5; attempt++) {
			int failed = attempt;
			await().atMost(Duration.ofSeconds(15)).until(() -> {
				InboxEvent e = this.inbox.findById(id).orElseThrow();
				return e.getState() == InboxEvent.State.RETRY && e.getAttempts() == failed;
			});
			this.clock.advance(Duration.ofMinutes(2));
		}
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.inbox.findById(id).orElseThrow().getState() == InboxEvent.State.DEAD);
		InboxEvent dead = this.inbox.findById(id).orElseThrow();
		assertThat(dead.getAttempts()).isEqualTo(5);
		assertThat(dead.getLastError()).contains("Content download failed");
		// the citizen is told, once, in Thai, rather than left with silence
		await().atMost(Duration.ofSeconds(15)).until(() -> this.line.sentTo(CITIZEN).size() >= 1);
		assertThat(this.line.sentTo(CITIZEN)).singleElement()
			.satisfies(sent -> assertThat(sent.firstText()).startsWith("ขออภัยค่ะ ระบบยังรับข้อความล่าสุดของท่านไม่ได้")
				.contains("กรุณาส่งอีกครั้ง"));
		return dead;
	}

	/** Lets the outbox try {@code id} until it gives up, moving the clock past each backoff. */
	private void awaitDeadOrFailed(String id) {
		for (int i = 0; i < 20; i++) {
			await().atMost(Duration.ofSeconds(15))
				.until(() -> this.outbox.findById(id).orElseThrow().getState() != OutboxMessage.State.SENDING);
			OutboxMessage m = this.outbox.findById(id).orElseThrow();
			if (m.getState() == OutboxMessage.State.DEAD || m.getState() == OutboxMessage.State.FAILED) {
				return;
			}
			assertThat(m.getState()).isEqualTo(OutboxMessage.State.PENDING);
			int attempts = m.getAttempts();
			this.clock.advance(Duration.ofMinutes(11));
			await().atMost(Duration.ofSeconds(15)).until(() -> {
				OutboxMessage now = this.outbox.findById(id).orElseThrow();
				return now.getAttempts() > attempts && now.getState() != OutboxMessage.State.SENDING;
			});
		}
		throw new AssertionError("outbox " + id + " never gave up");
	}

	private static String outboxPage(String id) {
		return "/admin/line/outbox/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
	}

	private List<Call> pushes() {
		return this.line.calls().stream().filter(c -> c.path().endsWith("/push")).toList();
	}

	private String messageId(InboxEvent event) throws IOException {
		return this.json.readTree(event.getPayload()).at("/message/id").asText();
	}

	private ObjectNode text(String text) {
		ObjectNode message = this.json.createObjectNode();
		message.put("type", "text");
		message.put("text", text);
		return message;
	}

	private static String username(Role role) {
		return "retry-" + role.name().toLowerCase(java.util.Locale.ROOT);
	}

	private AdminBrowser signIn(Role role) throws Exception {
		return AdminBrowser.signIn(this.port, username(role), PASSWORD);
	}

}
