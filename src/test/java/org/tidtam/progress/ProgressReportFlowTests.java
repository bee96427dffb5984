package org.tidtam.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.DialogExpired;
import org.tidtam.conversation.Dialogs;
import org.tidtam.conversation.InMemoryChatSessions;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.UserInput;
import org.tidtam.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The report dialog as scripts through the real dialog engine: every step, invalid input asked
 * again, cancel and back at every step, expiry, the shorthand with confirm and fix, the notice
 * button, paging, and two people reporting at once in one group.
 */
class ProgressReportFlowTests {

	static final String SOMCHAI = "U00000000000000000000000000000001";

	static final String WILAI = "U00000000000000000000000000000002";

	static final String STRANGER = "U00000000000000000000000000000009";

	static final String GROUP = "C00000000000000000000000000000001";

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/chat", "messages/progress");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/** กองช่าง's open assignments, the most due first. */
	List<ReportTarget> targets = List.of(new ReportTarget("a2", 2, "จัดทำคู่มือการปฏิบัติงาน", "2026-01-31"),
			new ReportTarget("a3", 3, "ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน", "2026-03-31"),
			new ReportTarget("a7", 7, "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "2026-09-30", true));

	final ReportContext context = new ReportContext() {
		@Override
		public Optional<Reporter> reporter(ChatRef chat) {
			return switch (chat.userId()) {
				case SOMCHAI -> Optional.of(new Reporter("p1", "สมชาย", "d-works", "กองช่าง"));
				// typed with her title, as offices do: the chat calls her คุณวิไล, never คุณนางสาววิไล
				case WILAI -> Optional.of(new Reporter("p2", "นางสาววิไล", "d-works", "กองช่าง"));
				default -> Optional.empty();
			};
		}

		@Override
		public List<ReportTarget> openTargets(String divisionId) {
			return ProgressReportFlowTests.this.targets;
		}

		@Override
		public Optional<ReportTarget> target(String assignmentId) {
			return Optional.of(new ReportTarget(assignmentId, 1, "มาตรการที่ทำเสร็จไปแล้ว", null));
		}

		@Override
		public boolean stillAssigned(String assignmentId) {
			return !ProgressReportFlowTests.this.archived.contains(assignmentId);
		}

		@Override
		public List<ReportTarget> recentReports(ChatRef chat) {
			// newest first, as the store answers
			List<ProgressReport> newestFirst = new ArrayList<>(ProgressReportFlowTests.this.recorded);
			java.util.Collections.reverse(newestFirst);
			return newestFirst.stream()
				.filter(r -> chat.chatId().equals(r.getChatId()) && chat.userId().equals(r.getLineUserId())
						&& !r.getReportedAt().isBefore(ProgressReportFlowTests.this.clock.instant().minus(Duration.ofMinutes(5))))
				.map(r -> new ReportTarget(r.getId(), 3, "ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน", null))
				.toList();
		}

		@Override
		public Optional<ProgressReport> lastReportBy(String personId) {
			List<ProgressReport> mine = ProgressReportFlowTests.this.recorded.stream()
				.filter(r -> personId.equals(r.getReportedBy()) && r.current())
				.toList();
			return mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1));
		}
	};

	final List<ProgressReport> recorded = new ArrayList<>();

	/** Assignments archived since the dialog read its list (the measure cancelled or given to another division). */
	final java.util.Set<String> archived = new java.util.HashSet<>();

	final List<Evidence> attached = new ArrayList<>();

	final ProgressService progress = mock(ProgressService.class);

	final EvidenceFiles files = new EvidenceFiles() {
		@Override
		public Optional<Evidence> stored(String messageId) {
			return messageId.startsWith("lost") ? Optional.empty()
					: Optional.of(new Evidence("gridfs-" + messageId, messageId + ".jpg", "image/jpeg", 1234, "ab12",
							messageId, null));
		}

		@Override
		public Optional<Content> open(String fileId) {
			return Optional.empty();
		}

		@Override
		public Optional<Evidence> store(String fileName, String contentType, byte[] bytes, String uploadedBy) {
			return Optional.empty();
		}
	};

	final MutableClock clock = new MutableClock();

	final List<Object> published = new ArrayList<>();

	final ProgressReportFlow flow = new ProgressReportFlow(this.context, this.progress, this.files, messages());

	final Dialogs dialogs = new Dialogs(List.of(this.flow), new InMemoryChatSessions(), messages(), this.clock,
			this.published::add);

	final ChatRef oneToOne = ChatRef.user(SOMCHAI);

	final ChatRef somchaiInGroup = ChatRef.group(GROUP, SOMCHAI);

	final ChatRef wilaiInGroup = ChatRef.group(GROUP, WILAI);

