package org.tidtam.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.RequestDispatcher;

import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.ClassUtils;
import org.springframework.web.util.HtmlUtils;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintCategories;
import org.tidtam.complaints.ComplaintCategory;
import org.tidtam.complaints.ComplaintPhotos;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.ComplaintStatus;
import org.tidtam.complaints.DataRequest;
import org.tidtam.complaints.DataRequestService;
import org.tidtam.complaints.Feedback;
import org.tidtam.complaints.FeedbackService;
import org.tidtam.complaints.NewComplaint;
import org.tidtam.complaints.PersonalDataAudit;
import org.tidtam.complaints.SurveyService;
import org.tidtam.complaints.TicketNumbers;
import org.tidtam.complaints.integrity.IntegrityAudit;
import org.tidtam.complaints.integrity.IntegrityReport;
import org.tidtam.complaints.integrity.IntegrityService;
import org.tidtam.complaints.integrity.IntegrityStatus;
import org.tidtam.complaints.integrity.NewIntegrityReport;
import org.tidtam.line.outbound.OutboxMessage;
import org.tidtam.line.outbound.OutboxRepository;
import org.tidtam.line.webhook.InboxEvent;
import org.tidtam.line.webhook.InboxRepository;
import org.tidtam.measures.organisation.GroupBindingService;
import org.tidtam.measures.organisation.LinkingService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.reports.ReportsFixtureAccess;
import org.tidtam.shared.Role;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page of the app, on a year of realistic data, read as a person reads it (the text, titles and
 * labels; not the scripts, styles, links or the values of form fields, which browsers and not people
 * read): in Thai, dates are in the Buddhist era (2569, never 2026, 2026-03-10 or 10/03/2026) and times
 * in Asia/Bangkok (a complaint filed at 17:30 UTC on 10 March shows 00:30 on 11 March), and no page
 * shows what the code calls things (an unresolved message key, "null", a raw enum name such as
 * IN_PROGRESS or DIVISION_HEAD, a Java toString such as "Optional[" or "Row[x=", an object's "@1f2e3d"
 * hash). In English, the lighter check: no unresolved key, no "null", no Gregorian date either (English
 * pages keep the Buddhist-era year). The list of pages is checked against the controllers' GET mappings,
 * so that a new page is swept too.
 */
// a real port: the simulated LINE platform the app sends its notices to answers on it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
@Import(TestClockConfig.class)
@AutoConfigureMockMvc
class ThaiPagesSweepTests extends ReportsFixtureAccess {

	/** 00:30 on 11 March 2026 in Bangkok, still 10 March in UTC. */
	static final Instant LATE_EVENING_UTC = Instant.parse("2026-03-10T17:30:00Z");

	static final String CITIZEN = "U1234567890abcdef1234567890abcdef";

	static final String HEAD_LINE = "U0000000000000000000000000000c4a6";

	static final String GROUP = "C0123456789abcdef0123456789abcdef";

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	/** A sign-in with every role, linked to the head of กองช่าง: every page has the most to show. */
	static final RequestPostProcessor EVERY_ROLE = user("head")
		.roles(EnumSet.allOf(Role.class).stream().map(Role::name).toArray(String[]::new));

	/**
	 * GET mappings that answer files, data or redirects, not pages people read ({@code {fileId}}: the public
	 * photo files, mapped under a constant).
	 */
	static final List<String> NOT_PAGES = List.of("/", "{fileId}", "/bench/heap", "/bench/inbox",
			"/admin/progress/evidence/{fileId}", "/admin/complaints/{id}/photos/{index}",
			"/admin/integrity/{id}/evidence/{index}", "/admin/complaints/statistics.csv",
			"/admin/complaints/statistics.xlsx", "/admin/complaints/surveys/{code}/qr.svg",
			"/admin/reports/year-end/{planId}/report.{format}", "/admin/reports/progress/{planId}/report.{format}",
			"/admin/reports/meetings/current", "/admin/reports/meetings/{id}/summary.{format}",
			"/simulator/api/personas", "/simulator/api/timeline", "/simulator/api/faults",
			"/simulator/content/{messageId}");

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonService people;

	@Autowired
	LinkingService linking;

	@Autowired
	GroupBindingService groups;

	@Autowired
	ComplaintService complaints;

	@Autowired
	ComplaintCategories categories;

	@Autowired
	ComplaintPhotos photos;

	@Autowired
	IntegrityService integrity;

	@Autowired
	SurveyService surveys;

	@Autowired
	FeedbackService feedback;

	@Autowired
	DataRequestService dataRequests;

	@Autowired
	InboxRepository inbox;

	@Autowired
	OutboxRepository outbox;

	private final Map<String, String> ids = new LinkedHashMap<>();

	/** One page as someone who may see it. */
	record Page(String mapping, String url, RequestPostProcessor who, String as) {
	}

	// ---------------------------------------------------------------- the fixture

