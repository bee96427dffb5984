package org.tidtam.complaints.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.Turn;
import org.tidtam.conversation.UserInput;

/**
 * แจ้งเบาะแสการทุจริต: a confidentiality notice, what happened, up to five evidence files, anonymous
 * (the default, offered first) or a name and phone, a summary that does not repeat the report, and a
 * ท- ticket. Separate from complaints; the answers never echo what the reporter wrote.
 */
@Component
public class IntegrityFlow implements Flow<IntegrityDraft> {

	public static final String MENU = "แจ้งเบาะแสการทุจริต";

	static final int MAX_FILES = 5;

	static final String NOTICE = """
			ช่องทางนี้เป็นความลับ แยกจากเรื่องร้องเรียนทั่วไป เฉพาะผู้รับเรื่องร้องเรียนการทุจริตที่ได้รับแต่งตั้งเท่านั้นที่เห็นข้อมูล \
			ท่านไม่ต้องระบุตัวตน เราเก็บข้อมูลเพื่อใช้ตรวจสอบข้อเท็จจริงเท่านั้น ไม่เปิดเผยผู้แจ้ง พิมพ์ "ยกเลิก" ได้ทุกเมื่อ""";

	static final String ASK_DESCRIPTION = "กรุณาเล่าเหตุการณ์: ใคร ทำอะไร ที่ไหน เมื่อไร (พิมพ์เป็นข้อความ)";

	static final String EMPTY = "ยังไม่ได้รับรายละเอียดค่ะ กรุณาพิมพ์เป็นข้อความ";

	static final String LONG = "ข้อความยาวเกิน 5,000 ตัวอักษรค่ะ กรุณาสรุปให้สั้นลง";

	static final String ASK_EVIDENCE = "มีหลักฐาน (รูป ไฟล์ คลิป) ส่งได้สูงสุด 5 ไฟล์ค่ะ ส่งแล้วแตะ \"ถัดไป\" หรือแตะ \"ข้าม\"";

	static final String EVIDENCE_RECEIVED = "ได้รับหลักฐานไฟล์ที่ %d จาก 5 แล้วค่ะ";

	static final String EVIDENCE_LIMIT = "รับหลักฐานไว้ครบ 5 ไฟล์แล้วค่ะ ไฟล์ที่เกินไม่ได้บันทึก";

	static final String ASK_IDENTITY = "ต้องการระบุตัวตนหรือไม่คะ (ไม่ระบุก็ได้ เราแจ้งความคืบหน้าทางแชตนี้ได้เหมือนกัน)";

	static final String ASK_NAME = "กรุณาพิมพ์ชื่อ-นามสกุล";

	static final String ASK_PHONE = "กรุณาพิมพ์เบอร์โทรศัพท์ 9–10 หลัก";

	static final String BAD_PHONE = "เบอร์โทรไม่ถูกต้องค่ะ กรุณาพิมพ์ตัวเลข 9–10 หลักขึ้นต้นด้วย 0";

	static final String SUMMARY = """
			ตรวจสอบก่อนส่ง
			รายละเอียด: %d ตัวอักษร
			หลักฐาน: %d ไฟล์
			ผู้แจ้ง: %s
			ถูกต้องแล้วแตะ "ยืนยัน" แก้ไขแตะ "ย้อนกลับ\"""";

	static final String FILED = """
			รับเบาะแสเรียบร้อยแล้วค่ะ เลขที่ %s
			ข้อมูลของท่านเป็นความลับ เราจะแจ้งความคืบหน้าทางแชตนี้ \
			เพิ่มข้อมูลหรือดูสถานะได้โดยพิมพ์เลขที่นี้""";

	static final String NOT_ANONYMOUS = "ระบุชื่อและเบอร์ติดต่อ";

	static final String ANONYMOUS = "ไม่ระบุตัวตน";

	private final IntegrityDesk desk;

	public IntegrityFlow(IntegrityDesk desk) {
		this.desk = desk;
	}

	@Override
	public String id() {
		return "integrity";
	}

	@Override
	public Class<IntegrityDraft> draftType() {
		return IntegrityDraft.class;
	}

	@Override
	public boolean confidential() {
		return true;
	}

	@Override
	public Optional<IntegrityDraft> start(ChatRef chat, UserInput input) {
		if (chat.oneToOne() && input instanceof UserInput.Text t && Set.of(MENU, "แจ้งทุจริต").contains(t.text().strip())) {
			return Optional.of(new IntegrityDraft(null, List.of(), false, false, null, null, null));
		}
		return Optional.empty();
	}