	@BeforeEach
	void recordReports() {
		when(this.progress.record(any())).thenAnswer(call -> {
			ProgressReport report = call.getArgument(0);
			report.setId("r" + (this.recorded.size() + 1));
			report.setReportedAt(this.clock.instant());
			if (report.getCorrects() != null) {
				this.recorded.stream().filter(r -> r.getId().equals(report.getCorrects())).forEach(r -> r.setSupersededBy(report.getId()));
			}
			this.recorded.add(report);
			return report;
		});
		when(this.progress.addEvidence(any(), any())).thenAnswer(call -> {
			this.attached.addAll(call.getArgument(1));
			return ((List<?>) call.getArgument(1)).size();
		});
		when(this.progress.withdraw(any())).thenAnswer(call -> {
			this.recorded.stream().filter(r -> r.getId().equals(call.getArgument(0))).forEach(r -> r.setWithdrawnAt(this.clock.instant()));
			return true;
		});
	}

	@Test
	void aWholeReportStepByStep() {
		List<Reply> first = say(this.oneToOne, "รายงาน");
		assertThat(text(first)).startsWith("เลือกมาตรการที่จะรายงานของกองช่าง")
			.contains("#2 จัดทำคู่มือการปฏิบัติงาน (กำหนด 31 ม.ค. 2569)")
			.contains("#7 เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง (ทุกการประชุมประจำเดือน)")
			.doesNotContain("30 ก.ย.");
		assertThat(labels(first)).containsExactly("#2 จัดทำคู่มือการปฏิบัติงาน", "#3 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน",
				"#7 เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง");

		List<Reply> status = tap(this.oneToOne, first, "#3 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน");
		assertThat(text(status)).contains("#3 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน").contains("สถานะตอนนี้");
		assertThat(labels(status)).containsExactly("ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ", "ติดปัญหา");

		List<Reply> what = tap(this.oneToOne, status, "อยู่ระหว่างดำเนินการ");
		assertThat(text(what)).startsWith("พิมพ์สั้น ๆ ว่าได้ดำเนินการอะไรไปแล้ว");

		List<Reply> percent = say(this.oneToOne, "ติดป้ายหน้าสำนักงานแล้ว ลงเว็บที่ https://www.example.go.th/news/12");
		assertThat(text(percent)).startsWith("ดำเนินการไปแล้วประมาณกี่เปอร์เซ็นต์");
		assertThat(labels(percent)).containsExactly("25%", "50%", "75%", "100%", "ข้ามขั้นตอน");

		List<Reply> evidence = say(this.oneToOne, "๘๐");
		assertThat(text(evidence)).startsWith("ส่งรูปถ่ายหรือไฟล์หลักฐาน");

		assertThat(texts(send(this.oneToOne, "m-1"))).as("one answer per file")
			.containsExactly("ได้รับหลักฐานแล้ว 1 ไฟล์ ส่งเพิ่มได้ หรือกดส่งครบแล้ว");
		List<Reply> more = send(this.oneToOne, "m-2");
		assertThat(texts(more)).containsExactly("ได้รับหลักฐานแล้ว 2 ไฟล์ ส่งเพิ่มได้ หรือกดส่งครบแล้ว");

		List<Reply> summary = tap(this.oneToOne, more, "ส่งครบแล้ว");
		assertThat(text(summary)).contains("สรุปรายงานของกองช่าง")
			.contains("สถานะ: อยู่ระหว่างดำเนินการ")
			.contains("ความคืบหน้า: 80%")
			.contains("หลักฐาน: 2 ไฟล์ ลิงก์ 1 รายการ");
		assertThat(labels(summary)).containsExactly("ยืนยันส่งรายงาน", "แก้ไข", "ยกเลิก");
		assertThat(this.recorded).as("nothing recorded before confirmation").isEmpty();

		List<Reply> done = tap(this.oneToOne, summary, "ยืนยันส่งรายงาน");
		assertThat(texts(done)).singleElement()
			.asString()
			.startsWith("บันทึกรายงานแล้ว ✅ กองช่าง มาตรการที่ 3: อยู่ระหว่างดำเนินการ 80% (รายงานโดยคุณสมชาย)")
			.contains("หลักฐาน 2 ไฟล์ ลิงก์ 1 รายการ");
		ProgressReport report = this.recorded.get(0);
		assertThat(report.getAssignmentId()).isEqualTo("a3");
		assertThat(report.getStatus()).isEqualTo(ProgressStatus.IN_PROGRESS);
		assertThat(report.getPercent()).isEqualTo(80);
		assertThat(report.getText()).isEqualTo("ติดป้ายหน้าสำนักงานแล้ว ลงเว็บที่ https://www.example.go.th/news/12");
		assertThat(report.getLinks()).containsExactly("https://www.example.go.th/news/12");
		assertThat(report.getEvidence()).extracting(Evidence::fileId).containsExactly("gridfs-m-1", "gridfs-m-2");
		assertThat(report.getReportedBy()).isEqualTo("p1");
		assertThat(report.getSource()).isEqualTo(ProgressReport.Source.CHAT);
		assertThat(report.getIdempotencyKey()).startsWith("user:" + SOMCHAI);
		assertThat(this.dialogs.respond(this.oneToOne, new UserInput.Text("สวัสดี", false))).as("dialog over").isEmpty();
	}