	private void seed() throws Exception {
		for (String c : List.of("people", AdminUser.COLLECTION, Complaint.COLLECTION, TicketNumbers.COLLECTION,
				SurveyService.SERVICES, SurveyService.RESPONSES, Feedback.COLLECTION, DataRequest.COLLECTION,
				InboxEvent.COLLECTION, OutboxMessage.COLLECTION, IntegrityReport.COLLECTION, IntegrityAudit.COLLECTION,
				PersonalDataAudit.COLLECTION, "line_media.files", "line_media.chunks", "line_group_bindings",
				"line_link_codes")) {
			this.mongo.remove(new Query(), c);
		}
		buildYear();

		// people: a linked head with a bound LINE group, a member of staff, a coordinator
		at(LocalDateTime.of(2026, 1, 21, 10, 0));
		Person head = this.people.create("นายสมชาย ช่างดี", "ผู้อำนวยการกองช่าง", this.chang.getId(),
				EnumSet.of(Role.DIVISION_HEAD), "0811111111");
		Person staff = this.people.create("นางสาวมาลี ใจดี", "นักวิชาการเงินและบัญชี", this.klang.getId(),
				EnumSet.of(Role.STAFF), null);
		this.people.create("นายวิชัย ประสานงาน", "นักวิเคราะห์นโยบายและแผน", this.pal.getId(),
				EnumSet.of(Role.COORDINATOR), "0822222222");
		this.linking.redeem(HEAD_LINE, this.linking.issueCode(head.getId()).code());
		this.groups.bind(GROUP, this.chang.getId(), HEAD_LINE);
		signIn("head", "สมชาย ช่างดี", EnumSet.allOf(Role.class), head);
		signIn("malee", "มาลี ใจดี", EnumSet.of(Role.STAFF), staff);

		// complaints: one worked from receipt to done with photos and a rating, a duplicate of it, one
		// reopened by the citizen, one forwarded, one outside the mandate, and one filed late in the evening
		List<ComplaintCategory> active = this.categories.active();
		at(LocalDateTime.of(2026, 2, 2, 9, 15));
		Complaint road = this.complaints.submit(new NewComplaint(CITIZEN, active.get(0).getId(),
				"ถนนหน้าโรงเรียนเป็นหลุมลึก รถจักรยานยนต์ล้มบ่อย", List.of("m-before-1"),
				new Complaint.Place("หมู่ 4 ถนนเทศบาล 3", 14.35, 100.58, false),
				new Complaint.Contact(Complaint.ContactMode.PHONE, "นายบุญมี", "0812345678"), "LINE", "k-road"));
		at(LocalDateTime.of(2026, 2, 2, 10, 0));
		this.complaints.changeStatus(road.getId(), ComplaintStatus.ACKNOWLEDGED, "รับเรื่องแล้ว จะส่งช่างไปดู", false,
				"officer", List.of(), null);
		this.complaints.assign(road.getId(), this.chang.getId(), "officer", "ส่งกองช่าง");
		at(LocalDateTime.of(2026, 2, 3, 13, 40));
		String step = this.photos.store(road.getId(), "step.jpg", "image/jpeg", JPEG);
		this.complaints.changeStatus(road.getId(), ComplaintStatus.IN_PROGRESS, "เทยางมะตอยชั่วคราว", true, "head",
				List.of(step), null);
		at(LocalDateTime.of(2026, 2, 5, 16, 20));
		String after = this.photos.store(road.getId(), "after.jpg", "image/jpeg", JPEG);
		this.complaints.changeStatus(road.getId(), ComplaintStatus.DONE, "ซ่อมถนนเรียบร้อยแล้ว", false, "head",
				List.of(after), null);
		at(LocalDateTime.of(2026, 2, 6, 8, 5));
		this.complaints.rate(road.getId(), CITIZEN, 4);
		Complaint again = this.complaints.submit(new NewComplaint("U2234567890abcdef1234567890abcdef",
				active.get(0).getId(), "หลุมหน้าโรงเรียน", List.of(), null,
				new Complaint.Contact(Complaint.ContactMode.ANONYMOUS, null, null), "LINE", "k-again"));
		this.complaints.changeStatus(again.getId(), ComplaintStatus.DUPLICATE, null, false, "officer", List.of(),
				road.getTicket());
		at(LocalDateTime.of(2026, 2, 9, 11, 0));
		Complaint light = this.complaints.submit(new NewComplaint(CITIZEN, active.get(1 % active.size()).getId(),
				"ไฟถนนดับทั้งซอย", List.of(), new Complaint.Place("ซอย 5", null, null, false),
				new Complaint.Contact(Complaint.ContactMode.PHONE, null, "0812345678"), "LINE", "k-light"));
		at(LocalDateTime.of(2026, 2, 10, 15, 0));
		this.complaints.changeStatus(light.getId(), ComplaintStatus.DONE, "เปลี่ยนหลอดไฟแล้ว", false, "head", List.of(),
				null);
		at(LocalDateTime.of(2026, 2, 12, 7, 45));
		this.complaints.reopen(light.getId(), CITIZEN);
		Complaint river = this.complaints.submit(new NewComplaint("U3234567890abcdef1234567890abcdef",
				active.get(0).getId(), "น้ำเสียจากโรงงานลงคลอง", List.of(), null,
				new Complaint.Contact(Complaint.ContactMode.PHONE, "นางสมศรี", "0890000000"), "LINE", "k-river"));
		this.complaints.changeStatus(river.getId(), ComplaintStatus.FORWARDED, "ส่งสำนักงานสิ่งแวดล้อมภาค", false,
				"officer", List.of(), null);
		Complaint loan = this.complaints.submit(new NewComplaint("U4234567890abcdef1234567890abcdef",
				active.get(0).getId(), "ขอกู้เงินเทศบาล", List.of(), null,
				new Complaint.Contact(Complaint.ContactMode.ANONYMOUS, null, null), "LINE", "k-loan"));
		this.complaints.changeStatus(loan.getId(), ComplaintStatus.NOT_IN_MANDATE, "ไม่อยู่ในอำนาจหน้าที่ของเทศบาล",
				false, "officer", List.of(), null);
		this.clock.set(LATE_EVENING_UTC);
		Complaint late = this.complaints.submit(new NewComplaint(CITIZEN, active.get(0).getId(),
				"สุนัขจรจัดกัดเด็ก", List.of("m-late-1"), null,
				new Complaint.Contact(Complaint.ContactMode.PHONE, "นายบุญมี", "0812345678"), "LINE", "k-late"));

		// a corruption report with evidence, worked and added to; another filed late in the evening
		at(LocalDateTime.of(2026, 2, 20, 14, 0));
		GridFSBuckets.create(this.mongo.getDb(), "line_media")
			.uploadFromStream("receipt.jpg", new ByteArrayInputStream(JPEG), new GridFSUploadOptions()
				.metadata(new Document("messageId", "m-evidence-1").append("contentType", "image/jpeg")));
		String ticket = this.integrity.submit(new NewIntegrityReport("U5234567890abcdef1234567890abcdef",
				"เจ้าหน้าที่เรียกรับเงินค่าใบอนุญาตก่อสร้าง", List.of("m-evidence-1"), false, "นายแจ้ง", "0833333333",
				"dialog-integrity-1"));
		String reportId = this.integrity.list("officer")
			.stream()
			.filter(r -> ticket.equals(r.getTicket()))
			.findFirst()
			.orElseThrow()
			.getId();
		at(LocalDateTime.of(2026, 2, 23, 9, 30));
		this.integrity.changeStatus(reportId, IntegrityStatus.REVIEWING, "อยู่ระหว่างตรวจสอบ", "ตั้งกรรมการสอบข้อเท็จจริง",
				"officer");
		at(LocalDateTime.of(2026, 2, 24, 18, 10));
		this.integrity.addInformation("U5234567890abcdef1234567890abcdef", ticket, "มีพยานอีกหนึ่งคน", List.of(),
				"dialog-integrity-2");
		this.clock.set(LATE_EVENING_UTC);
		this.integrity.submit(new NewIntegrityReport("U6234567890abcdef1234567890abcdef", "มีการล็อกสเปกจัดซื้อ",
				List.of(), true, null, null, "dialog-integrity-3"));

		// feedback, PDPA requests (one decided), survey answers
		at(LocalDateTime.of(2026, 2, 25, 10, 0));
		this.feedback.record(CITIZEN, Feedback.Kind.PRAISE, "เจ้าหน้าที่บริการดีมาก", "fb-1");
		this.surveys.addService("งานทะเบียนราษฎร");
		String service = this.surveys.services().get(0).code();
		this.surveys.record(service, java.util.Collections.nCopies(SurveyService.QUESTIONS.size(), 4), "survey-1");
		DataRequest deletion = this.dataRequests.file("U4234567890abcdef1234567890abcdef", DataRequest.Kind.DELETE,
				"dr-1");
		at(LocalDateTime.of(2026, 2, 26, 11, 0));
		this.dataRequests.decide(deletion.getId(), false, "coordinator");
		this.clock.set(LATE_EVENING_UTC);
		this.feedback.record(CITIZEN, Feedback.Kind.CRITICISM, "รอคิวนาน", "fb-2");
		this.dataRequests.file(CITIZEN, DataRequest.Kind.COPY, "dr-2");

		// webhook events and outbox messages in every state; those at 17:30 UTC are the evening's
		InboxEvent lateEvent = this.inbox.save(event(InboxEvent.State.DONE, CITIZEN, LATE_EVENING_UTC));
		this.inbox.save(event(InboxEvent.State.PENDING, CITIZEN, at(2026, 3, 11, 8, 59)));
		this.inbox.save(event(InboxEvent.State.IGNORED, GROUP, at(2026, 2, 20, 9, 0)));
		InboxEvent retry = event(InboxEvent.State.RETRY, CITIZEN, at(2026, 3, 11, 8, 50));
		retry.setNextAttemptAt(at(2026, 3, 11, 9, 10));
		retry.setLastError("MongoTimeoutException: timed out");
		this.inbox.save(retry);
		InboxEvent dead = event(InboxEvent.State.DEAD, GROUP, at(2026, 3, 2, 14, 5));
		dead.setLastError("IllegalStateException: no session");
		dead.setAttempts(8);
		this.inbox.save(dead);
		InboxEvent secret = event(InboxEvent.State.DONE, "U5234567890abcdef1234567890abcdef", at(2026, 2, 20, 13, 58));
		secret.setConfidential(true);
		this.inbox.save(secret);
		OutboxMessage lateMessage = this.outbox.save(message(OutboxMessage.State.SENT, OutboxMessage.Kind.REPLY,
				CITIZEN, LATE_EVENING_UTC));
		OutboxMessage pending = message(OutboxMessage.State.PENDING, OutboxMessage.Kind.PUSH, GROUP,
				at(2026, 3, 11, 8, 55));
		pending.setNextAttemptAt(at(2026, 3, 12, 8, 55));
		pending.setAttempts(3);
		pending.setLastStatus(500);
		pending.setLastError("HTTP 500");
		this.outbox.save(pending);
		OutboxMessage failed = message(OutboxMessage.State.FAILED, OutboxMessage.Kind.PUSH, CITIZEN,
				at(2026, 3, 3, 10, 0));
		failed.setLastStatus(400);
		failed.setLastError("The request body has 1 error(s)");
		this.outbox.save(failed);
		OutboxMessage deadMessage = message(OutboxMessage.State.DEAD, OutboxMessage.Kind.MULTICAST, null,
				at(2026, 3, 4, 10, 0));
		deadMessage.setRecipients(List.of(CITIZEN, HEAD_LINE));
		deadMessage.setAttempts(10);
		this.outbox.save(deadMessage);

		// the plan's side: the head acknowledges กองช่าง's measure, กองคลัง withdraws a report sent by mistake
		at(LocalDateTime.of(2026, 2, 27, 13, 0));
		this.assignments.acknowledge(assignment(this.monthly, this.chang).getId(), head.getId());
		org.tidtam.progress.ProgressReport mistaken = report(this.monthly, this.klang, LocalDateTime.of(2026, 2, 27, 13, 5),
				org.tidtam.progress.ProgressStatus.IN_PROGRESS, 70, "รายงานผิดมาตรการ", 0);
		this.progress.withdraw(mistaken.getId());

		// the pages are read the next morning
		at(LocalDateTime.of(2026, 3, 11, 9, 0));
		this.ids.put("measure", this.monthly.getId());
		this.ids.put("assignment", assignment(this.monthly, this.pal).getId());
		this.ids.put("person", head.getId());
		this.ids.put("complaint", road.getId());
		this.ids.put("reopened", light.getId());
		this.ids.put("duplicate", again.getId());
		this.ids.put("late", late.getId());
		this.ids.put("integrity", reportId);
		this.ids.put("meeting", this.jan.getId());
		this.ids.put("event", lateEvent.getId());
		this.ids.put("deadEvent", dead.getId());
		this.ids.put("message", lateMessage.getId());
		this.ids.put("deadMessage", deadMessage.getId());
		this.ids.put("plan", this.plan.getId());
		this.ids.put("resolution", this.resolution.getId());
		this.ids.put("quarterOne", this.quarterOne.getId());
		this.ids.put("klangAssignment", assignment(this.monthly, this.klang).getId());
		this.ids.put("changAssignment", assignment(this.monthly, this.chang).getId());
		this.ids.put("november", this.nov.getId());
		this.ids.put("staff", staff.getId());
		this.ids.put("river", river.getId());
		this.ids.put("secretEvent", secret.getId());
		this.ids.put("pendingMessage", pending.getId());
		this.ids.put("failedMessage", failed.getId());
	}

