package org.tidtam.complaints.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tidtam.complaints.Feedback;
import org.tidtam.complaints.FeedbackService;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.Turn;
import org.tidtam.conversation.UserInput;

/** ข้อเสนอแนะ/ติชม: a short notice, praise / suggestion / criticism, the words, a thank-you. */
@Component
public class FeedbackFlow implements Flow<FeedbackFlow.Draft> {

	public static final String MENU = "ข้อเสนอแนะ/ติชม";

	static final String NOTICE = "เราเก็บข้อความนี้เพื่อปรับปรุงการให้บริการ ผู้ประสานงานของสำนักงานเป็นผู้อ่าน ไม่ต้องระบุชื่อ";

	static final String ASK_KIND = "เป็นเรื่องใดคะ";

	static final String ASK_TEXT = "พิมพ์ข้อความได้เลยค่ะ (ไม่เกิน 5,000 ตัวอักษร)";

	static final int MAX_TEXT = 5000;

	static final String PICK_KIND = "กรุณาแตะเลือกประเภทจากปุ่มด้านล่างค่ะ";

	static final String TYPE_TEXT = "กรุณาพิมพ์เป็นข้อความค่ะ (ไม่เกิน 5,000 ตัวอักษร)";

	static final String TOO_LONG = "ข้อความยาวเกินไปค่ะ (%,d ตัวอักษร) กรุณาย่อให้ไม่เกิน 5,000 ตัวอักษรแล้วส่งใหม่";

	static final String THANKS = "ขอบคุณสำหรับ%sค่ะ เราส่งให้ผู้ประสานงานของสำนักงานแล้ว";

	/** What the thanks names: a noun, so that it reads "ขอบคุณสำหรับคำชมเชย", not "…สำหรับชมเชย". */
	static String thanked(Feedback.Kind kind) {
		return switch (kind) {
			case PRAISE -> "คำชมเชย";
			case SUGGESTION -> "ข้อเสนอแนะ";
			case CRITICISM -> "คำติและข้อควรปรับปรุง";
		};
	}

	public record Draft(Feedback.Kind kind, String text) {
	}

	/** Records the feedback; an interface so the flow's script test needs no database. */
	public interface Sink {

		void record(String lineUserId, Feedback.Kind kind, String text, String key);

	}

	private final Sink sink;

	@org.springframework.beans.factory.annotation.Autowired
	FeedbackFlow(FeedbackService feedback) {
		this((user, kind, text, key) -> feedback.record(user, kind, text, key));
	}

	public FeedbackFlow(Sink sink) {
		this.sink = sink;
	}

	@Override
	public String id() {
		return "feedback";
	}

	@Override
	public Class<Draft> draftType() {
		return Draft.class;
	}

	@Override
	public Optional<Draft> start(ChatRef chat, UserInput input) {
		return chat.oneToOne() && input instanceof UserInput.Text t && Set.of(MENU, "ติชม", "ข้อเสนอแนะ").contains(t.text().strip())
				? Optional.of(new Draft(null, null)) : Optional.empty();
	}

	@Override
	public Turn<Draft> prompt(Draft draft) {
		if (draft.kind() == null) {
			return Turn.next(draft, Reply.Text.of(NOTICE), new Reply.Text(ASK_KIND,
					Arrays.stream(Feedback.Kind.values()).map(k -> Reply.Option.say(k.thai())).toList()));
		}
		return Turn.next(draft, Reply.Text.of(ASK_TEXT));
	}

	@Override
	public Turn<Draft> handle(Draft draft, UserInput input) {
		String text = input instanceof UserInput.Text t ? t.text().strip() : "";
		if (draft.kind() == null) {
			return Arrays.stream(Feedback.Kind.values())
				.filter(k -> k.thai().equals(text))
				.findFirst()
				.map(k -> prompt(new Draft(k, null)))
				// asked again without the privacy notice, which was just shown
				.orElseGet(() -> Turn.next(draft, new Reply.Text(PICK_KIND + "\n" + ASK_KIND,
						Arrays.stream(Feedback.Kind.values()).map(k -> Reply.Option.say(k.thai())).toList())));
		}
		if (text.isEmpty()) {
			return Turn.next(draft, Reply.Text.of(TYPE_TEXT));
		}
		if (text.codePointCount(0, text.length()) > MAX_TEXT) {
			return Turn.next(draft, Reply.Text.of(String.format(Locale.ROOT, TOO_LONG, text.codePointCount(0, text.length()))));
		}
		return Turn.complete(new Draft(draft.kind(), text), Reply.Text.of(THANKS.formatted(thanked(draft.kind()))));
	}

	@Override
	public List<Reply> complete(ChatRef chat, Draft draft, String dialogId) {
		this.sink.record(chat.userId(), draft.kind(), draft.text(), dialogId);
		return List.of();
	}

}