	@Test
	void invalidInputIsAskedAgainAndChangesNothing() {
		say(this.oneToOne, "รายงาน");
		assertThat(texts(this.dialogs.respond(this.oneToOne, new UserInput.Sticker("446", "1988")).orElseThrow()))
			.containsExactly("ขออภัย ไม่เข้าใจค่ะ ตอบคำถามด้านล่างต่อได้เลย หรือพิมพ์ “ยกเลิก” เพื่อออกจากการรายงาน",
					texts(say(this.oneToOne, "ย้อนกลับ")).get(1));
		assertThat(texts(say(this.oneToOne, "99")).get(0)).isEqualTo("ไม่พบมาตรการหมายเลขนี้ในรายการค่ะ");
		assertThat(text(say(this.oneToOne, "มาตรการที่ ๗"))).contains("#7 เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง");
		assertThat(texts(say(this.oneToOne, "อืม")).get(0)).isEqualTo("ยังไม่เข้าใจสถานะค่ะ กรุณาแตะเลือกสถานะ");
		assertThat(text(say(this.oneToOne, "ติดปัญหางบประมาณ"))).startsWith("พิมพ์สั้น ๆ");
		assertThat(texts(say(this.oneToOne, "ก")).get(0)).isEqualTo("รายละเอียดสั้นเกินไปค่ะ");
		assertThat(texts(say(this.oneToOne, "x".repeat(2001))).get(0)).startsWith("รายละเอียดยาวเกิน");
		assertThat(text(say(this.oneToOne, "รองบประมาณปี 70 อยู่"))).startsWith("ดำเนินการไปแล้วประมาณกี่เปอร์เซ็นต์");
		assertThat(texts(say(this.oneToOne, "150")).get(0)).isEqualTo("กรุณาพิมพ์ตัวเลข 0–100 หรือกดข้ามค่ะ");
		assertThat(texts(say(this.oneToOne, "ครึ่ง ๆ")).get(0)).isEqualTo("กรุณาพิมพ์ตัวเลข 0–100 หรือกดข้ามค่ะ");
		assertThat(text(say(this.oneToOne, "ข้าม"))).startsWith("ส่งรูปถ่ายหรือไฟล์หลักฐาน");
		assertThat(texts(say(this.oneToOne, "เดี๋ยวส่ง")).get(0)).startsWith("ขั้นตอนนี้รอรูปหรือไฟล์");
		List<Reply> summary = say(this.oneToOne, "ข้ามขั้นตอน");
		assertThat(text(summary)).contains("สถานะ: ติดปัญหา").doesNotContain("ความคืบหน้า:");
		assertThat(texts(say(this.oneToOne, "ขอบคุณ")).get(0)).isEqualTo("กดยืนยันส่งรายงาน หรือแก้ไขค่ะ");
		assertThat(this.recorded).isEmpty();
		say(this.oneToOne, "ยืนยัน");
		assertThat(this.recorded).singleElement().satisfies(r -> {
			assertThat(r.getAssignmentId()).isEqualTo("a7");
			assertThat(r.getStatus()).isEqualTo(ProgressStatus.BLOCKED);
			assertThat(r.getPercent()).isNull();
			assertThat(r.getEvidence()).isEmpty();
		});
	}

	/** The answers that walk one report from the start to the summary. */
	final List<String> steps = List.of("รายงาน", "3", "กำลังทำ", "สั่งทำป้ายแล้ว รอติดตั้ง", "60", "ข้ามขั้นตอน");

	@Test
	void cancelWorksAtEveryStep() {
		for (int n = 1; n <= this.steps.size(); n++) {
			this.steps.subList(0, n).forEach(s -> say(this.oneToOne, s));
			assertThat(texts(say(this.oneToOne, "ยกเลิก"))).as("cancel after %d steps", n)
				.containsExactly("ยกเลิกรายการแล้วค่ะ ข้อมูลที่กรอกไว้ไม่ถูกบันทึก");
			assertThat(this.dialogs.respond(this.oneToOne, new UserInput.Text("60", false))).isEmpty();
		}
		assertThat(this.recorded).isEmpty();
	}

