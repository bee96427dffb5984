package org.tidtam.line.complaints;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import org.tidtam.complaints.integrity.IntegrityAudit;
import org.tidtam.complaints.integrity.IntegrityReport;
import org.tidtam.complaints.integrity.IntegrityService;
import org.tidtam.complaints.integrity.IntegrityStatus;
import org.tidtam.line.simulator.Chat;
import org.tidtam.line.simulator.Fault;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Sent;
import org.tidtam.shared.Role;
import org.tidtam.line.webhook.InboxWorker;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * A corruption report through signed webhooks and the fake LINE API, then every way of looking: each
 * admin page (lists and the details of every stored webhook event and outbox message) as every role but
 * integrity officer shows neither the report nor the reporter; the integrity pages refuse them all,
 * admins included; the database holds the reporter's LINE id only sealed; no log line holds content.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S" })
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
@ExtendWith(OutputCaptureExtension.class)
class IntegrityConfidentialityTests {

	static final String REPORTER = "U00000000000000000000000000000d01";

	static final String NOSY = "U00000000000000000000000000000d02";

	static final String SECRET = "นายสมมติ หัวหน้าฝ่ายพัสดุ เรียกรับเงินสามหมื่นบาท";

	static final String ADDED = "มีพยานอีกสองคนที่ร้านกาแฟ";

	static final String NAME = "สมศรี กล้าหาญ";

	static final String PHONE = "0899998888";

	static final String KEY = "hOkCNwhC/74xx+Bf7w6/45XJt9nMSJ++nVVxITAuYOw=";

	@Autowired
	FakeLinePlatform line;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MockMvc mvc;

	@Autowired
	IntegrityService integrity;

	@Autowired
	MutableClock clock;

	@Autowired
	InboxWorker worker;

