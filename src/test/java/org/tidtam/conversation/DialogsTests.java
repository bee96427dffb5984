package org.tidtam.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tidtam.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialog engine with a small flow written as a script: every step, a re-prompt on bad input,
 * back and cancel at every step, expiry with its notice, and two people in one group at once.
 */
class DialogsTests {

	/** A two-question flow: name, then a phone number (digits only), then a confirmation. */
	record ContactDraft(String name, String phone) {
	}

	static final class ContactFlow implements Flow<ContactDraft> {

		@Override
		public String id() {
			return "contact";
		}

		@Override
		public Class<ContactDraft> draftType() {
			return ContactDraft.class;
		}

		@Override
		public Optional<ContactDraft> start(ChatRef chat, UserInput input) {
			return input instanceof UserInput.Text t && t.text().equals("ฝากเบอร์") ? Optional.of(new ContactDraft(null, null))
					: Optional.empty();
		}

		@Override
		public Turn<ContactDraft> prompt(ContactDraft draft) {
			if (draft.name() == null) {
				return Turn.next(draft, Reply.Text.of("ask-name"));
			}
			if (draft.phone() == null) {
				return Turn.next(draft, Reply.Text.of("ask-phone"));
			}
			return Turn.next(draft, Reply.Text.of("confirm " + draft.name() + " " + draft.phone()));
		}

		@Override
		public Turn<ContactDraft> handle(ContactDraft draft, UserInput input) {
			if (!(input instanceof UserInput.Text text)) {
				return prompt(draft); // a sticker where text is expected: ask again
			}
			String t = text.text().strip();
			if (draft.name() == null) {
				return prompt(new ContactDraft(t, null));
			}
			if (draft.phone() == null) {
				return t.matches("0\\d{8,9}") ? prompt(new ContactDraft(draft.name(), t))
						: Turn.next(draft, Reply.Text.of("bad-phone"), Reply.Text.of("ask-phone"));
			}
			return t.equals("ยืนยัน") ? Turn.complete(draft, Reply.Text.of("saving " + draft.name())) : prompt(draft);
		}

		final List<String> completed = new ArrayList<>();

		@Override
		public List<Reply> complete(ChatRef chat, ContactDraft draft, String dialogId) {
			this.completed.add(dialogId + " " + draft.phone());
			return List.of(Reply.Text.of("saved " + draft.name() + " for " + chat.userId()));
		}

	}

	final MutableClock clock = new MutableClock();

	final List<Object> published = new ArrayList<>();

	final ContactFlow flow = new ContactFlow();

	final InMemoryChatSessions sessions = new InMemoryChatSessions();

	final Dialogs dialogs = new Dialogs(List.of(this.flow), this.sessions, ConversationServiceTests.messages(),
			this.clock, this.published::add, List.of(Reply.Option.say("ฝากเบอร์"), Reply.Option.say("เมนู")));

	final ChatRef somchai = ChatRef.user("U00000000000000000000000000000001");

	@Test
	void aWholeDialogStepByStep() {
		assertThat(say(this.somchai, "ฝากเบอร์")).containsExactly("ask-name");
		assertThat(say(this.somchai, "สมชาย")).containsExactly("ask-phone");
		assertThat(say(this.somchai, "ไม่มีเบอร์")).containsExactly("bad-phone", "ask-phone");
		assertThat(say(this.somchai, "0812345678")).containsExactly("confirm สมชาย 0812345678");
		assertThat(say(this.somchai, "ยืนยัน")).containsExactly("saving สมชาย",
				"saved สมชาย for U00000000000000000000000000000001");
		assertThat(this.flow.completed).singleElement().asString().endsWith(" 0812345678");
		assertThat(this.dialogs.respond(this.somchai, text("สวัสดี"))).isEmpty();
	}

	@Test
	void eachDialogCompletesUnderItsOwnId() {
		for (String phone : List.of("0811111111", "0822222222")) {
			say(this.somchai, "ฝากเบอร์");
			say(this.somchai, "สมชาย");
			say(this.somchai, phone);
			this.clock.advance(Duration.ofSeconds(5));
			say(this.somchai, "ยืนยัน");
		}
		assertThat(this.flow.completed).hasSize(2);
		assertThat(this.flow.completed.stream().map(c -> c.split(" ")[0]).distinct()).hasSize(2);
	}

