package org.tidtam.line.outbound;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tidtam.conversation.DialogExpired;

/** Tells a person, once, that the dialog they left idle has expired (a push: no reply token is left). */
@Component
class DialogNotices {

	private final LineMessenger messenger;

	private final LineMessages messages;

	private final MessageSource texts;

	DialogNotices(LineMessenger messenger, LineMessages messages, MessageSource texts) {
		this.messenger = messenger;
		this.messages = messages;
		this.texts = texts;
	}

	@EventListener
	void on(DialogExpired expired) {
		String text = this.texts.getMessage("chat.dialog.expired-notice", null, Locale.forLanguageTag("th"));
		this.messenger.push(expired.chat().chatId(), List.of(this.messages.text(text)), "dialog-expired",
				expired.chat().oneToOne(), null);
	}

}