	private void signIn(String username, String name, Set<Role> roles, Person person) throws Exception {
		AdminUser user = this.mongo.insert(new AdminUser(username, "{noop}x", name, roles, Instant.now(this.clock)));
		this.mvc.perform(post("/admin/users/" + user.getId() + "/person").param("personId", person.getId())
			.with(csrf())
			.with(user("admin").roles("ADMIN"))).andExpect(status().is3xxRedirection());
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(org.tidtam.shared.ThaiDates.BANGKOK).toInstant();
	}

	private static InboxEvent event(InboxEvent.State state, String chat, Instant at) {
		InboxEvent event = new InboxEvent();
		event.setId("01SWEEP" + UUID.randomUUID().toString().replace("-", ""));
		event.setType(chat.startsWith("C") ? "join" : "message");
		event.setMessageType(chat.startsWith("C") ? null : "text");
		event.setMode("active");
		event.setChatKey(chat);
		event.setUserId(chat.startsWith("U") ? chat : HEAD_LINE);
		event.setReceivedAt(at);
		event.setEventTimestamp(at.toEpochMilli() - 400);
		event.setState(state);
		event.setAttempts(state == InboxEvent.State.PENDING ? 0 : 1);
		event.setProcessedAt(state == InboxEvent.State.DONE || state == InboxEvent.State.IGNORED ? at.plusSeconds(1) : null);
		event.setPersonalData(chat.startsWith("U"));
		event.setPayload("{\"type\":\"message\",\"timestamp\":" + (at.toEpochMilli() - 400)
				+ ",\"source\":{\"type\":\"user\",\"userId\":\"" + chat + "\"},\"message\":{\"type\":\"text\",\"text\":\"ร้องเรียน\"}}");
		return event;
	}

