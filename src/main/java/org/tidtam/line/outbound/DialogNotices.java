package org.tidtam.line.outbound;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tidtam.conversation.DialogExpired;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.shared.ThaiNames;

/**
 * Tells a person, once, that the dialog they left idle has expired (a push: no reply token is left). In a
 * group several people may have dialogs under way, so there the notice names whose it was.
 */
@Component
class DialogNotices {

	private final LineMessenger messenger;

	private final LineMessages messages;

	private final MessageSource texts;

	private final PersonService people;

	DialogNotices(LineMessenger messenger, LineMessages messages, MessageSource texts, PersonService people) {
		this.people = people;
		this.messenger = messenger;
		this.messages = messages;
		this.texts = texts;
	}

	@EventListener
	void on(DialogExpired expired) {
		Locale thai = Locale.forLanguageTag("th");
		String text = this.texts.getMessage("chat.dialog.expired-notice", null, thai);
		if (!expired.chat().oneToOne() && expired.chat().userId() != null) {
			String notice = text;
			text = this.people.findByLineUserId(expired.chat().userId())
				.map(Person::getName)
				.map(ThaiNames::withoutTitle)
				.map(name -> this.texts.getMessage("chat.dialog.expired-notice-for", new Object[] { name, notice }, thai))
				.orElse(text);
		}
		this.messenger.push(expired.chat().chatId(), List.of(this.messages.text(text)), "dialog-expired",
				expired.chat().oneToOne(), null);
	}

}
