package org.tidtam.complaints.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tidtam.complaints.Feedback;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.ConversationServiceTestSupport;
import org.tidtam.conversation.Dialogs;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.UserInput;
import org.tidtam.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackFlowTests {

	final List<String> recorded = new ArrayList<>();

	final Dialogs dialogs = new Dialogs(
			List.<Flow<?>>of(new FeedbackFlow((user, kind, text, key) -> this.recorded.add(user + "|" + kind + "|" + text))),
			ConversationServiceTestSupport.sessions(), ConversationServiceTestSupport.messages(), new MutableClock(), e -> {
			});

	final ChatRef citizen = ChatRef.user("U1");

	@Test
	void praiseIsRecordedAndThanked() {
		List<String> first = say("ข้อเสนอแนะ/ติชม");
		assertThat(first.get(0)).contains("ไม่ต้องระบุชื่อ");
		// a typed answer to the choice: told to tap, without the privacy notice again
		assertThat(say("อะไร")).singleElement().asString().contains("แตะเลือกประเภท").contains("เป็นเรื่องใด")
			.doesNotContain("ไม่ต้องระบุชื่อ");
		assertThat(say("ชมเชย").get(0)).contains("พิมพ์ข้อความ");
		assertThat(send(new UserInput.Sticker("1", "2")).get(0)).contains("พิมพ์เป็นข้อความ");
		assertThat(say("ก".repeat(5001)).get(0)).contains("ยาวเกินไป").contains("5,001");
		assertThat(say("เจ้าหน้าที่กองคลังบริการดีมาก").get(0)).contains("ขอบคุณสำหรับคำชมเชยค่ะ");
		assertThat(this.recorded).containsExactly("U1|" + Feedback.Kind.PRAISE + "|เจ้าหน้าที่กองคลังบริการดีมาก");
		assertThat(this.dialogs.respond(this.citizen, new UserInput.Text("อีก", false))).isEmpty();
	}

	@Test
	void theLengthInTheRefusalDoesNotFollowTheServersLanguage() {
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.GERMANY);
		try {
			say("ข้อเสนอแนะ/ติชม");
			say("ชมเชย");
			assertThat(say("ก".repeat(5001)).get(0)).contains("5,001").doesNotContain("5.001");
		}
		finally {
			Locale.setDefault(before);
		}
	}

	private List<String> say(String text) {
		return send(new UserInput.Text(text, false));
	}

	private List<String> send(UserInput input) {
		return this.dialogs.respond(this.citizen, input).orElseThrow().stream().map(r -> ((Reply.Text) r).text()).toList();
	}

}
