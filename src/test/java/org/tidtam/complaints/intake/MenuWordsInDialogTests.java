package org.tidtam.complaints.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.tidtam.complaints.integrity.IntegrityDesk;
import org.tidtam.complaints.integrity.IntegrityFlow;
import org.tidtam.complaints.integrity.IntegrityStatus;
import org.tidtam.complaints.integrity.NewIntegrityReport;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.ConversationServiceTestSupport;
import org.tidtam.conversation.Dialogs;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.UserInput;
import org.tidtam.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen's menu is always on screen: tapping another entry half-way through a dialog leaves the
 * unsent dialog for that entry (above all for the confidential corruption channel) and is never stored
 * as an answer; the same dialog's own entry, or help, asks the current question again.
 */
class MenuWordsInDialogTests {

	final FakeDesk desk = new FakeDesk();

	final List<NewIntegrityReport> tips = new ArrayList<>();

	final IntegrityDesk integrity = new IntegrityDesk() {
		@Override
		public String submit(NewIntegrityReport report) {
			MenuWordsInDialogTests.this.tips.add(report);
			return "ท-2569-000001";
		}

		@Override
		public Optional<IntegrityStatus> status(String lineUserId, String ticket) {
			return Optional.empty();
		}

		@Override
		public boolean add(String lineUserId, String ticket, String text, List<String> files, String dialogId) {
			return false;
		}
	};

	final Dialogs dialogs = new Dialogs(
			List.<Flow<?>>of(new ComplaintFlow(this.desk, new ServiceArea(13.7563, 100.5018, 15), 10),
					new TrackingFlow(this.desk), new CaseAnswerFlow(this.desk), new IntegrityFlow(this.integrity)),
			ConversationServiceTestSupport.sessions(), ConversationServiceTestSupport.messages(), new MutableClock(),
			e -> {
			}, new CitizenMenu().options().stream().map(Reply.Option::text).collect(Collectors.toSet()));

	final ChatRef malee = ChatRef.user("U00000000000000000000000000000002");

	@Test
	void tappingCorruptionReportMidComplaintGoesToTheConfidentialChannel() {
		say("แจ้งเรื่องร้องเรียน/ร้องทุกข์");
		say("2");
		say("ไฟถนนดับทั้งซอย");
		assertThat(say("ข้าม").get(0)).contains("แชร์ตำแหน่ง");
		List<String> switched = say(IntegrityFlow.MENU);
		assertThat(switched.get(0)).contains("ยกเลิก");
		assertThat(String.join("\n", switched)).contains("ความลับ");
		assertThat(this.dialogs.confidential(this.malee)).isTrue();
		// nothing of the complaint was filed, and the tap is nowhere in it
		assertThat(this.desk.filed).isEmpty();
	}

	@Test
	void theDialogsOwnEntryOrHelpAsksTheSameQuestionAgain() {
		say("แจ้งเรื่องร้องเรียน/ร้องทุกข์");
		say("2");
		List<String> question = say("ไฟถนนดับทั้งซอย");
		for (String word : List.of("แจ้งเรื่องร้องเรียน/ร้องทุกข์", "เมนู", "วิธีใช้งาน")) {
			List<String> again = say(word);
			assertThat(again.get(0)).as(word).contains("กำลังทำรายการนี้อยู่").contains("ยกเลิก");
			assertThat(again.subList(1, again.size())).as(word).isEqualTo(question);
		}
		// and the dialog goes on where it was
		assertThat(say("ข้าม").get(0)).contains("แชร์ตำแหน่ง");
		assertThat(say("ติดตามเรื่อง").get(0)).contains("ยกเลิก");
		assertThat(this.dialogs.underWay(this.malee)).as("tracking answers at once, no dialog left").isFalse();
		assertThat(Set.copyOf(this.desk.filed.keySet())).isEmpty();
	}

	private List<String> say(String text) {
		List<Reply> replies = this.dialogs.respond(this.malee, new UserInput.Text(text, false)).orElseThrow();
		return replies.stream().map(r -> r instanceof Reply.Text t ? t.text() : r.toString()).toList();
	}

}