	@Test
	void backAtEveryStepAsksThePreviousQuestionAgain() {
		List<String> questions = new ArrayList<>();
		for (String s : this.steps) {
			questions.add(text(say(this.oneToOne, s)));
		}
		for (int n = this.steps.size() - 1; n >= 1; n--) {
			assertThat(text(say(this.oneToOne, "ย้อนกลับ"))).as("back to question %d", n).isEqualTo(questions.get(n - 1));
		}
		assertThat(texts(say(this.oneToOne, "ย้อนกลับ"))).first().isEqualTo("นี่คือขั้นตอนแรกแล้วค่ะ");
		// and forward again with other answers
		say(this.oneToOne, "2");
		say(this.oneToOne, "เสร็จแล้ว");
		say(this.oneToOne, "อนุมัติคู่มือแล้ว");
		say(this.oneToOne, "100");
		say(this.oneToOne, "ข้าม");
		say(this.oneToOne, "ยืนยัน");
		assertThat(this.recorded).singleElement().satisfies(r -> {
			assertThat(r.getAssignmentId()).isEqualTo("a2");
			assertThat(r.getStatus()).isEqualTo(ProgressStatus.DONE);
			assertThat(r.getPercent()).isEqualTo(100);
		});
	}

	@Test
	void anIdleReportExpiresWithANoticeAndRecordsNothing() {
		say(this.oneToOne, "รายงาน");
		say(this.oneToOne, "3");
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(text(say(this.oneToOne, "กำลังทำ"))).startsWith("พิมพ์สั้น ๆ");
		this.clock.advance(Duration.ofMinutes(31));
		assertThat(this.dialogs.expireIdle()).isEqualTo(1);
		assertThat(this.published).containsExactly(new DialogExpired(this.oneToOne, ProgressReportFlow.ID));
		assertThat(text(say(this.oneToOne, "ทำป้ายแล้ว"))).startsWith("รายการที่ทำค้างไว้หมดเวลาแล้ว");
		assertThat(this.dialogs.respond(this.oneToOne, new UserInput.Text("ทำป้ายแล้ว", false))).isEmpty();
		assertThat(this.recorded).isEmpty();
	}

	@Test
	void aDialogFoundExpiredSaysSoAndAStartCommandBeginsAfresh() {
		say(this.oneToOne, "รายงาน");
		this.clock.advance(Duration.ofHours(1));
		List<String> replies = texts(say(this.oneToOne, "รายงาน"));
		assertThat(replies.get(0)).startsWith("รายการที่ทำค้างไว้หมดเวลาแล้ว");
		assertThat(replies.get(1)).startsWith("เลือกมาตรการที่จะรายงาน");
	}

	@Test
	void theShorthandShowsWhatWasUnderstoodAndRecordsOnlyOnConfirmation() {
		List<Reply> summary = say(this.somchaiInGroup, "#3 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียนแล้ว 80%");
		assertThat(text(summary)).startsWith("คุณสมชาย: สรุปรายงานของกองช่าง")
			.contains("#3 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน")
			.contains("สถานะ: อยู่ระหว่างดำเนินการ")
			.contains("ความคืบหน้า: 80%")
			.contains("อ่านจากข้อความที่พิมพ์");
		assertThat(this.recorded).isEmpty();

		List<Reply> fix = tap(this.somchaiInGroup, summary, "แก้ไข");
		assertThat(labels(fix)).containsExactly("มาตรการ", "สถานะ", "รายละเอียด", "เปอร์เซ็นต์", "หลักฐาน", "ไม่แก้ไข");
		List<Reply> status = tap(this.somchaiInGroup, fix, "สถานะ");
		assertThat(text(status)).contains("สถานะตอนนี้");
		List<Reply> again = tap(this.somchaiInGroup, status, "ดำเนินการแล้ว");
		assertThat(text(again)).contains("สถานะ: ดำเนินการแล้ว").contains("ความคืบหน้า: 80%");
		// a photo sent at the summary is added to it
		assertThat(text(send(this.somchaiInGroup, "m-9"))).contains("หลักฐาน: 1 ไฟล์");
		tap(this.somchaiInGroup, again, "ยืนยันส่งรายงาน");
		assertThat(this.recorded).singleElement().satisfies(r -> {
			assertThat(r.getSource()).isEqualTo(ProgressReport.Source.SHORTHAND);
			assertThat(r.getStatus()).isEqualTo(ProgressStatus.DONE);
			assertThat(r.getText()).isEqualTo("ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียนแล้ว 80%");
			assertThat(r.getChatId()).isEqualTo(GROUP);
			assertThat(r.getEvidence()).hasSize(1);
		});
	}

	@Test
	void aShorthandForAMeasureNotOnTheListOffersTheList() {
		List<String> replies = texts(say(this.oneToOne, "#9 เสร็จแล้ว"));
		assertThat(replies.get(0)).isEqualTo("ไม่พบมาตรการที่ 9 ในรายการที่ต้องรายงานของกองช่างค่ะ");
		assertThat(replies.get(1)).startsWith("เลือกมาตรการที่จะรายงาน");
	}

