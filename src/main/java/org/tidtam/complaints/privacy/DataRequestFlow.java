package org.tidtam.complaints.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.Turn;
import org.tidtam.conversation.UserInput;

/**
 * "ขอสำเนาข้อมูล" / "ขอลบข้อมูล" in a 1:1 chat: says what will happen, asks to confirm, and records the
 * request for a coordinator to decide (the answer comes back in LINE within 30 days).
 */
@Component
class DataRequestFlow implements Flow<DataRequestDraft> {

	static final Map<String, DataRequest.Kind> COMMANDS = Map.of("ขอสำเนาข้อมูล", DataRequest.Kind.COPY,
			"ขอสำเนาข้อมูลของฉัน", DataRequest.Kind.COPY, "ขอข้อมูลของฉัน", DataRequest.Kind.COPY, "ขอลบข้อมูล",
			DataRequest.Kind.DELETE, "ขอลบข้อมูลของฉัน", DataRequest.Kind.DELETE, "ลบข้อมูลของฉัน", DataRequest.Kind.DELETE);

	static final String CONFIRM = "ยืนยันคำขอ";

	private final DataRequests requests;

	DataRequestFlow(DataRequests requests) {
		this.requests = requests;
	}

	@Override
	public String id() {
		return "data-request";
	}

	@Override
	public Class<DataRequestDraft> draftType() {
		return DataRequestDraft.class;
	}

	@Override
	public Optional<DataRequestDraft> start(ChatRef chat, UserInput input) {
		if (!chat.oneToOne() || !(input instanceof UserInput.Text text)) {
			return Optional.empty();
		}
		return Optional.ofNullable(COMMANDS.get(text.text().strip().toLowerCase(Locale.ROOT))).map(DataRequestDraft::new);
	}

	@Override
	public Turn<DataRequestDraft> prompt(DataRequestDraft draft) {
		String what = draft.kind() == DataRequest.Kind.COPY
				? "ขอสำเนาข้อมูลส่วนบุคคลที่หน่วยงานเก็บเกี่ยวกับท่าน (เรื่องร้องเรียน ชื่อ เบอร์โทร สถานที่) ทาง LINE นี้"
				: "ขอลบข้อมูลส่วนบุคคลของท่าน (ชื่อ เบอร์โทร สถานที่ รูปภาพ และบัญชี LINE ที่ผูกกับเรื่องร้องเรียน) เรื่องที่ยังดำเนินการอยู่จะติดตามผลทาง LINE ไม่ได้อีก สถิติที่ไม่ระบุตัวบุคคลยังคงอยู่";
		return Turn.next(draft, new Reply.Text("ท่านต้องการ" + what + " ใช่หรือไม่คะ ผู้ประสานงานจะตรวจสอบและตอบภายใน "
				+ DataRequests.ANSWER_WITHIN_DAYS + " วัน",
				List.of(Reply.Option.say(CONFIRM), Reply.Option.say("ยกเลิก"))));
	}

	@Override
	public Turn<DataRequestDraft> handle(DataRequestDraft draft, UserInput input) {
		if (input instanceof UserInput.Text text && text.text().strip().equals(CONFIRM)) {
			return Turn.complete(draft);
		}
		return prompt(draft);
	}

	@Override
	public List<Reply> complete(ChatRef chat, DataRequestDraft draft, String dialogId) {
		DataRequest request = this.requests.submit(chat.userId(), draft.kind(), dialogId);
		return List.of(Reply.Text.of("รับคำขอแล้วค่ะ เลขที่คำขอ " + request.getNumber() + " ผู้ประสานงานจะตอบท่านทาง LINE นี้ภายใน "
				+ DataRequests.ANSWER_WITHIN_DAYS + " วัน"));
	}

}