	@BeforeEach
	void setUp() {
		this.line.reset();
		for (String c : List.of(IntegrityReport.COLLECTION, IntegrityAudit.COLLECTION, "chat_sessions")) {
			this.mongo.remove(new Query(), c);
		}
		// and the corruption reports' ticket counter: the test reads ท-2569-000001 whichever class used this
		// context before (complaints keep theirs)
		this.mongo.remove(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id")
			.regex("^" + org.tidtam.complaints.TicketNumbers.INTEGRITY + "-")), org.tidtam.complaints.TicketNumbers.COLLECTION);
	}

	@org.junit.jupiter.api.AfterEach
	void dropChatMedia() {
		this.mongo.remove(new Query(), "line_media.files");
		this.mongo.remove(new Query(), "line_media.chunks");
	}

	@Test
	void aReportIsReadableByIntegrityOfficersOnlyAndNeverLogged(CapturedOutput output) throws Exception {
		int n = 0;
		for (String say : List.of("แจ้งเบาะแสการทุจริต", SECRET)) {
			this.line.text(Chat.user(REPORTER), say);
			awaitSent(REPORTER, ++n);
		}
		this.line.file(Chat.user(REPORTER), "สลิปโอนเงิน.pdf", "%PDF-1.4 evidence".getBytes(), "application/pdf");
		awaitSent(REPORTER, ++n);
		for (String say : List.of("ถัดไป", "ระบุชื่อและเบอร์ติดต่อ", NAME, PHONE, "ยืนยัน")) {
			this.line.text(Chat.user(REPORTER), say);
			awaitSent(REPORTER, ++n);
		}
		String filed = this.line.sentTo(REPORTER).get(n - 1).firstText();
		assertThat(filed).contains("ท-2569-000001");
		IntegrityReport report = this.mongo.findOne(new Query(), IntegrityReport.class);
		assertThat(report.getDescription()).isEqualTo(SECRET);
		assertThat(report.getEvidence()).hasSize(1);
		assertThat(this.mongo.getCollection("line_media.files").countDocuments()).as("evidence left the chat bucket")
			.isZero();

		// the reporter adds information later; another LINE user typing the ticket learns nothing
		for (String say : List.of("ท-2569-000001", ADDED, "ส่งข้อมูลเพิ่มเติม")) {
			this.line.text(Chat.user(REPORTER), say);
			awaitSent(REPORTER, ++n);
		}
		this.line.text(Chat.user(NOSY), "ท-2569-000001");
		assertThat(awaitSent(NOSY, 1).get(0).firstText()).contains("ไม่พบ").doesNotContain("ตรวจสอบข้อเท็จจริง");

		this.line.text(Chat.user(NOSY), "สวัสดีครับ");
		awaitSent(NOSY, 2);
		// (ordinary words are stored readable: the checks below are not vacuous)
		assertThat(this.mongo.findAll(Document.class, "line_inbox")).anyMatch(d -> d.toString().contains("สวัสดีครับ"));

		// the database: the LINE id only sealed, no key anywhere
		for (String collection : this.mongo.getCollectionNames()) {
			for (Document doc : this.mongo.findAll(Document.class, collection)) {
				String json = doc.toString();
				assertThat(json).as(collection).doesNotContain(KEY);
				if (collection.equals("line_inbox") || collection.equals("line_outbox")
						|| collection.equals("chat_sessions")) {
					assertThat(json).as(collection).doesNotContain(SECRET).doesNotContain(ADDED);
				}
				if (collection.equals(IntegrityReport.COLLECTION)) {
					assertThat(json).doesNotContain(REPORTER).contains(SECRET);
				}
			}
		}

		// every admin page as every role but the integrity officer: nothing of the report
		List<String> urls = new ArrayList<>(List.of("/admin", "/admin/line/events", "/admin/line/outbox", "/admin/people",
				"/admin/divisions", "/admin/plan", "/admin/organisation", "/admin/my-division", "/admin/complaints",
				"/admin/complaints?q=" + SECRET.substring(0, 6), "/admin/users", "/admin/complaints/statistics",
				"/admin/complaints/statistics.csv", "/admin/complaints/statistics.xlsx"));
		this.mongo.findAll(Document.class, "line_inbox").forEach(d -> urls.add("/admin/line/events/" + d.get("_id")));
		this.mongo.findAll(Document.class, "line_outbox").forEach(d -> urls.add("/admin/line/outbox/" + d.get("_id")));
		List<String> integrityUrls = List.of("/admin/integrity", "/admin/integrity/" + report.getId(),
				"/admin/integrity/" + report.getId() + "/evidence/0");
		for (Role role : Role.values()) {
			if (role == Role.INTEGRITY_OFFICER) {
				continue;
			}
			for (String url : urls) {
				var response = this.mvc.perform(get(url).with(user("u-" + role).roles(role.name()))).andReturn().getResponse();
				String body = response.getContentAsString();
				assertThat(body).as(url + " as " + role)
					.doesNotContain(REPORTER)
					.doesNotContain(SECRET)
					.doesNotContain(ADDED)
					.doesNotContain(NAME)
					.doesNotContain(PHONE)
					.doesNotContain("สลิปโอนเงิน");
			}
			for (String url : integrityUrls) {
				int status = this.mvc.perform(get(url).with(user("u-" + role).roles(role.name()))).andReturn().getResponse().getStatus();
				assertThat(status).as(url + " as " + role).isEqualTo(403);
			}
			int post = this.mvc.perform(post("/admin/integrity/" + report.getId() + "/status").param("status", "CLOSED")
				.with(user("u-" + role).roles(role.name()))
				.with(csrf())).andReturn().getResponse().getStatus();
			assertThat(post).as("status change as " + role).isEqualTo(403);
		}
		// others see the count
		String inbox = this.mvc.perform(get("/admin/complaints").with(user("o").roles("COMPLAINT_OFFICER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(inbox).contains("เบาะแสการทุจริต ปีงบประมาณ 2569: 1 เรื่อง");

		// the integrity officer reads it, and each read is in the trail with who and what
		String page = this.mvc.perform(get("/admin/integrity/" + report.getId()).with(user("wichai").roles("INTEGRITY_OFFICER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(SECRET).contains(ADDED).contains(NAME);
		byte[] evidence = this.mvc
			.perform(get("/admin/integrity/" + report.getId() + "/evidence/0").with(user("wichai").roles("INTEGRITY_OFFICER")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(evidence)).isEqualTo("%PDF-1.4 evidence");
		assertThat(this.mongo.findAll(Document.class, IntegrityAudit.COLLECTION))
			.extracting(d -> d.getString("who") + " " + d.getString("action") + " " + d.getString("ticket"))
			.contains("wichai read ท-2569-000001", "wichai evidence:0 ท-2569-000001");

		// the officer answers: the reporter hears the status and the public note, never the officer's name
		this.mvc.perform(post("/admin/integrity/" + report.getId() + "/status").param("status", "REVIEWING")
			.param("publicNote", "กำลังตรวจสอบเอกสาร")
			.param("internalNote", "ส่งสำเนาให้ ป.ป.ช.")
			.with(user("wichai").roles("INTEGRITY_OFFICER"))
			.with(csrf()));
		Sent update = awaitSent(REPORTER, ++n).get(n - 1);
		assertThat(update.firstText()).contains("ท-2569-000001")
			.contains(IntegrityStatus.REVIEWING.thai())
			.contains("กำลังตรวจสอบเอกสาร")
			.doesNotContain("wichai")
			.doesNotContain("ป.ป.ช.");
		// an internal note alone is recorded and not sent; an unchanged form records and sends nothing
		int entries = this.mongo.findById(report.getId(), IntegrityReport.class).getTimeline().size();
		this.mvc.perform(post("/admin/integrity/" + report.getId() + "/status").param("status", "REVIEWING")
			.param("internalNote", "นัดสอบปากคำพยาน")
			.with(user("wichai").roles("INTEGRITY_OFFICER"))
			.with(csrf())).andExpect(flash().attribute("flash", "integrity.noted-internal"));
		this.mvc.perform(post("/admin/integrity/" + report.getId() + "/status").param("status", "REVIEWING")
			.param("publicNote", " ")
			.with(user("wichai").roles("INTEGRITY_OFFICER"))
			.with(csrf())).andExpect(flash().attribute("flashError", "integrity.error.nothing-changed"));
		assertThat(this.mongo.findById(report.getId(), IntegrityReport.class).getTimeline()).hasSize(entries + 1);
		int heard = n;
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> this.line.sentTo(REPORTER).size() == heard);
		// what the reporter heard is no more tied to them on the outbox pages than the report itself
		for (Document message : this.mongo.findAll(Document.class, "line_outbox")) {
			String body = this.mvc.perform(get("/admin/line/outbox/" + message.get("_id")).with(user("root").roles("ADMIN")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as("outbox message " + message.get("_id")).doesNotContain(REPORTER)
				.doesNotContain("กำลังตรวจสอบเอกสาร");
		}
		assertThat(this.mvc.perform(get("/admin/line/outbox").with(user("root").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(REPORTER).contains("ลับ");

		// and no log line anywhere held the report, the addition or the reporter
		assertThat(output.getAll()).doesNotContain(SECRET)
			.doesNotContain(ADDED)
			.doesNotContain(NAME)
			.doesNotContain(PHONE)
			.doesNotContain("กำลังตรวจสอบเอกสาร");
	}

	/**
	 * Evidence sent in the dialog whose download from LINE fails (LINE's content API down, a video not
	 * ready yet) waits for another try: meanwhile, and as a dead letter, the events pages show neither the
	 * reporter nor the file's name to anyone; the stored event keeps what the next try needs.
	 */
	@Test
	void evidenceWaitingForAnotherTryIsHiddenFromTheEventsPagesToo() throws Exception {
		int n = 0;
		for (String say : List.of("แจ้งเบาะแสการทุจริต", SECRET)) {
			this.line.text(Chat.user(REPORTER), say);
			awaitSent(REPORTER, ++n);
		}
		this.line.injectFault("content", Fault.status(500), 50);
		this.line.file(Chat.user(REPORTER), "ใบเสร็จลับ.pdf", "%PDF-1.4 evidence".getBytes(), "application/pdf");
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.mongo.findAll(Document.class, "line_inbox")
				.stream()
				.anyMatch(d -> "file".equals(d.getString("messageType")) && "RETRY".equals(d.getString("state"))));
		Document waiting = this.mongo.findAll(Document.class, "line_inbox")
			.stream()
			.filter(d -> "file".equals(d.getString("messageType")))
			.findFirst()
			.orElseThrow();
		for (Role role : List.of(Role.ADMIN, Role.COORDINATOR)) {
			for (String url : List.of("/admin/line/events", "/admin/line/events?state=RETRY",
					"/admin/line/events/" + waiting.get("_id"))) {
				String body = this.mvc.perform(get(url).with(user("u-" + role).roles(role.name())))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(body).as(url + " as " + role).doesNotContain(REPORTER).doesNotContain("ใบเสร็จลับ");
			}
		}
		// LINE answers again: the next try stores the file under the name it was sent with
		this.line.clearFaults();
		this.clock.advance(Duration.ofMinutes(1));
		this.worker.wake();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "DONE".equals(this.mongo.findById(waiting.get("_id"), Document.class, "line_inbox").getString("state")));
		assertThat(this.mongo.findAll(Document.class, "line_media.files")).extracting(d -> d.getString("filename"))
			.containsExactly("ใบเสร็จลับ.pdf");
	}

	private List<Sent> awaitSent(String chatId, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> this.line.sentTo(chatId).size() >= count);
		return this.line.sentTo(chatId);
	}

	static Set<Role> none() {
		return Set.of();
	}

}