	@Test
	void aShorthandTooLongIsHeldToTheSameLimitAsTheTypedAnswer() {
		List<String> replies = texts(say(this.oneToOne, "#3 ติดตั้งป้ายเสร็จแล้ว " + "รายละเอียด".repeat(300)));
		assertThat(replies.get(0)).startsWith("รายละเอียดยาวเกิน 2,000 ตัวอักษร");
		assertThat(replies.get(1)).startsWith("พิมพ์สั้น ๆ ว่าได้ดำเนินการอะไรไปแล้ว");
		assertThat(text(say(this.oneToOne, "ติดตั้งป้ายหน้าสำนักงานแล้ว"))).startsWith("ดำเนินการไปแล้วประมาณกี่เปอร์เซ็นต์");
		say(this.oneToOne, "ข้าม");
		assertThat(text(say(this.oneToOne, "ข้าม"))).contains("#3 ทำป้าย").contains("สถานะ: ดำเนินการแล้ว");
		say(this.oneToOne, "ยืนยัน");
		assertThat(this.recorded).singleElement().satisfies(r -> assertThat(r.getText()).isEqualTo("ติดตั้งป้ายหน้าสำนักงานแล้ว"));
	}

	@Test
	void theShorthandWithoutAReadableStatusAsksForIt() {
		assertThat(text(say(this.oneToOne, "#2 ส่งรูปให้ดูครับ"))).contains("สถานะตอนนี้");
		assertThat(text(say(this.oneToOne, "เสร็จแล้ว"))).contains("สรุปรายงาน").contains("สถานะ: ดำเนินการแล้ว");
	}

	@Test
	void theNoticeButtonStartsAtTheStatusOfItsAssignment() {
		List<Reply> status = choose(this.somchaiInGroup, ProgressReportFlow.startData("a7"));
		assertThat(text(status)).startsWith("คุณสมชาย: #7 เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง");
		assertThat(choose(this.somchaiInGroup, ProgressReportFlow.startData("a7"))).as("a double tap says nothing more")
			.isEmpty();
		assertThat(this.dialogs.respond(ChatRef.group(GROUP, STRANGER), new UserInput.Choice(
				ProgressReportFlow.startData("a7"), Map.of())).orElseThrow())
			.as("an unlinked member is told why")
			.singleElement()
			.extracting(r -> ((Reply.Text) r).text())
			.asString()
			.startsWith("ยังรายงานไม่ได้ค่ะ บัญชี LINE นี้ยังไม่ได้ผูก");
		assertThat(this.dialogs.respond(ChatRef.group(GROUP, STRANGER), new UserInput.Text("สวัสดี", false)))
			.as("and no dialog is kept for them")
			.isEmpty();
		// a citizen (or unlinked staff) typing "รายงาน" in their own chat is shown the way to the complaint menu
		List<Reply> citizen = this.dialogs.respond(ChatRef.user(STRANGER), new UserInput.Text("รายงาน", false)).orElseThrow();
		assertThat(text(citizen)).contains("แจ้งเรื่องร้องเรียน").contains("รหัสผูกบัญชี");
		assertThat(labels(citizen)).containsExactly("เมนู");
	}

	@Test
	void aButtonForAnAssignmentNoLongerOpenSaysSoAndOffersTheList() {
		List<String> replies = texts(choose(this.oneToOne, ProgressReportFlow.startData("gone")));
		assertThat(replies.get(0)).isEqualTo("มาตรการนี้ไม่ได้อยู่ในรายการที่ต้องรายงานของหน่วยงานแล้วค่ะ");
		assertThat(replies.get(1)).startsWith("เลือกมาตรการ");
	}

	@Test
	void nothingOpenIsSaidAtOnce() {
		this.targets = List.of();
		assertThat(texts(say(this.oneToOne, "รายงาน"))).containsExactly("ตอนนี้ไม่มีมาตรการที่ต้องรายงานค้างอยู่ค่ะ");
	}

	@Test
	void manyAssignmentsArePagedTenAtATime() {
		this.targets = IntStream.rangeClosed(1, 25)
			.mapToObj(n -> new ReportTarget("a" + n, n, "มาตรการทดสอบ " + n, null))
			.toList();
		List<Reply> first = say(this.oneToOne, "รายงาน");
		assertThat(text(first)).contains("หน้า 1/3");
		assertThat(labels(first)).hasSize(11).last().isEqualTo("ถัดไป ›");
		List<Reply> second = tap(this.oneToOne, first, "ถัดไป ›");
		assertThat(text(second)).contains("หน้า 2/3").contains("#11 มาตรการทดสอบ 11").doesNotContain("#10 ");
		assertThat(labels(second)).hasSize(12).contains("‹ ก่อนหน้า", "ถัดไป ›");
		assertThat(text(say(this.oneToOne, "#23"))).contains("#23 มาตรการทดสอบ 23").contains("สถานะตอนนี้");
	}