	private static OutboxMessage message(OutboxMessage.State state, OutboxMessage.Kind kind, String to, Instant at) {
		OutboxMessage message = new OutboxMessage();
		message.setKind(kind);
		message.setTo(to);
		if (kind == OutboxMessage.Kind.REPLY) {
			message.setReplyToken("reply-token-" + UUID.randomUUID());
			message.setReplyTokenExpiresAt(at.plusSeconds(60));
		}
		message.setMessagesJson("[{\"type\":\"text\",\"text\":\"ได้รับเรื่องร้องเรียนแล้ว\"}]");
		message.setRetryKey(UUID.randomUUID());
		message.setState(state);
		message.setAttempts(1);
		message.setCreatedAt(at);
		message.setSentAt(state == OutboxMessage.State.SENT ? at.plusSeconds(1) : null);
		message.setSentVia(state == OutboxMessage.State.SENT ? kind.name().toLowerCase() : null);
		message.setPurpose(switch (kind) {
			case REPLY -> "answer:message";
			case MULTICAST -> "meeting-summary";
			case PUSH -> to.startsWith("C") ? "reports-due" : "complaint-status";
		});
		message.setPersonalData(to != null && to.startsWith("U"));
		return message;
	}

	// ---------------------------------------------------------------- the pages

	private List<Page> pages() {
		RequestPostProcessor anonymous = r -> r;
		List<Page> pages = new ArrayList<>();
		for (String url : List.of("/admin", "/admin/account", "/admin/users", "/admin/line/events",
				"/admin/line/events?state=DEAD", "/admin/line/events/" + this.ids.get("event"),
				"/admin/line/events/" + this.ids.get("deadEvent"), "/admin/line/outbox", "/admin/line/outbox?state=PENDING",
				"/admin/line/outbox/" + this.ids.get("message"), "/admin/line/outbox/" + this.ids.get("deadMessage"),
				"/admin/people", "/admin/people/" + this.ids.get("person"), "/admin/divisions", "/admin/organisation",
				"/admin/plan", "/admin/plan/import", "/admin/plan/indicators", "/admin/plan/measures/new",
				"/admin/plan/measures/" + this.ids.get("measure"), "/admin/my-division",
				"/admin/assignments/" + this.ids.get("assignment"), "/admin/progress", "/admin/progress/participation",
				"/admin/progress/assignments/" + this.ids.get("assignment"), "/admin/complaints",
				"/admin/complaints?status=IN_PROGRESS", "/admin/complaints?overdue=true",
				"/admin/complaints/" + this.ids.get("complaint"), "/admin/complaints/" + this.ids.get("reopened"),
				"/admin/complaints/" + this.ids.get("duplicate"), "/admin/complaints/" + this.ids.get("late"),
				"/admin/complaints/statistics", "/admin/complaints/categories", "/admin/complaints/surveys",
				"/admin/integrity", "/admin/integrity/" + this.ids.get("integrity"), "/admin/integrity/trail",
				"/admin/data-requests", "/admin/data-requests?state=DECIDED", "/admin/data-requests/trail",
				"/admin/reports", "/admin/reports/meetings/" + this.ids.get("meeting"), "/admin/reports/year",
				"/admin/reports/year-end", "/admin/reports/progress",
				// other states of the same pages: filters, other years, other records
				"/admin/line/events/" + this.ids.get("secretEvent"), "/admin/line/outbox/" + this.ids.get("pendingMessage"),
				"/admin/line/outbox/" + this.ids.get("failedMessage"), "/admin/people?unlinked=true",
				"/admin/people/" + this.ids.get("staff"), "/admin/plan?state=NOT_STARTED", "/admin/plan?year=2570",
				"/admin/plan/measures/" + this.ids.get("resolution"), "/admin/plan/measures/" + this.ids.get("quarterOne"),
				"/admin/assignments/" + this.ids.get("changAssignment"),
				"/admin/progress/assignments/" + this.ids.get("klangAssignment"), "/admin/progress?quarter=2",
				"/admin/progress?year=2570", "/admin/progress/participation?year=2568",
				"/admin/complaints?from=2026-02-01&to=2026-02-28&q=%E0%B8%96%E0%B8%99%E0%B8%99",
				"/admin/complaints/" + this.ids.get("river"), "/admin/complaints/statistics?year=2568",
				"/admin/complaints/surveys?year=2568", "/admin/integrity/trail?from=2026-02-01&to=2026-03-11",
				"/admin/data-requests/trail?from=2026-02-01&to=2026-03-11",
				"/admin/reports/meetings/" + this.ids.get("november"),
				"/admin/reports/meetings/" + this.ids.get("meeting") + "?thaiDigits=true", "/admin/reports/year?year=2568",
				"/admin/reports/year-end?thaiDigits=true",
				"/admin/reports/progress?quarter=2",
				"/admin/reports/progress?from=2026-01-01&to=2026-02-28")) {
			pages.add(new Page(mapping(url), url, EVERY_ROLE, "every role"));
		}
		// what one role alone sees (the home page and the division's page differ by role)
		for (Role role : AdminUrlRoleTests.EVERYONE) {
			pages.add(new Page("/admin", "/admin", user("only-" + role).roles(role.name()), role.name()));
		}
		pages.add(new Page("/admin/my-division", "/admin/my-division", user("malee").roles("STAFF"), "STAFF"));
		pages.add(new Page("/admin/my-division", "/admin/my-division", user("nobody").roles("DIVISION_HEAD"),
				"DIVISION_HEAD not linked"));
		// what a coordinator sees of a citizen's LINE event and message (not their content)
		pages.add(new Page("/admin/line/events/{id}", "/admin/line/events/" + this.ids.get("event"),
				user("c").roles("COORDINATOR"), "COORDINATOR"));
		pages.add(new Page("/admin/line/outbox/{id}", "/admin/line/outbox/" + this.ids.get("message"),
				user("c").roles("COORDINATOR"), "COORDINATOR"));
		pages.add(new Page("/login", "/login", anonymous, "anonymous"));
		pages.add(new Page("/login", "/login?error", anonymous, "anonymous"));
		pages.add(new Page("/login", "/login?logout", anonymous, "anonymous"));
		pages.add(new Page("/privacy", "/privacy", anonymous, "anonymous"));
		pages.add(new Page("/simulator", "/simulator", anonymous, "anonymous"));
		pages.add(new Page("/error/expired-form", "/error/expired-form", EVERY_ROLE, "every role"));
		return pages;
	}

