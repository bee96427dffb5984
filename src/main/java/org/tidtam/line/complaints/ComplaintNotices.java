package org.tidtam.line.complaints;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintForwarded;
import org.tidtam.complaints.ComplaintReopened;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.ComplaintStatus;
import org.tidtam.complaints.ComplaintStatusChanged;
import org.tidtam.complaints.intake.CaseAnswerFlow;
import org.tidtam.conversation.Reply;
import org.tidtam.line.outbound.LineMessages;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;

/**
 * Tells people in LINE what happened to a complaint: the citizen gets one push per public change or
 * new status (an internal note alone sends nothing; with a new status, the status goes without it), with a 1–5 rating and "ยังไม่ได้รับการแก้ไข" when the case is done;
 * the complaint officers (or, when none is linked in LINE, the coordinators) hear of each new case, and
 * the division's head of cases filed to the division by their category, assigned or reopened. Each message is queued under a key of the
 * change, so handling an event twice sends once.
 */
@Component
class ComplaintNotices {

	static final String NOT_FIXED = "ยังไม่ได้รับการแก้ไข";

	private final ComplaintService complaints;

	private final PersonService people;

	private final DivisionService divisions;

	private final LineMessages messages;

	private final LineMessenger messenger;

	private final String baseUrl;

	private final org.tidtam.shared.LinkSigner signer;

	private final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

	ComplaintNotices(ComplaintService complaints, PersonService people, DivisionService divisions, LineMessages messages,
			LineMessenger messenger, @org.springframework.beans.factory.annotation.Value("${tidtam.base-url}") String baseUrl,
			org.tidtam.shared.LinkSigner signer) {
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.signer = signer;
		this.complaints = complaints;
		this.people = people;
		this.divisions = divisions;
		this.messages = messages;
		this.messenger = messenger;
	}

	@EventListener
	void on(ComplaintStatusChanged changed) {
		Complaint complaint = this.complaints.get(changed.complaintId());
		if (complaint.getLineUserId() == null) {
			return;
		}
		if (changed.internal() && !complaint.changedStatus(changed.entry())) {
			// an internal note alone is the officers' business; a new status is the citizen's, without the note
			return;
		}
		Complaint.Entry entry = complaint.getTimeline().get(changed.entry());
		String note = changed.internal() ? null : entry.note();
		List<String> photoIds = changed.internal() ? List.of() : entry.photoIds();
		StringBuilder text = new StringBuilder();
		text.append("เรื่องเลขที่ ").append(complaint.getTicket()).append('\n');
		text.append("สถานะ: ").append(entry.status().thai());
		if (note != null) {
			text.append('\n').append(note);
		}
		// LINE shows images only from HTTPS: in production the photos go along; elsewhere they are mentioned
		boolean images = this.baseUrl.startsWith("https://") && !photoIds.isEmpty();
		if (!photoIds.isEmpty() && !images) {
			text.append('\n').append("มีรูปประกอบ ").append(photoIds.size()).append(" รูป");
		}
		List<Reply.Option> options = new ArrayList<>();
		if (entry.status() == ComplaintStatus.DONE) {
			text.append('\n').append("ท่านพึงพอใจกับการแก้ไขเพียงใด แตะ 1 (น้อยที่สุด) ถึง 5 (มากที่สุด)");
			for (int i = 1; i <= 5; i++) {
				options.add(Reply.Option.choose(String.valueOf(i), CaseAnswerFlow.RATE + complaint.getId() + ":" + i));
			}
			options.add(Reply.Option.choose(NOT_FIXED, CaseAnswerFlow.REOPEN + complaint.getId()));
		}
		List<ObjectNode> out = new ArrayList<>();
		if (images) {
			for (String fileId : photoIds.subList(0, Math.min(4, photoIds.size()))) {
				String url = this.baseUrl + "/media/complaint-photos/" + fileId + "?s=" + this.signer.sign(fileId);
				ObjectNode image = this.json.createObjectNode();
				image.put("type", "image");
				image.put("originalContentUrl", url);
				image.put("previewImageUrl", url);
				out.add(image);
			}
		}
		// the text (with the rating buttons) comes last, so its quick replies stay on screen
		out.addAll(this.messages.toMessages(List.of(new Reply.Text(text.toString(), options))));
		this.messenger.push(complaint.getLineUserId(), out, "complaint-status", true,
				"complaint-status:" + complaint.getId() + ":" + changed.entry());
	}

	@EventListener
	void on(org.tidtam.complaints.ComplaintFollowUpDue due) {
		Complaint complaint = this.complaints.get(due.complaintId());
		if (complaint.getLineUserId() == null) {
			return;
		}
		String text = "เรื่องเลขที่ %s (%s) ที่แก้ไขเสร็จแล้ว ตอนนี้ยังเรียบร้อยดีอยู่หรือไม่คะ".formatted(complaint.getTicket(),
				complaint.getCategoryName());
		List<Reply.Option> options = List.of(
				Reply.Option.choose("ยังเรียบร้อยดี", CaseAnswerFlow.STILL_FIXED + complaint.getId()),
				Reply.Option.choose(NOT_FIXED, CaseAnswerFlow.REOPEN + complaint.getId()));
		this.messenger.push(complaint.getLineUserId(), this.messages.toMessages(List.of(new Reply.Text(text, options))),
				"complaint-follow-up", true, "complaint-follow-up:" + complaint.getId());
	}

