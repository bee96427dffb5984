package org.tidtam.conversation;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationServiceTests {

	final ConversationService conversation = new ConversationService(
			new Dialogs(java.util.List.of(), new InMemoryChatSessions(), messages(), java.time.Clock.systemUTC(), e -> {
			}), messages(), "เทศบาลตำบลคลองพน",
			"https://tidtam.example.go.th/", "");

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/chat");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	final ChatRef citizen = ChatRef.user("U11111111111111111111111111111111");

	final ChatRef group = ChatRef.group("C22222222222222222222222222222222", "U11111111111111111111111111111111");

	@Test
	void followGetsTheWelcomeWithThePrivacyLink() {
		List<Reply> replies = this.conversation.respond(this.citizen, new UserInput.Followed(false));
		assertThat(replies).singleElement().isInstanceOfSatisfying(Reply.Flex.class, flex -> {
			assertThat(flex.template()).isEqualTo("line/welcome");
			assertThat(flex.values()).containsEntry("orgName", "เทศบาลตำบลคลองพน")
				.containsEntry("privacyUrl", "https://tidtam.example.go.th/privacy");
			assertThat(flex.options()).extracting(Reply.Option::text).contains("วิธีใช้งาน");
		});
	}

	@Test
	void joiningAGroupGreetsIt() {
		assertThat(this.conversation.respond(this.group, new UserInput.JoinedGroup())).singleElement()
			.isInstanceOfSatisfying(Reply.Flex.class, flex -> assertThat(flex.template()).isEqualTo("line/group-greeting"));
	}

	@Test
	void unknownTextGetsAHelpfulThaiAnswerQuotingItShortened() {
		String longText = "ถนนหน้าบ้านเป็นหลุมเป็นบ่อ ".repeat(20);
		List<Reply> replies = this.conversation.respond(this.citizen, new UserInput.Text(longText, false));
		assertThat(replies).singleElement().isInstanceOfSatisfying(Reply.Text.class, text -> {
			assertThat(text.text()).startsWith("ขออภัยค่ะ ระบบยังไม่เข้าใจข้อความ “ถนนหน้าบ้าน").contains("…”").contains("วิธีใช้งาน");
			assertThat(text.text().length()).isLessThan(200);
			assertThat(text.options()).isNotEmpty();
		});
	}

	@Test
	void aStepWordAfterTheDialogEndedSaysNothingIsUnderWay() {
		for (String word : List.of("ยืนยัน", "ยกเลิก", " ถัดไป ", "ข้าม")) {
			assertThat(this.conversation.respond(this.citizen, new UserInput.Text(word, false))).as(word)
				.singleElement()
				.isInstanceOfSatisfying(Reply.Text.class,
						t -> assertThat(t.text()).contains("ไม่มีรายการที่กำลังทำอยู่").doesNotContain("ไม่เข้าใจ"));
		}
	}

	@Test
	void helpWordsShowHelp() {
		for (String word : List.of("วิธีใช้งาน", "help", " HELP ", "เมนู", "/help")) {
			assertThat(this.conversation.respond(this.citizen, new UserInput.Text(word, false))).as(word)
				.singleElement()
				.isInstanceOfSatisfying(Reply.Flex.class, f -> assertThat(f.template()).isEqualTo("line/help"));
		}
	}

	@Test
	void groupChatterIsIgnoredUnlessTheBotIsAddressed() {
		assertThat(this.conversation.respond(this.group, new UserInput.Text("เย็นนี้กินอะไรดี", false))).isEmpty();
		assertThat(this.conversation.respond(this.group, new UserInput.Sticker("446", "1988"))).isEmpty();
		assertThat(this.conversation.respond(this.group, new UserInput.Text("@ติดตาม วิธีใช้งาน", true))).isNotEmpty();
		assertThat(this.conversation.respond(this.group, new UserInput.Text("/help", false))).isNotEmpty();
	}

	@Test
	void stickersPlacesAndPhotosAreAcknowledgedInOneToOne() {
		assertThat(text(new UserInput.Sticker("446", "1988"))).contains("สติกเกอร์");
		assertThat(text(new UserInput.Place("ตลาด", "ถนนเพชรเกษม", 13.7, 100.5))).contains("ถนนเพชรเกษม");
		assertThat(text(new UserInput.Media("1", UserInput.MediaKind.IMAGE, null, null))).contains("รูปภาพ");
	}

	private String text(UserInput input) {
		return ((Reply.Text) this.conversation.respond(this.citizen, input).get(0)).text();
	}

}