	@Test
	void aStickerWhereTextIsExpectedIsAskedAgain() {
		say(this.somchai, "ฝากเบอร์");
		assertThat(replies(this.dialogs.respond(this.somchai, new UserInput.Sticker("446", "1988")))).containsExactly("ask-name");
	}

	@Test
	void backUndoesOneStepAtATimeAndStopsAtTheFirst() {
		say(this.somchai, "ฝากเบอร์");
		say(this.somchai, "สมชาย");
		say(this.somchai, "0812345678");
		assertThat(say(this.somchai, "ย้อนกลับ")).containsExactly("ask-phone");
		assertThat(say(this.somchai, "ย้อนกลับ")).containsExactly("ask-name");
		assertThat(say(this.somchai, "ย้อนกลับ")).hasSize(2).endsWith("ask-name");
		assertThat(say(this.somchai, "สมหญิง")).containsExactly("ask-phone");
	}

	@Test
	void cancelWorksAtEveryStep() {
		List<String> answers = List.of("สมชาย", "0812345678");
		for (int steps = 0; steps <= answers.size(); steps++) {
			say(this.somchai, "ฝากเบอร์");
			for (int i = 0; i < steps; i++) {
				say(this.somchai, answers.get(i));
			}
			assertThat(say(this.somchai, "ยกเลิก")).as("cancel after %d steps", steps)
				.singleElement()
				.asString()
				.startsWith("ยกเลิกรายการแล้ว");
			assertThat(this.dialogs.respond(this.somchai, text("0812345678"))).as("no dialog left").isEmpty();
		}
	}

	@Test
	void afterCancelA1to1ChatIsOfferedTheMenuAndAGroupIsNot() {
		say(this.somchai, "ฝากเบอร์");
		assertThat(this.dialogs.respond(this.somchai, text("ยกเลิก")).orElseThrow()).singleElement()
			.isInstanceOfSatisfying(Reply.Text.class, t -> assertThat(t.options()).extracting(Reply.Option::label)
				.containsExactly("ฝากเบอร์", "เมนู"));
		ChatRef wilai = ChatRef.group("C00000000000000000000000000000001", "U00000000000000000000000000000002");
		say(wilai, "ฝากเบอร์");
		assertThat(this.dialogs.respond(wilai, text("ยกเลิก")).orElseThrow()).singleElement()
			.isInstanceOfSatisfying(Reply.Text.class, t -> assertThat(t.options()).isEmpty());
	}

	@Test
	void anIdleDialogExpiresWithOneNotice() {
		say(this.somchai, "ฝากเบอร์");
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(this.dialogs.expireIdle()).isZero();
		assertThat(say(this.somchai, "สมชาย")).containsExactly("ask-phone");
		this.clock.advance(Duration.ofMinutes(31));
		assertThat(this.dialogs.expireIdle()).isEqualTo(1);
		assertThat(this.dialogs.expireIdle()).isZero();
		assertThat(this.published).singleElement().isEqualTo(new DialogExpired(this.somchai, "contact"));
		assertThat(this.dialogs.underWay(this.somchai)).isFalse();
		// what the person had entered is gone with the dialog; only the fact that it lapsed is kept
		assertThat(this.sessions.find(ChatSession.idOf(this.somchai))).hasValueSatisfying(s -> {
			assertThat(s.getDraft()).isNull();
			assertThat(s.getHistory()).isEmpty();
		});
	}