	/**
	 * A new case: the complaint officers are asked to look at it (the coordinators when no officer is
	 * linked) and the head of the category's division is told it arrived, so the first anyone hears of a
	 * case is not the escalation after its acknowledgement date has passed.
	 */
	@EventListener
	void on(org.tidtam.complaints.ComplaintSubmitted submitted) {
		Complaint complaint = this.complaints.get(submitted.complaintId());
		String division = submitted.divisionId() == null ? "ยังไม่ระบุส่วนราชการ" : divisionName(submitted.divisionId());
		String text = "มีเรื่องร้องเรียนใหม่ เลขที่ %s\nหมวด %s (%s)\n%s\nโปรดตรวจสอบและรับเรื่องในระบบ".formatted(
				complaint.getTicket(), complaint.getCategoryName(), division, shorten(complaint.getDescription()));
		List<Person> officers = linked(this.people.people(org.tidtam.shared.Role.COMPLAINT_OFFICER));
		if (officers.isEmpty()) {
			officers = linked(this.people.people(org.tidtam.shared.Role.COORDINATOR));
		}
		for (Person officer : officers) {
			this.messenger.push(officer.getLineUserId(), List.of(this.messages.text(text)), "complaint-new", true,
					"complaint-new:" + complaint.getId() + ":" + officer.getId());
		}
		if (submitted.divisionId() != null) {
			List<String> told = officers.stream().map(Person::getId).toList();
			String key = "complaint-forwarded:" + complaint.getId() + ":" + complaint.getTimeline().size();
			for (Person head : linked(this.people.divisionHeadsOf(submitted.divisionId()))) {
				if (!told.contains(head.getId())) {
					this.messenger.push(head.getLineUserId(), List.of(this.messages.text(forwardedText(complaint,
							submitted.divisionId()))), "complaint-head", true, key + ":" + head.getId());
				}
			}
		}
	}

	private static List<Person> linked(List<Person> people) {
		return people.stream().filter(p -> p.getLineUserId() != null && p.isLineLinkActive()).toList();
	}

	/** The case as its new division needs it, with the result date (and whether it has passed already). */
	private String forwardedText(Complaint complaint, String divisionId) {
		String due = complaint.getResultBy() == null ? ""
				: "\nกำหนดแจ้งผล " + org.tidtam.shared.ThaiDates.shortDate(complaint.getResultBy())
						+ (this.complaints.overdue(complaint) ? " (เกินกำหนดแล้ว)" : "");
		return "มีเรื่องร้องเรียนส่งถึง%s\nเลขที่ %s หมวด %s%s\n%s".formatted(divisionName(divisionId), complaint.getTicket(),
				complaint.getCategoryName(), due, shorten(complaint.getDescription()));
	}

	@EventListener
	void on(ComplaintForwarded forwarded) {
		Complaint complaint = this.complaints.get(forwarded.complaintId());
		if (complaint.getStatus().closed()) {
			// a closed case filed under another division (for the statistics): nothing for a head to do
			return;
		}
		if (forwarded.divisionId() != null && forwarded.divisionId().equals(forwarded.previousDivisionId())) {
			// assigned to the division its category already sent it to: its head was told when it was filed
			return;
		}
		String key = complaint.getId() + ":" + complaint.getTimeline().size();
		tellHeads(forwarded.divisionId(), forwardedText(complaint, forwarded.divisionId()), "complaint-forwarded:" + key);
		String previous = forwarded.previousDivisionId();
		if (previous != null && !previous.equals(forwarded.divisionId())) {
			tellHeads(previous, "เรื่องร้องเรียนเลขที่ %s ย้ายไปให้%sดูแลแล้ว %sไม่ต้องดำเนินการเรื่องนี้ต่อค่ะ".formatted(
					complaint.getTicket(), divisionName(forwarded.divisionId()), divisionName(previous)),
					"complaint-moved:" + key);
		}
	}

	@EventListener
	void on(ComplaintReopened reopened) {
		Complaint complaint = this.complaints.get(reopened.complaintId());
		tellHeads(reopened.divisionId(), "ผู้แจ้งแจ้งว่าเรื่องเลขที่ %s ยังไม่ได้รับการแก้ไข (ครั้งที่ %d) กรุณาตรวจสอบอีกครั้ง"
			.formatted(complaint.getTicket(), reopened.reopenCount()),
				"complaint-reopened:" + complaint.getId() + ":" + reopened.reopenCount());
	}

	private void tellHeads(String divisionId, String text, String key) {
		if (divisionId == null) {
			return;
		}
		for (Person head : this.people.divisionHeadsOf(divisionId)) {
			if (head.getLineUserId() != null && head.isLineLinkActive()) {
				this.messenger.push(head.getLineUserId(), List.of(this.messages.text(text)), "complaint-head", true,
						key + ":" + head.getId());
			}
		}
	}

	private String divisionName(String divisionId) {
		return this.divisions.find(divisionId).map(Division::getName).orElse("");
	}

	private static String shorten(String text) {
		return text == null ? "" : org.tidtam.shared.ShortText.cut(text, 200);
	}

}
