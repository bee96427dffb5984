package org.tidtam.complaints.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tidtam.complaints.DataRequest;
import org.tidtam.complaints.DataRequestService;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.Turn;
import org.tidtam.conversation.UserInput;

/** "ขอสำเนาข้อมูลของฉัน" / "ขอลบข้อมูลของฉัน": confirmed, then filed for a coordinator to decide. */
@Component
public class DataRequestFlow implements Flow<DataRequestFlow.Draft> {

	static final Map<String, DataRequest.Kind> TRIGGERS = Map.of("ขอสำเนาข้อมูลของฉัน", DataRequest.Kind.COPY,
			"ขอลบข้อมูลของฉัน", DataRequest.Kind.DELETE);

	static final String ASK_COPY = "ท่านต้องการขอสำเนาข้อมูลส่วนบุคคลที่สำนักงานเก็บไว้จากการแจ้งเรื่องทาง LINE ใช่หรือไม่ เจ้าหน้าที่จะตรวจสอบและส่งให้ทางแชตนี้";

	static final String ASK_DELETE = "ท่านต้องการให้ลบชื่อ เบอร์โทร ที่อยู่ และการเชื่อมโยงกับบัญชี LINE ออกจากเรื่องที่เคยแจ้งใช่หรือไม่ (ตัวเรื่องยังคงอยู่โดยไม่ระบุตัวตน และจะติดตามเรื่องทางแชตไม่ได้อีก)";

	static final String FILED = "รับคำขอแล้วค่ะ ผู้ประสานงานจะพิจารณาและแจ้งผลทางแชตนี้";

	public record Draft(DataRequest.Kind kind) {
	}

	public interface Requests {

		void file(String lineUserId, DataRequest.Kind kind, String key);

	}

	private final Requests requests;

	@Autowired
	DataRequestFlow(DataRequestService service) {
		this((user, kind, key) -> service.file(user, kind, key));
	}

	public DataRequestFlow(Requests requests) {
		this.requests = requests;
	}

	@Override
	public String id() {
		return "data-request";
	}

	@Override
	public Class<Draft> draftType() {
		return Draft.class;
	}

	@Override
	public Optional<Draft> start(ChatRef chat, UserInput input) {
		if (chat.oneToOne() && input instanceof UserInput.Text t && TRIGGERS.containsKey(t.text().strip())) {
			return Optional.of(new Draft(TRIGGERS.get(t.text().strip())));
		}
		return Optional.empty();
	}

	@Override
	public Turn<Draft> prompt(Draft d) {
		return Turn.next(d, new Reply.Text(d.kind() == DataRequest.Kind.COPY ? ASK_COPY : ASK_DELETE,
				List.of(Reply.Option.say("ยืนยัน"), Reply.Option.say("ยกเลิก"))));
	}

	@Override
	public Turn<Draft> handle(Draft d, UserInput input) {
		if (input instanceof UserInput.Text t && t.text().strip().equals("ยืนยัน")) {
			return Turn.complete(d, Reply.Text.of(FILED));
		}
		return prompt(d);
	}

	@Override
	public List<Reply> complete(ChatRef chat, Draft d, String dialogId) {
		this.requests.file(chat.userId(), d.kind(), dialogId);
		return List.of();
	}

}
