package org.tidtam.complaints.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.ConversationServiceTestSupport;
import org.tidtam.conversation.Dialogs;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.UserInput;
import org.tidtam.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The corruption-report dialogs as scripts: anonymous by default, no echo of content, evidence, follow-up. */
class IntegrityFlowTests {

	static final String SECRET = "ปลัดรับเงินใต้โต๊ะค่าใบอนุญาต 5,000 บาท";

	final List<NewIntegrityReport> filed = new ArrayList<>();

	final List<String> added = new ArrayList<>();

	final IntegrityDesk desk = new IntegrityDesk() {
		@Override
		public String submit(NewIntegrityReport report) {
			IntegrityFlowTests.this.filed.add(report);
			return "ท-2569-000007";
		}

		@Override
		public Optional<IntegrityStatus> status(String lineUserId, String ticket) {
			return ticket.equals("ท-2569-000007") && lineUserId.equals("U1") ? Optional.of(IntegrityStatus.REVIEWING)
					: Optional.empty();
		}

		@Override
		public boolean add(String lineUserId, String ticket, String text, List<String> files, String dialogId) {
			IntegrityFlowTests.this.added.add(ticket + "|" + text + "|" + files);
			return true;
		}
	};

	final Dialogs dialogs = new Dialogs(List.<Flow<?>>of(new IntegrityFlow(this.desk), new IntegrityFollowUpFlow(this.desk)),
			ConversationServiceTestSupport.sessions(), ConversationServiceTestSupport.messages(), new MutableClock(),
			e -> {
			});

	final ChatRef reporter = ChatRef.user("U1");

	final ChatRef other = ChatRef.user("U2");

	@Test
	void anonymousByDefaultAndNothingIsEchoed() {
		List<String> first = say(this.reporter, "แจ้งเบาะแสการทุจริต");
		assertThat(first.get(0)).contains("ความลับ").contains("ไม่ต้องระบุตัวตน");
		assertThat(say(this.reporter, " ").get(0)).contains("พิมพ์เป็นข้อความ");
		List<String> answers = new ArrayList<>();
		answers.addAll(say(this.reporter, SECRET));
		for (int i = 1; i <= 7; i++) {
			answers.addAll(send(this.reporter, new UserInput.Media("f" + i, UserInput.MediaKind.FILE, "slip.pdf", 10L)));
		}
		assertThat(answers).filteredOn(a -> a.contains("ครบ 5 ไฟล์")).hasSize(1);
		List<Reply> identity = this.dialogs.respond(this.reporter, new UserInput.Text("ไม่ระบุตัวตน", false)).orElseThrow();
		String summary = ((Reply.Text) identity.get(0)).text();
		answers.add(summary);
		assertThat(summary).contains("หลักฐาน: 5 ไฟล์").contains("ผู้แจ้ง: ไม่ระบุตัวตน");
		answers.addAll(say(this.reporter, "ยืนยัน"));
		assertThat(answers.get(answers.size() - 1)).contains("ท-2569-000007");
		assertThat(answers).noneMatch(a -> a.contains("ใต้โต๊ะ"));
		NewIntegrityReport report = this.filed.get(0);
		assertThat(report.anonymous()).isTrue();
		assertThat(report.name()).isNull();
		assertThat(report.description()).isEqualTo(SECRET);
		assertThat(report.evidenceMessageIds()).containsExactly("f1", "f2", "f3", "f4", "f5");
		assertThat(report.lineUserId()).isEqualTo("U1");
	}

	@Test
	void anAdditionHoldsAtMostFiveThousandCharacters() {
		// found by DialogFuzzTests: every text was kept, so the draft, and the dialog's history of it, grew without end
		say(this.reporter, "ท-2569-000007");
		assertThat(say(this.reporter, "ก".repeat(4000)).get(0)).contains("1 ข้อความ");
		assertThat(say(this.reporter, "ข".repeat(1000)).get(0)).as("with the line break between, one too many")
			.contains("ยาวเกิน 5,000").contains("ยังไม่ได้รับไว้");
		assertThat(say(this.reporter, "ข".repeat(999)).get(0)).contains("2 ข้อความ");
		say(this.reporter, "ส่งข้อมูลเพิ่มเติม");
		assertThat(this.added).singleElement().asString().hasSize("ท-2569-000007|".length() + 5000 + "|[]".length());
	}