	@Test
	void aLateAnswerAfterTheNoticeHearsItTimedOutOnceAndStartsNothing() {
		say(this.somchai, "ฝากเบอร์");
		say(this.somchai, "สมชาย");
		this.clock.advance(Duration.ofHours(2));
		this.dialogs.expireIdle();
		Reply late = this.dialogs.respond(this.somchai, text("0812345678")).orElseThrow().get(0);
		assertThat(((Reply.Text) late).text()).startsWith("รายการที่ทำค้างไว้หมดเวลาแล้ว").contains("ยังไม่ได้ส่ง");
		assertThat(late.options()).extracting(Reply.Option::text).containsExactly("ฝากเบอร์", "เมนู");
		assertThat(this.flow.completed).isEmpty();
		// told once: the next message is the person's own again
		assertThat(this.dialogs.respond(this.somchai, text("0812345678"))).isEmpty();
	}

	@Test
	void aStartAfterTheNoticeIsNotToldAgain() {
		say(this.somchai, "ฝากเบอร์");
		this.clock.advance(Duration.ofHours(1));
		this.dialogs.expireIdle();
		assertThat(say(this.somchai, "ฝากเบอร์")).containsExactly("ask-name");
	}

	@Test
	void aDialogThatTimedOutIsRememberedForADay() {
		say(this.somchai, "ฝากเบอร์");
		this.clock.advance(Duration.ofHours(1));
		this.dialogs.expireIdle();
		this.clock.advance(Dialogs.REMEMBER_LAPSED);
		assertThat(this.dialogs.expireIdle()).as("forgotten quietly, not announced again").isZero();
		assertThat(this.sessions.find(ChatSession.idOf(this.somchai))).isEmpty();
		assertThat(this.dialogs.respond(this.somchai, text("0812345678"))).isEmpty();
		assertThat(this.published).hasSize(1);
	}

	@Test
	void inAGroupChatterAfterTheNoticeIsNotAnswered() {
		ChatRef wilai = ChatRef.group("C00000000000000000000000000000001", "U00000000000000000000000000000002");
		say(wilai, "ฝากเบอร์");
		this.clock.advance(Duration.ofHours(1));
		this.dialogs.expireIdle();
		assertThat(this.dialogs.respond(wilai, text("กินข้าวกันไหม"))).isEmpty();
	}

	@Test
	void aDialogFoundExpiredBeforeTheSweepSaysSoAndStartsAfresh() {
		say(this.somchai, "ฝากเบอร์");
		this.clock.advance(Duration.ofHours(1));
		assertThat(say(this.somchai, "ฝากเบอร์")).hasSize(2).endsWith("ask-name");
	}

	@Test
	void anAnswerFoundLateBeforeTheSweepIsToldWithTheMenuAndNeverAnnouncedAgain() {
		say(this.somchai, "ฝากเบอร์");
		say(this.somchai, "สมชาย");
		this.clock.advance(Duration.ofHours(1));
		Reply late = this.dialogs.respond(this.somchai, text("0812345678")).orElseThrow().get(0);
		assertThat(((Reply.Text) late).text()).contains("หมดเวลา").contains("เมนู");
		assertThat(late.options()).extracting(Reply.Option::text).contains("ฝากเบอร์");
		assertThat(this.dialogs.expireIdle()).isZero();
		assertThat(this.published).isEmpty();
	}

	@Test
	void twoPeopleInOneGroupHaveTheirOwnDialogs() {
		ChatRef wilai = ChatRef.group("C00000000000000000000000000000001", "U00000000000000000000000000000002");
		ChatRef manee = ChatRef.group("C00000000000000000000000000000001", "U00000000000000000000000000000003");
		say(wilai, "ฝากเบอร์");
		say(manee, "ฝากเบอร์");
		assertThat(say(wilai, "วิไล")).containsExactly("ask-phone");
		assertThat(say(manee, "มานี")).containsExactly("ask-phone");
		assertThat(say(manee, "0899999999")).containsExactly("confirm มานี 0899999999");
		assertThat(say(wilai, "0811111111")).containsExactly("confirm วิไล 0811111111");
	}

	private List<String> say(ChatRef chat, String text) {
		return replies(this.dialogs.respond(chat, text(text)));
	}

	private static UserInput text(String text) {
		return new UserInput.Text(text, false);
	}

	private static List<String> replies(Optional<List<Reply>> replies) {
		return replies.orElseThrow().stream().map(r -> ((Reply.Text) r).text()).toList();
	}

}
