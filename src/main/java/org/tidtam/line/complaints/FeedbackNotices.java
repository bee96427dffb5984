package org.tidtam.line.complaints;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tidtam.complaints.FeedbackReceived;
import org.tidtam.complaints.FeedbackService;
import org.tidtam.line.outbound.LineMessages;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.shared.Role;

/** Feedback from citizens goes to the coordinators' LINE (once per feedback and coordinator). */
@Component
class FeedbackNotices {

	private final FeedbackService feedback;

	private final PersonService people;

	private final LineMessages messages;

	private final LineMessenger messenger;

	FeedbackNotices(FeedbackService feedback, PersonService people, LineMessages messages, LineMessenger messenger) {
		this.feedback = feedback;
		this.people = people;
		this.messages = messages;
		this.messenger = messenger;
	}

	@EventListener
	void on(FeedbackReceived received) {
		this.feedback.find(received.feedbackId()).ifPresent(f -> {
			String text = "ประชาชนส่ง" + f.getKind().thai() + "\n" + org.tidtam.shared.ShortText.cut(f.getText(), 1000);
			for (Person coordinator : this.people.people(Role.COORDINATOR)) {
				if (coordinator.getLineUserId() != null && coordinator.isLineLinkActive()) {
					this.messenger.push(coordinator.getLineUserId(), List.of(this.messages.text(text)), "feedback", true,
							"feedback:" + f.getId() + ":" + coordinator.getId());
				}
			}
		});
	}

}