	@Test
	void aMentionOrTheCommandStartsButGroupChatterDoesNot() {
		assertThat(this.dialogs.respond(this.somchaiInGroup, new UserInput.Text("ประชุมเรื่องรายงานพรุ่งนี้นะ", false)))
			.isEmpty();
		assertThat(this.dialogs.respond(this.somchaiInGroup, new UserInput.Text("@ติดตาม ขอดูเมนูหน่อย", true))).isEmpty();
		assertThat(text(this.dialogs.respond(this.somchaiInGroup, new UserInput.Text("@ติดตาม", true)).orElseThrow()))
			.startsWith("คุณสมชาย: เลือกมาตรการ");
		assertThat(text(this.dialogs.respond(this.wilaiInGroup, new UserInput.Text("@ติดตาม ขอรายงานครับ", true))
			.orElseThrow())).startsWith("คุณวิไล: เลือกมาตรการ");
	}

	@Test
	void aPercentTypedWithWhatWasDoneIsNotAskedAgain() {
		say(this.oneToOne, "รายงาน");
		say(this.oneToOne, "3");
		say(this.oneToOne, "กำลังทำ");
		assertThat(text(say(this.oneToOne, "ออกแบบป้ายเสร็จ สั่งผลิตแล้ว ประมาณ 40%"))).startsWith("ส่งรูปถ่าย");
	}

	@Test
	void twoPeopleReportAtOnceInOneGroupAndOnlyTheOwnerMovesTheirDialog() {
		List<Reply> somchai = say(this.somchaiInGroup, "รายงาน");
		List<Reply> wilai = say(this.wilaiInGroup, "รายงาน");
		assertThat(text(somchai)).startsWith("คุณสมชาย:");
		assertThat(text(wilai)).startsWith("คุณวิไล:");

		// วิไล taps the button on สมชาย's question: her own dialog says so and stays where it was
		List<Reply> notHers = tap(this.wilaiInGroup, somchai, "#3 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน");
		assertThat(texts(notHers).get(0)).startsWith("คุณวิไล: ปุ่มนี้เป็นของรายการของผู้อื่น");
		assertThat(texts(notHers).get(1)).startsWith("เลือกมาตรการ");
		// a stranger with no dialog tapping it starts nothing
		Reply.Option pick = option(somchai, "#3 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน");
		assertThat(this.dialogs.respond(ChatRef.group(GROUP, STRANGER), new UserInput.Choice(pick.data(), Map.of())))
			.isEmpty();

		tap(this.somchaiInGroup, somchai, "#3 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน");
		tap(this.wilaiInGroup, wilai, "#2 จัดทำคู่มือการปฏิบัติงาน");
		say(this.wilaiInGroup, "ยังไม่ได้ทำ");
		say(this.somchaiInGroup, "กำลังทำ");
		say(this.somchaiInGroup, "ติดตั้งแล้วสองจุด");
		say(this.wilaiInGroup, "รอหัวหน้าอนุมัติเนื้อหา");
		say(this.wilaiInGroup, "0");
		say(this.somchaiInGroup, "50");
		send(this.somchaiInGroup, "m-s1");
		say(this.wilaiInGroup, "ข้าม");
		say(this.somchaiInGroup, "ส่งครบแล้ว");
		assertThat(text(say(this.wilaiInGroup, "ยืนยัน"))).startsWith("บันทึกรายงานแล้ว ✅ กองช่าง มาตรการที่ 2: ยังไม่ดำเนินการ 0%");
		assertThat(text(say(this.somchaiInGroup, "ยืนยัน")))
			.startsWith("บันทึกรายงานแล้ว ✅ กองช่าง มาตรการที่ 3: อยู่ระหว่างดำเนินการ 50% (รายงานโดยคุณสมชาย)");
		assertThat(this.recorded).extracting(ProgressReport::getReportedBy, ProgressReport::getAssignmentId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("p2", "a2"), org.assertj.core.groups.Tuple.tuple("p1", "a3"));
		assertThat(this.recorded.get(0).getIdempotencyKey()).isNotEqualTo(this.recorded.get(1).getIdempotencyKey());
		assertThat(this.recorded.get(1).getEvidence()).extracting(Evidence::lineMessageId).containsExactly("m-s1");
	}

	@Test
	void aMeasureTakenFromTheDivisionDuringTheDialogIsNotRecordedAndThePersonIsToldWhy() {
		say(this.somchaiInGroup, "#3 ติดป้ายเสร็จแล้ว");
		this.archived.add("a3");
		assertThat(texts(say(this.somchaiInGroup, "ยืนยัน"))).containsExactly("คุณสมชาย: มาตรการที่ 3 "
				+ "ไม่ได้อยู่ในความรับผิดชอบของกองช่างแล้วค่ะ (ถูกยกเลิกหรือเปลี่ยนผู้รับผิดชอบระหว่างที่กรอกรายงาน) "
				+ "รายงานนี้จึงยังไม่ได้บันทึก พิมพ์ “รายงาน” เพื่อเลือกมาตรการอีกครั้ง");
		assertThat(this.recorded).isEmpty();
		assertThat(this.dialogs.respond(this.somchaiInGroup, new UserInput.Text("ยืนยัน", false))).as("dialog over")
			.isEmpty();
	}

