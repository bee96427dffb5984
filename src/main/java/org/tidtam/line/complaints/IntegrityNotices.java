package org.tidtam.line.complaints;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tidtam.complaints.integrity.IntegrityReportChanged;
import org.tidtam.complaints.integrity.IntegrityReportReceived;
import org.tidtam.complaints.integrity.IntegrityService;
import org.tidtam.line.outbound.LineMessages;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.line.outbound.Sensitivity;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.shared.Role;

/**
 * Corruption reports in LINE: the reporter hears status changes and public notes (never who handles
 * the case); integrity officers hear that a report arrived or was added to, by ticket only, with no
 * content. What the reporter hears is confidential: the outbox pages show neither recipient nor content;
 * the officers' notices are personal data (content for admins only).
 */
@Component
class IntegrityNotices {

	private final IntegrityService reports;

	private final PersonService people;

	private final LineMessages messages;

	private final LineMessenger messenger;

	IntegrityNotices(IntegrityService reports, PersonService people, LineMessages messages, LineMessenger messenger) {
		this.reports = reports;
		this.people = people;
		this.messages = messages;
		this.messenger = messenger;
	}

	@EventListener
	void on(IntegrityReportChanged changed) {
		this.reports.reporterMessage(changed.reportId(), changed.entry()).ifPresent(m -> {
			String text = "เบาะแสเลขที่ " + m.ticket() + "\nสถานะ: " + m.status().thai()
					+ (m.note() == null ? "" : "\n" + m.note());
			this.messenger.push(m.lineUserId(), List.of(this.messages.text(text)), "integrity-status",
					Sensitivity.CONFIDENTIAL,
					"integrity-status:" + changed.reportId() + ":" + changed.entry());
		});
	}

	@EventListener
	void on(IntegrityReportReceived received) {
		String ticket = this.reports.ticketOf(received.reportId()).orElse(null);
		if (ticket == null) {
			return;
		}
		String text = (received.addition() ? "ผู้แจ้งเพิ่มข้อมูลเบาะแสเลขที่ " : "มีเบาะแสการทุจริตใหม่ เลขที่ ") + ticket
				+ "\nโปรดเข้าดูในระบบ (เฉพาะผู้รับเรื่องร้องเรียนการทุจริต)";
		for (Person officer : this.people.people(Role.INTEGRITY_OFFICER)) {
			if (officer.getLineUserId() != null && officer.isLineLinkActive()) {
				this.messenger.push(officer.getLineUserId(), List.of(this.messages.text(text)), "integrity-officer", true,
						received.addition() ? null : "integrity-new:" + received.reportId() + ":" + officer.getId());
			}
		}
	}

}
