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

/**
 * Deadline reminders in LINE: the head hears of cases due soon; overdue cases go to the head and the
 * executives. Cases of no division go to the complaint officers (or coordinators) instead of a head.
 */
@Component
class DeadlineNotices {

	private final ComplaintService complaints;

	private final PersonService people;

	private final DivisionService divisions;

	private final LineMessages messages;

	private final LineMessenger messenger;

	private final java.time.Clock clock;

	DeadlineNotices(ComplaintService complaints, PersonService people, DivisionService divisions, LineMessages messages,
			LineMessenger messenger, java.time.Clock clock) {
		this.clock = clock;
		this.complaints = complaints;
		this.people = people;
		this.divisions = divisions;
		this.messages = messages;
		this.messenger = messenger;
	}

	@EventListener
	void on(ComplaintsDueSoon due) {
		String text = "เรื่องร้องเรียนใกล้ครบกำหนดแจ้งผล" + division(due.divisionId()) + "\n" + lines(due.complaintIds(), false);
		for (Person head : responsible(due.divisionId())) {
			send(head, text, "complaints-due:" + today() + ":" + String.join(",", due.complaintIds()));
		}
	}

	@EventListener
	void on(ComplaintsOverdue overdue) {
		String text = "เรื่องร้องเรียนเกินกำหนด" + division(overdue.divisionId()) + "\n" + lines(overdue.complaintIds(), true);
		Set<Person> told = new LinkedHashSet<>(responsible(overdue.divisionId()));
		told.addAll(this.people.people(Role.EXECUTIVE));
		for (Person person : told) {
			send(person, text, "complaints-overdue:" + today() + ":" + String.join(",", overdue.complaintIds()));
		}
	}

	/**
	 * Who answers for the cases of a division: its heads; for cases of no division (a category without
	 * one, not yet assigned), the complaint officers who are to assign them, or the coordinators when no
	 * complaint officer is linked in LINE.
	 */
	private List<Person> responsible(String divisionId) {
		if (!divisionId.isEmpty()) {
			return this.people.divisionHeadsOf(divisionId);
		}
		List<Person> officers = linked(this.people.people(Role.COMPLAINT_OFFICER));
		return officers.isEmpty() ? linked(this.people.people(Role.COORDINATOR)) : officers;
	}

	private static List<Person> linked(List<Person> people) {
		return people.stream().filter(p -> p.getLineUserId() != null && p.isLineLinkActive()).toList();
	}

	/**
	 * The day of the sweep, part of each message's key: handling one sweep's event twice sends once, but a
	 * case told again on a later day (reopened, or now late for its result after a late acknowledgement)
	 * is not taken for the earlier message and dropped.
	 */
	private java.time.LocalDate today() {
		return java.time.LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
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

	/**
	 * One line per case with the date that matters: for an overdue case not yet acknowledged while its
	 * result date is still ahead, the acknowledgement date it missed (a future result date under
	 * "เกินกำหนด" reads as a mistake).
	 */
	private String lines(List<String> ids, boolean overdue) {
		java.time.LocalDate today = today();
		List<String> out = new ArrayList<>();
		for (String id : ids.subList(0, Math.min(ids.size(), 30))) {
			this.complaints.find(id).ifPresent(c -> {
				boolean ackLate = overdue && c.getStatus() == org.tidtam.complaints.ComplaintStatus.RECEIVED
						&& c.getAcknowledgeBy() != null && c.getAcknowledgeBy().isBefore(today)
						&& (c.getResultBy() == null || !c.getResultBy().isBefore(today));
				out.add("• " + c.getTicket() + " " + c.getCategoryName()
						+ (ackLate ? " ยังไม่รับเรื่อง กำหนดรับเรื่อง " + ThaiDates.shortDate(c.getAcknowledgeBy())
								: " กำหนด " + ThaiDates.shortDate(c.getResultBy())));
			});
		}
		if (ids.size() > 30) {
			out.add("และอีก " + (ids.size() - 30) + " เรื่อง");
		}
		return String.join("\n", out);
	}


}
