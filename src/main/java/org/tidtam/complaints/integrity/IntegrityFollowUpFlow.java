package org.tidtam.complaints.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tidtam.complaints.TicketNumbers;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.Turn;
import org.tidtam.conversation.UserInput;

/**
 * The reporter types their ท- ticket: sees the status (never who handles it) and may add words and
 * files. Someone else's ticket gets the same answer as a ticket that does not exist.
 */
@Component
public class IntegrityFollowUpFlow implements Flow<IntegrityFollowUpFlow.FollowUp> {

	static final String SEND = "ส่งข้อมูลเพิ่มเติม";

	static final String DONE = "เสร็จ";

	static final String NOT_FOUND = "ไม่พบเบาะแสเลขที่ %s ที่ท่านแจ้งไว้ค่ะ กรุณาตรวจสอบเลขที่อีกครั้ง";

	static final String STATUS = "เบาะแสเลขที่ %s\nสถานะ: %s\nต้องการเพิ่มข้อมูล พิมพ์ข้อความหรือส่งไฟล์ แล้วแตะ \"ส่งข้อมูลเพิ่มเติม\" หรือแตะ \"เสร็จ\"";

	static final String NOTED = "รับไว้แล้วค่ะ (%d ข้อความ %d ไฟล์) เพิ่มอีกได้ หรือแตะ \"ส่งข้อมูลเพิ่มเติม\"";

	static final String ADDED = "ส่งข้อมูลเพิ่มเติมของเบาะแสเลขที่ %s แล้วค่ะ ขอบคุณค่ะ";

	/** The most words one addition holds, as the report itself (texts joined by a line break). */
	static final int MAX_TEXT = 5000;

	static final String TOO_LONG = "ข้อมูลเพิ่มเติมรวมกันยาวเกิน 5,000 ตัวอักษรค่ะ ข้อความนี้ยังไม่ได้รับไว้ แตะ \"ส่งข้อมูลเพิ่มเติม\" เพื่อส่งส่วนที่รับไว้แล้ว แล้วพิมพ์เลขที่เบาะแสอีกครั้งเพื่อเพิ่มต่อ";

	static final String NOTHING = "ยังไม่มีข้อมูลเพิ่มเติมค่ะ พิมพ์ข้อความหรือส่งไฟล์ก่อน หรือแตะ \"เสร็จ\"";

	/** {@code status} null: not this reporter's ticket. */
	public record FollowUp(String ticket, IntegrityStatus status, List<String> texts, List<String> files) {

		public FollowUp {
			texts = texts == null ? List.of() : List.copyOf(texts);
			files = files == null ? List.of() : List.copyOf(files);
		}

		@Override
		public String toString() {
			return "FollowUp[" + this.ticket + "]";
		}

	}

	private final IntegrityDesk desk;

	public IntegrityFollowUpFlow(IntegrityDesk desk) {
		this.desk = desk;
	}

	@Override
	public String id() {
		return "integrity-follow-up";
	}

	@Override
	public Class<FollowUp> draftType() {
		return FollowUp.class;
	}

	@Override
	public boolean confidential() {
		return true;
	}

	@Override
	public Optional<FollowUp> start(ChatRef chat, UserInput input) {
		if (chat.oneToOne() && input instanceof UserInput.Text t && TicketNumbers.looksLike(TicketNumbers.INTEGRITY, t.text())) {
			String ticket = TicketNumbers.normalise(t.text());
			return Optional.of(new FollowUp(ticket, this.desk.status(chat.userId(), ticket).orElse(null), List.of(), List.of()));
		}
		return Optional.empty();
	}

	@Override
	public Turn<FollowUp> prompt(FollowUp f) {
		if (f.status() == null) {
			return Turn.done(Reply.Text.of(NOT_FOUND.formatted(f.ticket())));
		}
		return Turn.next(f, new Reply.Text(STATUS.formatted(f.ticket(), f.status().thai()),
				List.of(Reply.Option.say(SEND), Reply.Option.say(DONE))));
	}

	@Override
	public Turn<FollowUp> handle(FollowUp f, UserInput input) {
		String text = input instanceof UserInput.Text t ? t.text().strip() : null;
		if (DONE.equals(text)) {
			return Turn.done(Reply.Text.of("ขอบคุณค่ะ"));
		}
		if (SEND.equals(text)) {
			return f.texts().isEmpty() && f.files().isEmpty()
					? Turn.next(f, new Reply.Text(NOTHING, List.of(Reply.Option.say(DONE)))) : Turn.complete(f);
		}
		List<String> texts = new ArrayList<>(f.texts());
		List<String> files = new ArrayList<>(f.files());
		if (input instanceof UserInput.Media m) {
			if (files.size() >= IntegrityFlow.MAX_FILES) {
				// said, not dropped in silence: the reporter would think the sixth file went with the rest
				return Turn.next(f, new Reply.Text(IntegrityFlow.EVIDENCE_LIMIT + "\n" + NOTED.formatted(texts.size(), files.size()),
						List.of(Reply.Option.say(SEND), Reply.Option.say(DONE))));
			}
			files.add(m.messageId());
		}
		else if (text != null && !text.isEmpty()) {
			texts.add(text);
			if (String.join("\n", texts).length() > MAX_TEXT) {
				// kept whole or not at all: the draft (and the dialog's history of it) must not grow without end
				return Turn.next(f, new Reply.Text(TOO_LONG, List.of(Reply.Option.say(SEND), Reply.Option.say(DONE))));
			}
		}
		else {
			return prompt(f);
		}
		FollowUp next = new FollowUp(f.ticket(), f.status(), texts, files);
		return Turn.next(next, new Reply.Text(NOTED.formatted(texts.size(), files.size()),
				List.of(Reply.Option.say(SEND), Reply.Option.say(DONE))));
	}

	@Override
	public List<Reply> complete(ChatRef chat, FollowUp f, String dialogId) {
		boolean added = this.desk.add(chat.userId(), f.ticket(), String.join("\n", f.texts()), f.files(), dialogId);
		return List.of(Reply.Text.of(added ? ADDED.formatted(f.ticket()) : NOT_FOUND.formatted(f.ticket())));
	}

}
