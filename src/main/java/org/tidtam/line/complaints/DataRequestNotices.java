package org.tidtam.line.complaints;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.DataRequest;
import org.tidtam.complaints.DataRequestDecided;
import org.tidtam.complaints.DataRequestService;
import org.tidtam.line.outbound.LineMessages;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.shared.ThaiDates;

/** Tells the citizen the coordinator's decision; an approved copy is sent as text in the chat. */
@Component
class DataRequestNotices {

	private final DataRequestService requests;

	private final ComplaintService complaints;

	private final LineMessages messages;

	private final LineMessenger messenger;

	DataRequestNotices(DataRequestService requests, ComplaintService complaints, LineMessages messages,
			LineMessenger messenger) {
		this.requests = requests;
		this.complaints = complaints;
		this.messages = messages;
		this.messenger = messenger;
	}

	@EventListener
	void on(DataRequestDecided decided) {
		this.requests.find(decided.requestId()).ifPresent(r -> {
			String text;
			if (r.getState() == DataRequest.State.REJECTED) {
				text = "คำขอเกี่ยวกับข้อมูลส่วนบุคคลของท่านไม่ได้รับอนุมัติ กรุณาติดต่อสำนักงานเพื่อสอบถามเหตุผลค่ะ";
			}
			else if (r.getKind() == DataRequest.Kind.DELETE) {
				text = "ลบข้อมูลส่วนบุคคลของท่านออกจากเรื่องที่เคยแจ้งเรียบร้อยแล้วค่ะ";
			}
			else {
				text = copy(r.getLineUserId());
			}
			this.messenger.push(r.getLineUserId(), List.of(this.messages.text(text)), "data-request", true,
					"data-request:" + r.getId());
		});
	}

	private String copy(String lineUserId) {
		StringBuilder text = new StringBuilder("สำเนาข้อมูลที่สำนักงานเก็บไว้จากการแจ้งเรื่องของท่าน\n");
		List<Complaint> cases = this.complaints.ofCitizen(lineUserId, 50);
		if (cases.isEmpty()) {
			text.append("ไม่มีเรื่องที่แจ้งไว้");
		}
		for (Complaint c : cases) {
			text.append("\n• ").append(c.getTicket()).append(' ').append(ThaiDates.shortDateTime(c.getCreatedAt()));
			text.append("\n  หมวด: ").append(c.getCategoryName());
			text.append("\n  รายละเอียด: ").append(org.tidtam.shared.ShortText.cut(c.getDescription(), 300));
			if (c.getContact() != null) {
				text.append("\n  ติดต่อ: ").append(c.getContact().name() == null ? "-" : c.getContact().name()).append(' ')
					.append(c.getContact().phone() == null ? "" : c.getContact().phone());
			}
			if (c.getPlace() != null && c.getPlace().address() != null) {
				text.append("\n  สถานที่: ").append(c.getPlace().address());
			}
			text.append("\n  รูปภาพ: ").append(c.getPhotos().size()).append(" รูป");
		}
		return text.toString();
	}

}