	/** The mapping a swept address answers to: ids replaced by their path variables. */
	private String mapping(String url) {
		String path = url.replaceAll("\\?.*", "");
		Map<String, String> variables = Map.of("/admin/line/events/", "{id}", "/admin/line/outbox/", "{id}",
				"/admin/people/", "{id}", "/admin/plan/measures/", "{id}", "/admin/assignments/", "{id}",
				"/admin/progress/assignments/", "{id}", "/admin/complaints/", "{id}", "/admin/integrity/", "{id}",
				"/admin/reports/meetings/", "{id}");
		for (String id : this.ids.values()) {
			if (path.endsWith("/" + id)) {
				String prefix = path.substring(0, path.length() - id.length());
				return prefix + variables.getOrDefault(prefix, "{id}");
			}
		}
		return path;
	}

	private MvcResult open(Page page, String lang) throws Exception {
		MockHttpServletRequestBuilder request = get(java.net.URI.create(page.url())).with(page.who());
		if (lang != null) {
			request.param("lang", lang);
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		int expected = page.url().equals("/error/expired-form") ? 403 : 200;
		assertThat(result.getResponse().getStatus()).as(page.url() + " as " + page.as()).isEqualTo(expected);
		return result;
	}

	// ---------------------------------------------------------------- what a person reads

	private static final Pattern SVG = Pattern.compile("data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)");

	private static final Pattern READ_ATTRIBUTE = Pattern
		.compile("\\s(?:title|alt|placeholder|aria-label|label|data-confirm)=\"([^\"]*)\"");

	/**
	 * The text of {@code html} a person reads: the text between tags, the titles, alt texts, placeholders and
	 * labels, and the text of inlined SVG charts; without scripts, styles, comments, links, sources and form
	 * values (a date field's value is ISO for the browser).
	 */
	static String visibleText(String html) {
		StringBuilder read = new StringBuilder();
		Matcher svg = SVG.matcher(html);
		while (svg.find()) {
			read.append(' ').append(stripTags(new String(Base64.getDecoder().decode(svg.group(1)), StandardCharsets.UTF_8)));
		}
		String page = html.replaceAll("(?s)<!--.*?-->", " ")
			.replaceAll("(?is)<script\\b.*?</script>", " ")
			.replaceAll("(?is)<style\\b.*?</style>", " ");
		Matcher tag = Pattern.compile("<[a-zA-Z][^>]*>").matcher(page);
		while (tag.find()) {
			Matcher attribute = READ_ATTRIBUTE.matcher(tag.group());
			while (attribute.find()) {
				read.append(" \n").append(attribute.group(1));
			}
			if (tag.group().matches("(?is)<input\\b[^>]*type=\"(submit|button)\".*")) {
				Matcher value = Pattern.compile("\\svalue=\"([^\"]*)\"").matcher(tag.group());
				if (value.find()) {
					read.append(" \n").append(value.group(1));
				}
			}
		}
		return HtmlUtils.htmlUnescape(stripTags(page) + read);
	}

	private static String stripTags(String html) {
		return html.replaceAll("<[^>]*>", " \n ");
	}

	// ---------------------------------------------------------------- the defects looked for

	/** One kind of defect: its name and the pattern that finds it in the text people read. */
	record Defect(String name, Pattern pattern) {
	}

	private static final List<Defect> EVERY_LANGUAGE = List.of(
			new Defect("ISO date", Pattern.compile("(?<![0-9])20[0-9]{2}-[01][0-9]-[0-3][0-9](?![0-9])")),
			new Defect("d/m/Gregorian-year date", Pattern.compile("(?<![0-9])[0-3]?[0-9]/[01]?[0-9]/20[0-9]{2}(?![0-9])")),
			new Defect("Gregorian year", Pattern.compile("(?<!B\\.E\\. 25[0-9]{2} \\()(?<![0-9๐-๙.,])(20[0-9]{2}|๒๐[๐-๙]{2})(?![0-9๐-๙])")),
			new Defect("unresolved message", Pattern.compile("\\?\\?[^?\\s]+\\?\\?")),
			new Defect("null", Pattern.compile("(?<![\\w-])(null|undefined|NaN)(?![\\w-])")),
			new Defect("Optional", Pattern.compile("Optional(\\[|\\.empty)")),
			new Defect("record or object toString", Pattern.compile("\\b[A-Z][A-Za-z]*\\[[a-z][A-Za-z]*=")),
			new Defect("object hash", Pattern.compile("\\b[A-Z][A-Za-z.$]*@[0-9a-f]{5,}\\b")),
			new Defect("Java time toString", Pattern.compile("\\b(PT[0-9]+[HMS]|P[0-9]+D|[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]+|Z\\[|\\+07:00)")));

	/** On Thai pages also: English month names, raw enum constant names. */
	private static final Defect ENGLISH_MONTH = new Defect("English month", Pattern
		.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\\b"));

	/**
	 * Words that are also the names of enum constants but mean themselves on a page: the product LINE, the
	 * PDF and Excel formats, a form's field names quoted in help texts.
	 */
	private static final Set<String> NOT_ENUM_NAMES = Set.of("LINE", "PDF", "CSV", "XLSX", "DOCX", "QR", "ITA", "OIT",
			"PDPA", "ID", "URL", "API", "OK", "HTTP", "JSON", "WEB");

	/** The names of every enum constant of the app, as they would show if a page printed one. */
	private static Set<String> enumNames() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition bean) {
				return true;
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
		Set<String> names = new TreeSet<>();
		for (var candidate : scanner.findCandidateComponents("org.tidtam")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), ThaiPagesSweepTests.class.getClassLoader());
			if (type.isEnum()) {
				for (Object constant : type.getEnumConstants()) {
					String name = ((Enum<?>) constant).name();
					if (name.length() > 1 && name.equals(name.toUpperCase()) && !NOT_ENUM_NAMES.contains(name)) {
						names.add(name);
					}
				}
			}
		}
		return names;
	}

	private static Pattern enumPattern() throws ClassNotFoundException {
		return Pattern.compile("(?<![A-Za-z0-9_-])(" + String.join("|", enumNames()) + ")(?![A-Za-z0-9_-])");
	}

	/** Message keys that show as they are: {@code complaints.status.DONE}, {@code nav.home}. */
	private static Pattern messageKeys() throws IOException {
		Set<String> prefixes = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
			for (Path file : files.toList()) {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					int dot = line.indexOf('.');
					int eq = line.indexOf('=');
					if (!line.startsWith("#") && dot > 0 && eq > dot) {
						prefixes.add(Pattern.quote(line.substring(0, dot).strip()));
					}
				}
			}
		}
		return Pattern.compile("(?<![\\w./-])(" + String.join("|", prefixes) + ")\\.[A-Za-z][\\w-]*(\\.[\\w-]+)*");
	}

	/**
	 * Latin words a Thai page may show: names (the product, LINE, the ITA and PDPA, Prometheus), the file
	 * formats people pick, and LINE's own names for what it sends (an event's type and mode, its retry key
	 * and request id), which an admin looks up in LINE's documentation as they are.
	 */
	private static final Set<String> LATIN_ON_THAI_PAGES = Set.of("LINE", "Tidtam", "ITA", "PDPA", "EN", "Prometheus",
			"LINE Official Account", "PDF", "Word", "Excel", "JSON", "XLSX", "xlsx", "DOCX", "CSV", "HTTP", "QR", "OIT",
			"Retry key", "retry key", "Request id", "a-z",
			"message", "text", "join", "follow", "active", "standby", "B.E");

	/** The user names of the fixture's sign-ins and officers: typed by people, not written by the app. */
	private static final Set<String> USER_NAMES = Set.of("head", "malee", "officer", "coordinator", "nobody", "c");

	/**
	 * The Latin words a Thai page shows that the app wrote: what people typed (user names, LINE ids, links,
	 * file names), the raw LINE payloads and error texts (in {@code <pre>}, {@code <code>} and error cells)
	 * and the words above left out.
	 */
	static String latinWritten(String html) {
		String page = html.replaceAll("(?is)<pre\\b.*?</pre>", " ")
			.replaceAll("(?is)<code\\b.*?</code>", " ")
			.replaceAll("(?is)<(td|dd)\\b[^>]*class=\"[^\"]*error-text[^\"]*\"[^>]*>.*?</\\1>", " ");
		String text = visibleText(page).replaceAll("https?://\\S+", " ")
			.replaceAll("\\bU[0-9a-f]{6}…[0-9a-f]{4}\\b|\\b[UC][0-9a-f]{32}\\b", " ")
			.replaceAll("[\\w.-]+\\.(jpg|jpeg|png|pdf|docx|xlsx)\\b", " ")
			.replaceAll("\\bonly-[A-Z_]+\\b", " ");
		StringBuilder written = new StringBuilder();
		Matcher latin = Pattern.compile("[A-Za-z][A-Za-z'.-]*(?: [A-Za-z][A-Za-z'.-]*)*").matcher(text);
		while (latin.find()) {
			String words = latin.group().replaceAll("[.-]+$", "");
			if (!LATIN_ON_THAI_PAGES.contains(words) && !USER_NAMES.contains(words)) {
				written.append(words).append('\n');
			}
		}
		return written.toString();
	}

	/** Random ids a page shows (retry keys, request ids, store ids): "ecf16ac6-2009-…" holds no year. */
	private static final Pattern RANDOM_IDS = Pattern
		.compile("(?i)\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b|\\b[0-9a-f]{24}\\b|\\b[0-9A-Z]{26}\\b");

	private static Map<String, List<String>> defects(String text, List<Defect> kinds) {
		Map<String, List<String>> found = new LinkedHashMap<>();
		String read = RANDOM_IDS.matcher(text).replaceAll("[id]");
		for (Defect kind : kinds) {
			Matcher m = kind.pattern().matcher(read);
			while (m.find()) {
				int from = Math.max(0, m.start() - 40);
				int to = Math.min(read.length(), m.end() + 30);
				found.computeIfAbsent(kind.name(), k -> new ArrayList<>())
					.add(read.substring(from, to).replaceAll("\\s+", " ").strip());
			}
		}
		return found;
	}

	/** Every page, and the states of pages that forms lead to: each with the way it was reached. */
	private Map<String, String> shown(String lang) throws Exception {
		Map<String, String> shown = new LinkedHashMap<>();
		for (Page page : pages()) {
			shown.put(page.url() + " as " + page.as(), open(page, lang).getResponse().getContentAsString());
		}
		String language = lang == null ? "th" : lang;
		// an imported table before it is saved: its due dates worded from the cadences
		String table = "มาตรการ\tขั้นตอนหรือวิธีการ\tผู้รับผิดชอบ\tการกำกับติดตาม\n"
				+ "๑. ลดขั้นตอนการให้บริการ\t๑. ทบทวนขั้นตอน\tกองช่าง\tรายงานผลภายในไตรมาสที่ ๒\n"
				+ "๒. เปิดเผยข้อมูลการจัดซื้อ\t๑. เผยแพร่\tกองคลัง\tรายงานผลทุกเดือน\n"
				+ "๓. ประกาศเจตจำนงสุจริต\t๑. ประกาศ\tสำนักปลัดเทศบาล\tภายในวันที่ ๓๑ มีนาคม ๒๕๖๙\n"
				+ "๔. สำรวจความพึงพอใจ\t๑. สำรวจ\tหน่วยงานใหม่\tรายงานผลภายในเดือนกันยายน\n";
		shown.put("the import preview", this.mvc.perform(post("/admin/plan/import/preview").param("text", table)
			.param("lang", language)
			.with(csrf())
			.with(EVERY_ROLE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		// a one-time LINE code just issued, with the time it runs out
		String staff = "/admin/people/" + this.ids.get("staff");
		shown.put("a person's new LINE code", afterPost(post(staff + "/code"), staff, lang));
		// a status form the service refuses, and an assignment with its division named
		String river = "/admin/complaints/" + this.ids.get("reopened");
		shown.put("a refused status change", afterPost(post(river + "/status").param("formKey", UUID.randomUUID().toString())
			.param("status", "DONE"), river, lang));
		shown.put("a case assigned", afterPost(post(river + "/assign").param("divisionId", this.chang.getId()), river, lang));
		// the error pages, as the servlet container's error dispatch asks for them (MockMvc does not dispatch)
		for (int code : new int[] { 403, 404, 500 }) {
			shown.put("the error page " + code, this.mvc.perform(get("/error").param("lang", language)
				.accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/complaints/ffffffffffffffffffffffff")
				.with(EVERY_ROLE)).andExpect(status().is(code)).andReturn().getResponse().getContentAsString());
		}
		return shown;
	}

	/** The page a form sends back to, with the flash message the form left. */
	private String afterPost(MockHttpServletRequestBuilder form, String page, String lang) throws Exception {
		MvcResult sent = this.mvc.perform(form.with(csrf()).with(EVERY_ROLE)).andExpect(status().is3xxRedirection())
			.andReturn();
		MockHttpServletRequestBuilder back = get(page).flashAttrs(sent.getFlashMap()).with(EVERY_ROLE);
		return this.mvc.perform(lang == null ? back : back.param("lang", lang)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private String sweep(String lang, List<Defect> kinds) throws Exception {
		StringBuilder report = new StringBuilder();
		Set<String> seen = new LinkedHashSet<>();
		for (Map.Entry<String, String> page : shown(lang).entrySet()) {
			String text = visibleText(page.getValue());
			if (lang == null && !page.getKey().startsWith("/simulator")) {
				// the simulator is a developer's tool, in Thai and English side by side
				for (String words : latinWritten(page.getValue()).split("\n")) {
					if (!words.isEmpty() && seen.add(page.getKey() + "latin" + words)) {
						report.append(page.getKey()).append(": English on a Thai page: ").append(words).append('\n');
					}
				}
			}
			defects(text, kinds).forEach((kind, where) -> where.stream()
				.distinct()
				.filter(w -> seen.add(page.getKey() + kind + w))
				.forEach(w -> report.append(page.getKey()).append(": ").append(kind).append(": …").append(w)
					.append("…\n")));
		}
		return report.toString();
	}

	// ---------------------------------------------------------------- the tests

	@Test
	void everyPageInThaiShowsBuddhistEraDatesBangkokTimesAndNoNamesFromTheCode() throws Exception {
		seed();
		List<Defect> kinds = new ArrayList<>(EVERY_LANGUAGE);
		kinds.add(ENGLISH_MONTH);
		kinds.add(new Defect("enum name", enumPattern()));
		kinds.add(new Defect("message key", messageKeys()));
		assertThat(sweep(null, kinds)).as("defects on the Thai pages").isEmpty();
	}

	@Test
	void everyPageInEnglishHasNoUnresolvedKeysNullsOrGregorianDates() throws Exception {
		seed();
		List<Defect> kinds = new ArrayList<>(EVERY_LANGUAGE);
		kinds.add(new Defect("message key", messageKeys()));
		assertThat(sweep("en", kinds)).as("defects on the English pages").isEmpty();
	}

	/** The evening's complaint, corruption report, PDPA request, webhook event and message: 00:30 on 11 March. */
	@Test
	void anEveningInUtcIsTheNextMorningInBangkok() throws Exception {
		seed();
		for (String url : List.of("/admin/complaints", "/admin/complaints/" + this.ids.get("late"), "/admin/integrity",
				"/admin/data-requests", "/admin/line/events", "/admin/line/events/" + this.ids.get("event"),
				"/admin/line/outbox", "/admin/line/outbox/" + this.ids.get("message"))) {
			Page page = new Page(mapping(url), url, EVERY_ROLE, "every role");
			String thai = visibleText(open(page, null).getResponse().getContentAsString());
			String english = visibleText(open(page, "en").getResponse().getContentAsString());
			assertThat(thai).as(url).contains("11 มี.ค. 2569 00:30").doesNotContain("17:30");
			assertThat(english).as(url + " in English").contains("11 Mar 2569 00:30").doesNotContain("17:30");
		}
	}

	/**
	 * A case's timeline names each photo by what it shows (the photo of the work under way is not the photo
	 * after the fix) and names the citizen in words when the citizen reopened the case.
	 */
	@Test
	void aCaseTimelineNamesItsPhotosAndTheCitizenInWords() throws Exception {
		seed();
		String url = "/admin/complaints/" + this.ids.get("complaint");
		String thai = timeline(open(new Page(mapping(url), url, EVERY_ROLE, "every role"), null));
		assertThat(thai.indexOf("รูประหว่างดำเนินการ")).as(thai).isPositive().isLessThan(thai.indexOf("รูปหลังแก้ไข"));
		String reopened = "/admin/complaints/" + this.ids.get("reopened");
		Page page = new Page(mapping(reopened), reopened, EVERY_ROLE, "every role");
		assertThat(timeline(open(page, null))).contains("ผู้แจ้ง").doesNotContain("citizen");
		assertThat(timeline(open(page, "en"))).contains("The citizen").doesNotContain("\ncitizen\n");
	}

	private static String timeline(MvcResult page) throws Exception {
		Matcher timeline = Pattern.compile("(?s)<ol class=\"timeline\".*?</ol>")
			.matcher(page.getResponse().getContentAsString());
		assertThat(timeline.find()).isTrue();
		return visibleText(timeline.group()).replaceAll("\\s*\n\\s*", "\n");
	}

	/** The checks find what they look for, in text a person reads and only there. */
	@Test
	void theChecksFindDefectsInTheTextPeopleReadOnly() throws Exception {
		String html = "<html><head><style>p { width: 2026px }</style><script>var d = '2026-03-10';</script></head>"
				+ "<body><a href=\"/x?from=2026-03-10\">รายงาน</a><input type=\"date\" value=\"2026-03-10\">"
				+ "<img src=\"/p/2026.png\" alt=\"ภาพ ค.ศ. 2026\"><p title=\"ร-2026-000001\">10/03/2026 ??nav.home_th??"
				+ " null IN_PROGRESS Optional[x] Row[id=1] org.tidtam.X@1a2b3c4d complaints.status.DONE</p></body></html>";
		String text = visibleText(html);
		assertThat(text).doesNotContain("2026-03-10").doesNotContain("2026px");
		List<Defect> kinds = new ArrayList<>(EVERY_LANGUAGE);
		kinds.add(new Defect("enum name", enumPattern()));
		kinds.add(new Defect("message key", messageKeys()));
		Map<String, List<String>> found = defects(text, kinds);
		assertThat(found).containsOnlyKeys("d/m/Gregorian-year date", "Gregorian year", "unresolved message", "null",
				"Optional", "record or object toString", "object hash", "enum name", "message key");
		assertThat(found.get("Gregorian year")).hasSize(3); // the alt text, the ticket in a title, the date
		assertThat(defects("Retry key ecf16ac6-2009-4365-8f2e-ad7aeb6d2e2b · 6b02db61e15784d1bd202525 · 01KDVMH180010WBAKD2025QXBY",
				EVERY_LANGUAGE)).as("random ids that happen to hold 20xx").isEmpty();
		assertThat(defects(visibleText("<p>พ.ร.บ. ... B.E. 2562 (2019) 11 มี.ค. 2569 00:30</p>"), kinds)).isEmpty();
		assertThat(latinWritten("<p>สถานะ <span>citizen</span><span>PUSH</span> LINE ติดตาม · Tidtam</p><pre>{\"type\":\"push\"}</pre>"))
			.isEqualTo("citizen\nPUSH\n");
	}

	/** Every GET mapping of the controllers that answers a page is in the sweep. */
	@Test
	void theSweepOpensEveryPageTheControllersMap() throws Exception {
		seed();
		Set<String> swept = new TreeSet<>();
		pages().forEach(p -> swept.add(p.mapping()));
		Set<String> mapped = new TreeSet<>(getMappings());
		mapped.removeAll(NOT_PAGES);
		mapped.removeAll(swept);
		assertThat(mapped).as("pages the sweep does not open").isEmpty();
	}

	private static final Pattern CLASS_MAPPING = Pattern
		.compile("@RequestMapping\\((?:path\\s*=\\s*)?\"([^\"]*)\"[^)]*\\)\\s*(?:@\\w+\\s*)*(?:public\\s+)?class\\b");

	private static final Pattern GET_MAPPING = Pattern.compile("@GetMapping(?:\\(([^)]*)\\))?");

	/** The GET mappings written in the controllers under src/main/java (class prefix included). */
	static Set<String> getMappings() throws IOException {
		Set<String> mappings = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file, StandardCharsets.UTF_8);
				if (!source.contains("@GetMapping")) {
					continue;
				}
				Matcher prefix = CLASS_MAPPING.matcher(source);
				String base = prefix.find() ? prefix.group(1) : "";
				Matcher get = GET_MAPPING.matcher(source);
				while (get.find()) {
					String args = get.group(1) == null ? "" : get.group(1);
					Matcher path = Pattern.compile("\"([^\"]*)\"").matcher(args.replaceAll("produces\\s*=\\s*\"[^\"]*\"", ""));
					boolean any = false;
					while (path.find()) {
						any = true;
						String full = base + path.group(1);
						if (!full.endsWith("/") || full.equals("/")) {
							mappings.add(full);
						}
					}
					if (!any) {
						mappings.add(base);
					}
				}
			}
		}
		return mappings;
	}

}