	@Test
	void aFileThatCouldNotBeStoredIsNamedInTheConfirmation() {
		List.of("#3 เสร็จแล้ว").forEach(s -> say(this.oneToOne, s));
		send(this.oneToOne, "lost-1");
		send(this.oneToOne, "m-1");
		assertThat(text(say(this.oneToOne, "ยืนยัน"))).contains("หลักฐาน 1 ไฟล์").contains("มี 1 ไฟล์ที่ดาวน์โหลดจาก LINE ไม่ได้");
		assertThat(this.recorded.get(0).getEvidence()).hasSize(1);
	}

	@Test
	void theFileLimitPerReportHolds() {
		say(this.oneToOne, "#3 เสร็จแล้ว");
		for (int i = 0; i < ProgressReportFlow.MAX_FILES; i++) {
			send(this.oneToOne, "m-" + i);
		}
		assertThat(texts(send(this.oneToOne, "m-extra")).get(0)).isEqualTo("แนบหลักฐานได้ไม่เกิน 10 ไฟล์ต่อรายงานค่ะ");
		assertThat(texts(send(this.oneToOne, "m-1")).get(0)).as("the same message twice counts once").contains("สรุปรายงาน");
	}

	@Test
	void theLastReportCanBeViewedCorrectedAndWithdrawnFromChat() {
		assertThat(texts(say(this.oneToOne, "รายงานล่าสุด"))).containsExactly("ยังไม่พบรายงานของคุณที่ยังมีผลอยู่ค่ะ");
		say(this.oneToOne, "#3 กำลังทำ 40%");
		say(this.oneToOne, "ยืนยัน");
		this.clock.advance(Duration.ofHours(2));

		List<Reply> last = say(this.oneToOne, "รายงานล่าสุด");
		assertThat(texts(last).get(0)).startsWith("รายงานล่าสุดของคุณ เมื่อ 1 ม.ค. 2569");
		assertThat(text(last)).contains("#3 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน").contains("ความคืบหน้า: 40%")
			.contains("(บันทึกแล้ว)")
			.doesNotContain("ตรวจสอบก่อนยืนยัน");
		assertThat(labels(last)).containsExactly("แก้ไข", "ถอนรายงาน", "ปิด");
		List<Reply> fix = tap(this.oneToOne, last, "แก้ไข");
		List<Reply> percent = tap(this.oneToOne, fix, "เปอร์เซ็นต์");
		assertThat(text(percent)).startsWith("ดำเนินการไปแล้วประมาณกี่เปอร์เซ็นต์");
		List<Reply> summary = say(this.oneToOne, "60");
		assertThat(text(summary)).contains("ความคืบหน้า: 60%").contains("รายงานแก้ไขแทนฉบับเดิม");
		tap(this.oneToOne, summary, "ยืนยันส่งรายงาน");
		assertThat(this.recorded).hasSize(2);
		assertThat(this.recorded.get(1).getCorrects()).isEqualTo(this.recorded.get(0).getId());
		assertThat(this.recorded.get(1).getPercent()).isEqualTo(60);
		assertThat(this.recorded.get(1).getText()).isEqualTo(this.recorded.get(0).getText());

		List<Reply> again = say(this.oneToOne, "ถอนรายงาน");
		assertThat(text(again)).contains("ความคืบหน้า: 60%");
		List<Reply> ask = tap(this.oneToOne, again, "ถอนรายงาน");
		assertThat(text(ask)).startsWith("ยืนยันถอนรายงานมาตรการที่ 3");
		assertThat(text(say(this.oneToOne, "ย้อนกลับ"))).contains("ความคืบหน้า: 60%");
		ask = tap(this.oneToOne, again, "ถอนรายงาน");
		assertThat(texts(tap(this.oneToOne, ask, "ยืนยันถอน"))).containsExactly("ถอนรายงานแล้ว: กองช่าง มาตรการที่ 3 (โดยคุณสมชาย)");
		assertThat(this.recorded.get(1).getWithdrawnAt()).isNotNull();
		assertThat(this.recorded.get(0).getWithdrawnAt()).isNull();
		// and "close" leaves everything as it was
		List<Reply> none = say(this.oneToOne, "รายงานล่าสุด");
		assertThat(texts(none)).containsExactly("ยังไม่พบรายงานของคุณที่ยังมีผลอยู่ค่ะ");
	}

