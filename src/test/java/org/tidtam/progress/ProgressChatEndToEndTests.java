package org.tidtam.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.tidtam.line.simulator.Chat;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Sent;
import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.GroupBindingService;
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
 * Reporting progress through signed webhooks and the fake LINE platform (which checks every answer
 * against LINE's OpenAPI): the dialog in a bound group with a photo downloaded through the content
 * endpoint, the confirmation to the group, the notice's report button 1:1, an expired photo, group
 * photos outside a dialog left alone, and an unsend marking the evidence withdrawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S", "tidtam.notices.gather-millis=100" })
@Import(TestClockConfig.class)
class ProgressChatEndToEndTests {

	static final String HEAD = "U00000000000000000000000000000c01";

	static final String STAFF = "U00000000000000000000000000000c02";

	static final String GROUP = "C00000000000000000000000000000c01";

	static final byte[] PHOTO = "\u00ff\u00d8\u00ff\u00e0 a photo of the sign".getBytes(StandardCharsets.ISO_8859_1);

	@Autowired
	FakeLinePlatform line;

	@Autowired
	MutableClock clock;

	@Autowired
	PersonService people;

	@Autowired
	DivisionService divisions;

	@Autowired
	GroupBindingService groups;

	@Autowired
	PlanService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	AssignmentService assignments;

	@Autowired
	ProgressService progress;

	@Autowired
	MongoTemplate mongo;

	Division engineering;

	List<Assignment> open;

	@BeforeEach
	void setUp() {
		this.clock.set(MutableClock.DEFAULT_START);
		this.line.reset();
		for (String c : List.of("people", "divisions", "line_group_bindings", "plans", "measures", "assignments",
				"line_outbox", "chat_sessions", "progress_reports", "line_media.files", "line_media.chunks")) {
			this.mongo.remove(new Query(), c);
		}
		this.engineering = this.divisions.create("กองช่าง", "กช", List.of(), true, false);
		linked(this.people.create("วิไลวรรณ ช่างคิด", "ผู้อำนวยการกองช่าง", this.engineering.getId(),
				Set.of(Role.DIVISION_HEAD), null), HEAD);
		linked(this.people.create("สมชาย ใจดี", "นายช่างโยธา", this.engineering.getId(), Set.of(Role.STAFF), null), STAFF);
		this.line.putGroup(GROUP, "กองช่าง");
		assertThat(this.groups.bind(GROUP, this.engineering.getId(), HEAD).bound()).isTrue();
		Plan plan = this.plans.create(FiscalYear.of(2569), null);
		IntStream.rangeClosed(1, 2)
			.forEach(i -> this.measures.add(plan.getId(),
					new MeasureForm(i, null, i == 1 ? "ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน" : "จัดทำคู่มือการปฏิบัติงาน",
							List.of("จัดทำ"), List.of(this.engineering.getId()), MeasureCadence.withinQuarter(i + 1), null,
							null)));
		this.plans.publish(plan.getId(), "coordinator");
		this.open = this.assignments.forPlan(plan.getId());
		// the group's notice of the published plan goes out on its own time: a test that counts what the
		// group was sent must not see it arrive in the middle
		awaitSent(GROUP, t -> t.contains("ได้รับมอบหมายมาตรการ"));
	}

	private void linked(Person person, String lineUserId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(person.getId())),
				new Update().set(Person.LINE_USER_ID, lineUserId).set(Person.LINE_LINK_ACTIVE, true), Person.class);
	}

	@Test
	void aStaffMemberReportsInTheGroupWithAPhotoAndTheGroupSeesOneConfirmation() throws Exception {
		Chat somchai = Chat.group(GROUP, STAFF);
		this.line.text(somchai, "รายงาน");
		Sent pick = awaitSent(GROUP, t -> t.contains("เลือกมาตรการที่จะรายงานของกองช่าง"));
		assertThat(pick.firstText()).startsWith("คุณสมชาย ใจดี:").contains("#1 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน");
		JsonNode first = pick.messages().get(0).at("/quickReply/items/0/action");
		assertThat(first.path("type").asText()).isEqualTo("postback");
		assertThat(first.path("data").asText()).contains("u=" + STAFF);

		this.line.postback(somchai, first.path("data").asText(), Map.of());
		Sent status = awaitSent(GROUP, t -> t.contains("สถานะตอนนี้"));
		this.line.postback(somchai, dataOf(status, "อยู่ระหว่างดำเนินการ"), Map.of());
		awaitSent(GROUP, t -> t.contains("พิมพ์สั้น ๆ"));
		this.line.text(somchai, "ติดป้ายหน้าสำนักงานแล้ว 1 จุด ประกาศที่ https://www.example.go.th/news/7");
		awaitSent(GROUP, t -> t.contains("กี่เปอร์เซ็นต์"));
		this.line.text(somchai, "50%");
		awaitSent(GROUP, t -> t.contains("ส่งรูปถ่ายหรือไฟล์หลักฐาน"));
		String photoId = this.line.image(somchai, PHOTO, "image/jpeg").messageId();
		awaitSent(GROUP, t -> t.contains("ได้รับหลักฐานแล้ว 1 ไฟล์"));
		this.line.text(somchai, "ส่งครบแล้ว");
		Sent summary = awaitSent(GROUP, t -> t.contains("สรุปรายงานของกองช่าง"));
		assertThat(summary.firstText()).contains("ความคืบหน้า: 50%").contains("หลักฐาน: 1 ไฟล์ ลิงก์ 1 รายการ");
		assertThat(this.progress.timeline(this.open.get(0).getId())).as("nothing before confirmation").isEmpty();

		this.line.postback(somchai, dataOf(summary, "ยืนยันส่งรายงาน"), Map.of());
		Sent confirmation = awaitSent(GROUP, t -> t.startsWith("บันทึกรายงานแล้ว"));
		assertThat(confirmation.endpoint()).as("the reply token was fresh").isEqualTo("reply");
		assertThat(confirmation.messages()).hasSize(1);
		assertThat(confirmation.firstText())
			.contains("กองช่าง มาตรการที่ 1: อยู่ระหว่างดำเนินการ 50% (รายงานโดยคุณสมชาย ใจดี)")
			.contains("หลักฐาน 1 ไฟล์");

		ProgressReport report = this.progress.latest(this.open.get(0).getId()).orElseThrow();
		assertThat(report.getLinks()).containsExactly("https://www.example.go.th/news/7");
		Evidence photo = report.getEvidence().get(0);
		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		assertThat(photo.size()).isEqualTo(PHOTO.length);
		assertThat(photo.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PHOTO)));
		assertThat(photo.lineMessageId()).isEqualTo(photoId);
		assertThat(this.mongo.getCollection("line_media.files").countDocuments(
				new org.bson.Document("_id", new ObjectId(photo.fileId())))).isEqualTo(1);
		assertThat(this.assignments.find(this.open.get(0).getId()).orElseThrow().getState())
			.isEqualTo(AssignmentState.IN_PROGRESS);

		// the sender takes the photo back in LINE: the evidence is marked withdrawn, the report stays
		this.line.unsend(somchai, photoId);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.progress.latest(this.open.get(0).getId()).orElseThrow().evidenceCount() == 0);
		assertThat(this.progress.latest(this.open.get(0).getId()).orElseThrow().getEvidence().get(0).withdrawnAt())
			.isNotNull();
	}

	@Test
	void theNoticesReportButtonStartsTheDialogOneToOneAndTheShorthandIsConfirmedFirst() {
		Sent notice = awaitSent(HEAD, t -> true);
		String data = notice.messages().get(0).at("/contents/contents/0/footer").toString();
		String startData = ProgressReportFlow.startData(this.open.get(0).getId());
		assertThat(data).contains(startData);
		this.line.postback(Chat.user(HEAD), startData, Map.of());
		Sent status = awaitSent(HEAD, t -> t.contains("สถานะตอนนี้"));
		assertThat(status.firstText()).startsWith("#1 ทำป้าย").doesNotContain("คุณวิไลวรรณ");
		this.line.text(Chat.user(HEAD), "ยกเลิก");
		awaitSent(HEAD, t -> t.startsWith("ยกเลิกรายการแล้ว"));

		this.line.text(Chat.user(HEAD), "#2 อนุมัติคู่มือเรียบร้อยแล้ว");
		Sent summary = awaitSent(HEAD, t -> t.contains("สรุปรายงาน"));
		assertThat(summary.firstText()).contains("#2 จัดทำคู่มือการปฏิบัติงาน").contains("สถานะ: ดำเนินการแล้ว");
		this.line.text(Chat.user(HEAD), "ยืนยัน");
		awaitSent(HEAD, t -> t.startsWith("บันทึกรายงานแล้ว"));
		ProgressReport report = this.progress.latest(this.open.get(1).getId()).orElseThrow();
		assertThat(report.getSource()).isEqualTo(ProgressReport.Source.SHORTHAND);
		assertThat(report.getStatus()).isEqualTo(ProgressStatus.DONE);
		assertThat(this.assignments.find(this.open.get(1).getId()).orElseThrow().getState()).isEqualTo(AssignmentState.DONE);
	}

	@Test
	void aPhotoLineNoLongerHasGetsAClearAnswerAndIsNotCounted() {
		Chat somchai = Chat.group(GROUP, STAFF);
		this.line.text(somchai, "#1 เสร็จแล้ว");
		awaitSent(GROUP, t -> t.contains("สรุปรายงาน"));
		this.line.imageGone(somchai);
		Sent gone = awaitSent(GROUP, t -> t.startsWith("ขออภัย"));
		assertThat(gone.firstText()).isEqualTo(text("chat.media.unavailable"));
		this.line.text(somchai, "ยืนยัน");
		awaitSent(GROUP, t -> t.startsWith("บันทึกรายงานแล้ว"));
		assertThat(this.progress.latest(this.open.get(0).getId()).orElseThrow().getEvidence()).isEmpty();
	}

	@Test
	void aVideoLineIsStillPreparingIsFetchedOnceReady() {
		Chat somchai = Chat.group(GROUP, STAFF);
		this.line.text(somchai, "#2 กำลังทำ");
		awaitSent(GROUP, t -> t.contains("สรุปรายงาน"));
		byte[] video = "a short mp4 of the meeting".getBytes(StandardCharsets.UTF_8);
		String videoId = this.line.video(somchai, video, "video/mp4", 1).messageId();
		// LINE is still preparing it: the inbox keeps the event and tries again after its back-off
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.line.calls().stream().anyMatch(c -> c.path().contains(videoId + "/content/transcoding")));
		this.clock.advance(Duration.ofMinutes(1));
		awaitSent(GROUP, t -> t.contains("ได้รับไฟล์ที่ 1"));
		this.line.text(somchai, "ยืนยัน");
		awaitSent(GROUP, t -> t.startsWith("บันทึกรายงานแล้ว"));
		Evidence stored = this.progress.latest(this.open.get(1).getId()).orElseThrow().getEvidence().get(0);
		assertThat(stored.contentType()).isEqualTo("video/mp4");
		assertThat(stored.size()).isEqualTo(video.length);
	}

	@Test
	void aPhotoSentRightAfterReportingIsAttachedOnceTheSenderSaysWhichReport() {
		Chat somchai = Chat.group(GROUP, STAFF);
		this.line.text(somchai, "#1 ติดป้ายแล้ว");
		awaitSent(GROUP, t -> t.contains("สรุปรายงาน"));
		this.line.text(somchai, "ยืนยัน");
		awaitSent(GROUP, t -> t.startsWith("บันทึกรายงานแล้ว"));
		this.clock.advance(Duration.ofMinutes(2));
		String photoId = this.line.image(somchai, PHOTO, "image/jpeg").messageId();
		Sent ask = awaitSent(GROUP, t -> t.contains("เป็นหลักฐานของรายงานใด"));
		this.line.postback(somchai, dataOf(ask, "#1 ทำป้าย"), Map.of());
		awaitSent(GROUP, t -> t.startsWith("แนบหลักฐานเพิ่ม 1 ไฟล์ ในรายงานมาตรการที่ 1"));
		assertThat(this.progress.latest(this.open.get(0).getId()).orElseThrow().getEvidence())
			.extracting(Evidence::lineMessageId)
			.containsExactly(photoId);
		// ten minutes later, a photo in the group is chatter again: not stored, not answered
		this.clock.advance(Duration.ofMinutes(10));
		int before = this.line.sentTo(GROUP).size();
		this.line.image(somchai, PHOTO, "image/png");
		this.line.text(Chat.group(GROUP, HEAD), "รายงาน");
		awaitSent(GROUP, t -> t.startsWith("คุณวิไลวรรณ"));
		assertThat(this.line.sentTo(GROUP)).hasSize(before + 1);
		assertThat(this.mongo.getCollection("line_media.files").countDocuments()).isEqualTo(1);
	}

	@Test
	void aFileOfATypeNotAcceptedGetsAClearAnswerAndIsNotKept() {
		Chat somchai = Chat.group(GROUP, STAFF);
		this.line.text(somchai, "#1 เสร็จแล้ว");
		awaitSent(GROUP, t -> t.contains("สรุปรายงาน"));
		this.line.file(somchai, "setup.exe", new byte[] { 'M', 'Z', 0, 0 }, "application/x-msdownload");
		Sent refused = awaitSent(GROUP, t -> t.startsWith("ขออภัย"));
		assertThat(refused.firstText()).isEqualTo(text("chat.media.not-accepted"));
		this.line.text(somchai, "ยืนยัน");
		awaitSent(GROUP, t -> t.startsWith("บันทึกรายงานแล้ว"));
		assertThat(this.progress.latest(this.open.get(0).getId()).orElseThrow().getEvidence()).isEmpty();
		assertThat(this.mongo.getCollection("line_media.files").countDocuments()).isZero();
	}

	@Test
	void aDocumentLineServesAsAGenericTypeIsKeptByItsNameWhenItsBytesAgree() {
		Chat somchai = Chat.group(GROUP, STAFF);
		this.line.text(somchai, "#1 เสร็จแล้ว");
		awaitSent(GROUP, t -> t.contains("สรุปรายงาน"));
		// LINE may label an office document it does not recognise as a plain binary
		this.line.file(somchai, "คำสั่งแต่งตั้ง.pdf", "%PDF-1.7 order".getBytes(), "application/octet-stream");
		this.line.file(somchai, "ใบเสร็จ.pdf", new byte[] { 'M', 'Z', 0, 0 }, "application/octet-stream");
		Sent refused = awaitSent(GROUP, t -> t.startsWith("ขออภัย"));
		assertThat(refused.firstText()).isEqualTo(text("chat.media.not-accepted"));
		this.line.text(somchai, "ยืนยัน");
		awaitSent(GROUP, t -> t.startsWith("บันทึกรายงานแล้ว"));
		assertThat(this.progress.latest(this.open.get(0).getId()).orElseThrow().getEvidence())
			.singleElement()
			.satisfies(e -> {
				assertThat(e.fileName()).isEqualTo("คำสั่งแต่งตั้ง.pdf");
				assertThat(e.contentType()).isEqualTo("application/pdf");
			});
		assertThat(this.mongo.getCollection("line_media.files").countDocuments()).isEqualTo(1);
	}

	@Test
	void groupPhotosOutsideADialogAreNeitherStoredNorAnswered() {
		int before = this.line.sentTo(GROUP).size();
		this.line.image(Chat.group(GROUP, STAFF), PHOTO, "image/jpeg");
		this.line.text(Chat.group(GROUP, STAFF), "รายงาน");
		awaitSent(GROUP, t -> t.contains("เลือกมาตรการ"));
		assertThat(this.line.sentTo(GROUP)).as("only the answer to รายงาน").hasSize(before + 1);
		assertThat(this.mongo.getCollection("line_media.files").countDocuments()).isZero();
	}

	@Test
	void aWithdrawnReportPutsTheMeasureBackOnTheListToReport() {
		Chat somchai = Chat.group(GROUP, STAFF);
		this.line.text(somchai, "#1 ติดป้ายเสร็จแล้ว");
		awaitSent(GROUP, t -> t.contains("สรุปรายงาน"));
		this.line.text(somchai, "ยืนยัน");
		awaitSent(GROUP, t -> t.startsWith("บันทึกรายงานแล้ว"));
		assertThat(this.assignments.find(this.open.get(0).getId()).orElseThrow().getState()).isEqualTo(AssignmentState.DONE);

		// it was reported by mistake: the sender withdraws it from chat
		this.clock.advance(Duration.ofMinutes(10));
		this.line.text(somchai, "รายงานล่าสุด");
		Sent last = awaitSent(GROUP, t -> t.contains("รายงานล่าสุดของคุณ"));
		this.line.postback(somchai, dataOf(last, "ถอนรายงาน"), Map.of());
		Sent ask = awaitSent(GROUP, t -> t.contains("ยืนยันถอนรายงานมาตรการที่ 1"));
		this.line.postback(somchai, dataOf(ask, "ยืนยันถอน"), Map.of());
		awaitSent(GROUP, t -> t.startsWith("ถอนรายงานแล้ว"));

		assertThat(this.assignments.find(this.open.get(0).getId()).orElseThrow().getState())
			.as("no report counts any more: the measure is not done")
			.isEqualTo(AssignmentState.NOT_STARTED);
		this.line.text(somchai, "รายงาน");
		Sent pick = awaitSent(GROUP, t -> t.contains("เลือกมาตรการที่จะรายงานของกองช่าง"));
		assertThat(pick.firstText()).as("the measure can be reported again").contains("#1 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน");
	}

	@Test
	void aReportCorrectedToAnotherMeasureNoLongerMarksTheFirstOneDone() {
		Chat somchai = Chat.group(GROUP, STAFF);
		this.line.text(somchai, "#1 จัดทำคู่มือเสร็จแล้ว");
		awaitSent(GROUP, t -> t.contains("สรุปรายงาน"));
		this.line.text(somchai, "ยืนยัน");
		awaitSent(GROUP, t -> t.startsWith("บันทึกรายงานแล้ว"));

		// it was meant for measure 2: correct the measure
		this.clock.advance(Duration.ofMinutes(10));
		this.line.text(somchai, "รายงานล่าสุด");
		Sent last = awaitSent(GROUP, t -> t.contains("รายงานล่าสุดของคุณ"));
		this.line.postback(somchai, dataOf(last, "แก้ไข"), Map.of());
		Sent fix = awaitSent(GROUP, t -> t.contains("ต้องการแก้ไขส่วนไหน"));
		this.line.postback(somchai, dataOf(fix, "มาตรการ"), Map.of());
		Sent pick = awaitSent(GROUP, t -> t.contains("เลือกมาตรการที่จะรายงาน"));
		this.line.postback(somchai, dataOf(pick, "#2 จัดทำคู่มือ"), Map.of());
		Sent summary = awaitSent(GROUP, t -> t.contains("รายงานแก้ไขแทนฉบับเดิม"));
		this.line.postback(somchai, dataOf(summary, "ยืนยันส่งรายงาน"), Map.of());
		awaitSent(GROUP, t -> t.startsWith("บันทึกรายงานแล้ว ✅ กองช่าง มาตรการที่ 2"));

		assertThat(this.assignments.find(this.open.get(1).getId()).orElseThrow().getState()).isEqualTo(AssignmentState.DONE);
		assertThat(this.progress.latest(this.open.get(0).getId())).isEmpty();
		assertThat(this.assignments.find(this.open.get(0).getId()).orElseThrow().getState())
			.as("measure 1 has no report that counts")
			.isEqualTo(AssignmentState.NOT_STARTED);
	}

	@Test
	void aMeasureMovedToAnotherDivisionWhileItWasBeingReportedIsNotRecordedForTheOldOne() {
		Chat somchai = Chat.group(GROUP, STAFF);
		this.line.text(somchai, "#1 ติดป้ายเสร็จแล้ว");
		awaitSent(GROUP, t -> t.contains("สรุปรายงาน"));
		// meanwhile the coordinator gives measure 1 to กองคลัง instead
		Division finance = this.divisions.create("กองคลัง", "กค", List.of(), true, false);
		String measureId = this.open.get(0).getMeasureId();
		this.measures.edit(measureId, MeasureForm.of(this.measures.find(measureId).orElseThrow())
			.withDivisionIds(List.of(finance.getId())));
		assertThat(this.assignments.find(this.open.get(0).getId()).orElseThrow().isArchived()).isTrue();

		this.line.text(somchai, "ยืนยัน");
		Sent answer = awaitSent(GROUP, t -> t.contains("ยังไม่ได้บันทึก"));
		assertThat(answer.firstText()).startsWith("คุณสมชาย ใจดี:").contains("มาตรการที่ 1").contains("กองช่าง");
		assertThat(this.progress.timeline(this.open.get(0).getId())).as("nothing recorded on the archived assignment")
			.isEmpty();
		assertThat(this.line.sentTo(GROUP)).noneMatch(s -> s.firstText() != null && s.firstText().startsWith("บันทึกรายงานแล้ว"));
	}

	@Test
	void aDoubleTapOnConfirmRecordsOnceAndTheSecondTapIsToldNothingIsUnderWay() {
		Chat head = Chat.user(HEAD);
		this.line.text(head, "#2 อนุมัติคู่มือเรียบร้อยแล้ว");
		Sent summary = awaitSent(HEAD, t -> t.contains("สรุปรายงาน"));
		String confirm = dataOf(summary, "ยืนยันส่งรายงาน");
		this.line.postback(head, confirm, Map.of());
		this.line.postback(head, confirm, Map.of());
		awaitSent(HEAD, t -> t.startsWith("บันทึกรายงานแล้ว"));
		Sent second = awaitSent(HEAD, t -> t.equals(text("chat.dialog.none")));
		assertThat(second.messages()).as("a short answer, not the help card").hasSize(1);
		assertThat(this.progress.timeline(this.open.get(1).getId())).hasSize(1);
		// in the group a stale tap is not answered at all: the group is not for the bot's chatter
		Chat somchai = Chat.group(GROUP, STAFF);
		this.line.text(somchai, "#1 กำลังทำ");
		Sent groupSummary = awaitSent(GROUP, t -> t.contains("สรุปรายงาน"));
		String groupConfirm = dataOf(groupSummary, "ยืนยันส่งรายงาน");
		this.line.postback(somchai, groupConfirm, Map.of());
		this.line.postback(somchai, groupConfirm, Map.of());
		awaitSent(GROUP, t -> t.startsWith("บันทึกรายงานแล้ว"));
		int sent = this.line.sentTo(GROUP).size();
		this.line.text(Chat.group(GROUP, HEAD), "สถานะ");
		awaitSent(GROUP, t -> t.startsWith("📌 สถานะมาตรการของกองช่าง"));
		assertThat(this.line.sentTo(GROUP)).hasSize(sent + 1);
	}

	@Autowired
	org.tidtam.conversation.Dialogs dialogs;

	@Test
	void whenOneOfTwoReportsInAGroupRunsOutTheNoticeSaysWhose() {
		this.line.text(Chat.group(GROUP, STAFF), "รายงาน");
		awaitSent(GROUP, t -> t.startsWith("คุณสมชาย ใจดี: เลือกมาตรการ"));
		this.clock.advance(Duration.ofMinutes(20));
		this.line.text(Chat.group(GROUP, HEAD), "#2 กำลังทำ");
		awaitSent(GROUP, t -> t.startsWith("คุณวิไลวรรณ ช่างคิด: สรุปรายงาน"));

		// สมชาย's report sits idle past 30 minutes; วิไลวรรณ's is still under way
		this.clock.advance(Duration.ofMinutes(11));
		assertThat(this.dialogs.expireIdle()).isEqualTo(1);
		Sent notice = awaitSent(GROUP, t -> t.contains("หมดเวลา"));
		assertThat(notice.firstText()).startsWith("คุณสมชาย ใจดี: ").contains(text("chat.dialog.expired-notice"));
		this.line.text(Chat.group(GROUP, HEAD), "ยืนยัน");
		awaitSent(GROUP, t -> t.startsWith("บันทึกรายงานแล้ว ✅ กองช่าง มาตรการที่ 2"));
	}

	@Autowired
	org.springframework.context.MessageSource messages;

	private String text(String key) {
		return this.messages.getMessage(key, null, java.util.Locale.forLanguageTag("th"));
	}

	private static String dataOf(Sent sent, String label) {
		for (JsonNode item : sent.messages().get(sent.messages().size() - 1).at("/quickReply/items")) {
			if (item.at("/action/label").asText().startsWith(label)) {
				return item.at("/action/data").asText();
			}
		}
		throw new AssertionError("no quick reply " + label + " in " + sent.messages());
	}

	private Sent awaitSent(String chatId, java.util.function.Predicate<String> firstText) {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.line.sentTo(chatId).stream().anyMatch(s -> s.firstText() != null && firstText.test(s.firstText())));
		List<Sent> sent = this.line.sentTo(chatId);
		for (int i = sent.size() - 1; i >= 0; i--) {
			if (sent.get(i).firstText() != null && firstText.test(sent.get(i).firstText())) {
				return sent.get(i);
			}
		}
		throw new AssertionError();
	}

}
