package org.tidtam.line.complaints;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.ComplaintsDueSoon;
import org.tidtam.complaints.ComplaintsOverdue;
import org.tidtam.line.outbound.LineMessages;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.shared.Role;
import org.tidtam.shared.ThaiDates;

/** Deadline reminders in LINE: the head hears of cases due soon; overdue cases go to the head and the executives. */
@Component
class DeadlineNotices {

	private final ComplaintService complaints;

	private final PersonService people;

	private final DivisionService divisions;

	private final LineMessages messages;

	private final LineMessenger messenger;

	DeadlineNotices(ComplaintService complaints, PersonService people, DivisionService divisions, LineMessages messages,
			LineMessenger messenger) {
		this.complaints = complaints;
		this.people = people;
		this.divisions = divisions;
		this.messages = messages;
		this.messenger = messenger;
	}

	@EventListener
	void on(ComplaintsDueSoon due) {
		String text = "เรื่องร้องเรียนใกล้ครบกำหนดแจ้งผล" + division(due.divisionId()) + "\n" + lines(due.complaintIds());
		for (Person head : this.people.divisionHeadsOf(due.divisionId())) {
			send(head, text, "complaints-due:" + String.join(",", due.complaintIds()));
		}
	}

	@EventListener
	void on(ComplaintsOverdue overdue) {
		String text = "เรื่องร้องเรียนเกินกำหนด" + division(overdue.divisionId()) + "\n" + lines(overdue.complaintIds());
		Set<Person> told = new LinkedHashSet<>();
		if (!overdue.divisionId().isEmpty()) {
			told.addAll(this.people.divisionHeadsOf(overdue.divisionId()));
		}
		told.addAll(this.people.people(Role.EXECUTIVE));
		for (Person person : told) {
			send(person, text, "complaints-overdue:" + String.join(",", overdue.complaintIds()));
		}
	}

	private void send(Person person, String text, String key) {
		if (person.getLineUserId() != null && person.isLineLinkActive()) {
			this.messenger.push(person.getLineUserId(), List.of(this.messages.text(text)), "complaint-deadline", false,
					key + ":" + person.getId());
		}
	}

	private String division(String divisionId) {
		return divisionId.isEmpty() ? "" : this.divisions.find(divisionId).map(d -> " (" + d.getName() + ")").orElse("");
	}

	private String lines(List<String> ids) {
		List<String> out = new ArrayList<>();
		for (String id : ids.subList(0, Math.min(ids.size(), 30))) {
			this.complaints.find(id).ifPresent(c -> out.add("• " + c.getTicket() + " " + c.getCategoryName() + " กำหนด "
					+ ThaiDates.shortDate(c.getResultBy())));
		}
		if (ids.size() > 30) {
			out.add("และอีก " + (ids.size() - 30) + " เรื่อง");
		}
		return String.join("\n", out);
	}


}