	@Test
	void photosSentJustAfterReportingAreAttachedToTheReportTheSenderPicks() {
		say(this.somchaiInGroup, "#3 ติดป้ายแล้ว");
		say(this.somchaiInGroup, "ยืนยัน");
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.dialogs.respond(this.wilaiInGroup, new UserInput.Media("w-1", UserInput.MediaKind.IMAGE, null, null)))
			.as("another member's photo is not taken").isEmpty();
		List<Reply> ask = send(this.somchaiInGroup, "m-late-1");
		assertThat(text(ask)).isEqualTo("คุณสมชาย: ได้รับไฟล์ 1 ไฟล์ค่ะ เป็นหลักฐานของรายงานใด");
		assertThat(labels(ask)).containsExactly("#3 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน", "ไม่ใช่หลักฐาน");
		send(this.somchaiInGroup, "m-late-2");
		List<Reply> done = tap(this.somchaiInGroup, ask, "#3 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน");
		assertThat(texts(done)).containsExactly("แนบหลักฐานเพิ่ม 2 ไฟล์ ในรายงานมาตรการที่ 3 แล้วค่ะ");
		assertThat(this.attached).extracting(Evidence::lineMessageId).containsExactly("m-late-1", "m-late-2");
		// minutes later a photo is just a photo
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(this.dialogs.respond(this.somchaiInGroup, new UserInput.Media("m-late-3", UserInput.MediaKind.IMAGE,
				null, null))).isEmpty();
	}

	@Test
	void aPhotoAfterTwoReportsOnOneMeasureGoesToTheNewest() {
		// found by DialogFuzzTests: each recent report had its button, two with the same label
		say(this.oneToOne, "#3 ติดป้ายแล้ว");
		say(this.oneToOne, "ยืนยัน");
		this.clock.advance(Duration.ofMinutes(1));
		say(this.oneToOne, "#3 ติดป้ายครบทุกจุดแล้ว");
		say(this.oneToOne, "ยืนยัน");
		List<Reply> ask = send(this.oneToOne, "m-both");
		assertThat(labels(ask)).containsExactly("#3 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน", "ไม่ใช่หลักฐาน");
		tap(this.oneToOne, ask, "#3 ทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน");
		org.mockito.Mockito.verify(this.progress).addEvidence(org.mockito.ArgumentMatchers.eq("r2"), any());
	}

	@Test
	void aPhotoAfterReportingCanBeDeclaredNotEvidence() {
		say(this.oneToOne, "#3 ติดป้ายแล้ว");
		say(this.oneToOne, "ยืนยัน");
		List<Reply> ask = send(this.oneToOne, "m-cat");
		assertThat(texts(tap(this.oneToOne, ask, "ไม่ใช่หลักฐาน"))).containsExactly("รับทราบค่ะ ไม่ได้แนบไฟล์นี้กับรายงาน");
		assertThat(this.attached).isEmpty();
	}

	@Test
	void closingTheLastReportChangesNothing() {
		say(this.oneToOne, "#2 เสร็จแล้ว");
		say(this.oneToOne, "ยืนยัน");
		List<Reply> last = say(this.oneToOne, "รายงานล่าสุด");
		assertThat(texts(say(this.oneToOne, "แก้ไข"))).first().asString().startsWith("ขออภัย ไม่เข้าใจค่ะ").contains("ยกเลิก");
		assertThat(texts(tap(this.oneToOne, last, "ปิด"))).containsExactly("ปิดรายการแล้วค่ะ");
		assertThat(this.recorded).hasSize(1);
	}

	private List<Reply> say(ChatRef chat, String text) {
		return this.dialogs.respond(chat, new UserInput.Text(text, false)).orElseThrow();
	}

	private List<Reply> send(ChatRef chat, String messageId) {
		return this.dialogs.respond(chat, new UserInput.Media(messageId, UserInput.MediaKind.IMAGE, null, null))
			.orElseThrow();
	}

	private List<Reply> choose(ChatRef chat, String data) {
		return this.dialogs.respond(chat, new UserInput.Choice(data, Map.of())).orElseThrow();
	}

	/** Taps the option labelled {@code label} on the last reply as {@code chat}'s person. */
	private List<Reply> tap(ChatRef chat, List<Reply> replies, String label) {
		Reply.Option option = option(replies, label);
		return option.data() != null ? choose(chat, option.data()) : say(chat, option.text());
	}

	private static Reply.Option option(List<Reply> replies, String label) {
		return replies.get(replies.size() - 1)
			.options()
			.stream()
			.filter(o -> o.label().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no option " + label + " in " + replies));
	}

	private static List<String> labels(List<Reply> replies) {
		return replies.get(replies.size() - 1).options().stream().map(Reply.Option::label).toList();
	}

	/** The last reply's text (the question). */
	private static String text(List<Reply> replies) {
		List<String> all = texts(replies);
		return all.get(all.size() - 1);
	}

	private static List<String> texts(List<Reply> replies) {
		return replies.stream().map(r -> ((Reply.Text) r).text()).toList();
	}

}