	@Test
	void anAdditionSaysSoWhenItHasFiveFilesAlready() {
		say(this.reporter, "ท-2569-000007");
		for (int i = 1; i <= 5; i++) {
			assertThat(send(this.reporter, new UserInput.Media("a" + i, UserInput.MediaKind.FILE, "slip.pdf", 10L)).get(0))
				.contains(i + " ไฟล์");
		}
		assertThat(send(this.reporter, new UserInput.Media("a6", UserInput.MediaKind.FILE, "slip.pdf", 10L)).get(0))
			.as("the sixth is refused aloud, not dropped in silence")
			.startsWith("รับหลักฐานไว้ครบ 5 ไฟล์แล้วค่ะ ไฟล์ที่เกินไม่ได้บันทึก")
			.contains("5 ไฟล์)");
		say(this.reporter, "ส่งข้อมูลเพิ่มเติม");
		assertThat(this.added).singleElement().asString().endsWith("[a1, a2, a3, a4, a5]");
	}

	@Test
	void theIdentityOptionOffersAnonymityFirst() {
		say(this.reporter, "แจ้งเบาะแสการทุจริต");
		say(this.reporter, SECRET);
		List<Reply> ask = this.dialogs.respond(this.reporter, new UserInput.Text("ข้าม", false)).orElseThrow();
		assertThat(ask.get(0).options().get(0).label()).isEqualTo("ไม่ระบุตัวตน");
		say(this.reporter, "ระบุชื่อและเบอร์ติดต่อ");
		say(this.reporter, "สมศรี กล้าหาญ");
		assertThat(say(this.reporter, "12345").get(0)).contains("ไม่ถูกต้อง");
		say(this.reporter, "089-999-9999");
		say(this.reporter, "ยืนยัน");
		NewIntegrityReport report = this.filed.get(0);
		assertThat(report.anonymous()).isFalse();
		assertThat(report.phone()).isEqualTo("0899999999");
		assertThat(this.dialogs.confidential(this.reporter)).isFalse();
	}

	@Test
	void theDialogIsConfidentialWhileItRuns() {
		say(this.reporter, "แจ้งเบาะแสการทุจริต");
		assertThat(this.dialogs.confidential(this.reporter)).isTrue();
		assertThat(this.dialogs.confidential(this.other)).isFalse();
		say(this.reporter, "ยกเลิก");
		assertThat(this.dialogs.confidential(this.reporter)).isFalse();
		assertThat(this.filed).isEmpty();
	}

	@Test
	void theReporterFollowsUpAndOthersLearnNothing() {
		assertThat(say(this.other, "ท-2569-000007")).singleElement().asString().contains("ไม่พบ");
		assertThat(this.dialogs.confidential(this.other)).isFalse();
		String status = say(this.reporter, "ท-2569-000007").get(0);
		assertThat(status).contains("อยู่ระหว่างตรวจสอบข้อเท็จจริง");
		assertThat(say(this.reporter, "ส่งข้อมูลเพิ่มเติม").get(0)).contains("ยังไม่มีข้อมูลเพิ่มเติม");
		say(this.reporter, "เกิดซ้ำเมื่อวานนี้");
		send(this.reporter, new UserInput.Media("g1", UserInput.MediaKind.IMAGE, null, null));
		assertThat(say(this.reporter, "ส่งข้อมูลเพิ่มเติม").get(0)).contains("ส่งข้อมูลเพิ่มเติมของเบาะแสเลขที่ ท-2569-000007");
		assertThat(this.added).containsExactly("ท-2569-000007|เกิดซ้ำเมื่อวานนี้|[g1]");
	}

	private List<String> say(ChatRef chat, String text) {
		return send(chat, new UserInput.Text(text, false));
	}

	private List<String> send(ChatRef chat, UserInput input) {
		return this.dialogs.respond(chat, input).orElseThrow().stream().map(r -> ((Reply.Text) r).text()).toList();
	}

	static Map<String, String> none() {
		return Map.of();
	}

}