	@Override
	public Turn<IntegrityDraft> prompt(IntegrityDraft d) {
		if (d.description() == null) {
			return Turn.next(d, Reply.Text.of(NOTICE), ask(ASK_DESCRIPTION));
		}
		if (!d.evidenceDone()) {
			return Turn.next(d, ask(ASK_EVIDENCE, "ถัดไป", "ข้าม"));
		}
		if (d.identity() == null) {
			return Turn.next(d, ask(ASK_IDENTITY, ANONYMOUS, NOT_ANONYMOUS));
		}
		if (IntegrityDraft.NAMED.equals(d.identity()) && d.name() == null) {
			return Turn.next(d, ask(ASK_NAME));
		}
		if (IntegrityDraft.NAMED.equals(d.identity()) && d.phone() == null) {
			return Turn.next(d, ask(ASK_PHONE));
		}
		String who = IntegrityDraft.NAMED.equals(d.identity()) ? "ระบุชื่อและเบอร์ติดต่อ" : ANONYMOUS;
		return Turn.next(d, ask(SUMMARY.formatted(d.description().length(), d.evidence().size(), who), "ยืนยัน", "ย้อนกลับ",
				"ยกเลิก"));
	}

	@Override
	public Turn<IntegrityDraft> handle(IntegrityDraft d, UserInput input) {
		String text = input instanceof UserInput.Text t ? t.text().strip() : null;
		if (d.description() == null) {
			if (text == null || text.isEmpty()) {
				return Turn.next(d, ask(EMPTY));
			}
			if (text.length() > 5000) {
				return Turn.next(d, ask(LONG));
			}
			return prompt(d.with(text, d.evidence(), false, false, null, null, null));
		}
		if (input instanceof UserInput.Media m) {
			if (d.evidence().size() >= MAX_FILES) {
				return d.toldLimit() ? Turn.next(d)
						: Turn.next(d.with(d.description(), d.evidence(), d.evidenceDone(), true, d.identity(), d.name(),
								d.phone()), Reply.Text.of(EVIDENCE_LIMIT));
			}
			List<String> more = new ArrayList<>(d.evidence());
			more.add(m.messageId());
			IntegrityDraft next = d.with(d.description(), more, d.evidenceDone() || more.size() >= MAX_FILES, d.toldLimit(),
					d.identity(), d.name(), d.phone());
			if (!d.evidenceDone() && next.evidenceDone()) {
				List<Reply> replies = new ArrayList<>();
				replies.add(Reply.Text.of(EVIDENCE_RECEIVED.formatted(more.size())));
				replies.addAll(prompt(next).replies());
				return new Turn<>(next, replies, false);
			}
			return Turn.next(next, ask(EVIDENCE_RECEIVED.formatted(more.size()), "ถัดไป"));
		}
		if (!d.evidenceDone()) {
			if ("ถัดไป".equals(text) || "ข้าม".equals(text)) {
				return prompt(d.with(d.description(), d.evidence(), true, d.toldLimit(), null, null, null));
			}
			return Turn.next(d, ask(ASK_EVIDENCE, "ถัดไป", "ข้าม"));
		}
		if (d.identity() == null) {
			if (ANONYMOUS.equals(text)) {
				return prompt(d.with(d.description(), d.evidence(), true, d.toldLimit(), IntegrityDraft.ANONYMOUS, null, null));
			}
			if (NOT_ANONYMOUS.equals(text)) {
				return prompt(d.with(d.description(), d.evidence(), true, d.toldLimit(), IntegrityDraft.NAMED, null, null));
			}
			return prompt(d);
		}
		if (IntegrityDraft.NAMED.equals(d.identity()) && d.name() == null) {
			if (text == null || text.isEmpty() || text.length() > 100) {
				return Turn.next(d, ask(ASK_NAME));
			}
			return prompt(d.with(d.description(), d.evidence(), true, d.toldLimit(), d.identity(), text, null));
		}
		if (IntegrityDraft.NAMED.equals(d.identity()) && d.phone() == null) {
			String digits = text == null ? "" : text.replaceAll("[\\s-]", "");
			if (!digits.matches("0\\d{8,9}")) {
				return Turn.next(d, ask(BAD_PHONE));
			}
			return prompt(d.with(d.description(), d.evidence(), true, d.toldLimit(), d.identity(), d.name(), digits));
		}
		if ("ยืนยัน".equals(text)) {
			return Turn.complete(d);
		}
		return prompt(d);
	}

	@Override
	public List<Reply> complete(ChatRef chat, IntegrityDraft d, String dialogId) {
		boolean anonymous = !IntegrityDraft.NAMED.equals(d.identity());
		String ticket = this.desk.submit(new NewIntegrityReport(chat.userId(), d.description(), d.evidence(), anonymous,
				anonymous ? null : d.name(), anonymous ? null : d.phone(), dialogId));
		return List.of(Reply.Text.of(FILED.formatted(ticket)));
	}

	private static Reply ask(String text, String... options) {
		return new Reply.Text(text, Arrays.stream(options).map(Reply.Option::say).toList());
	}

}
