package org.tidtam.conversation;

import org.springframework.context.MessageSource;

/** Lets tests of other packages run the dialog engine in memory. */
public final class ConversationServiceTestSupport {

	private ConversationServiceTestSupport() {
	}

	public static ChatSessions sessions() {
		return new InMemoryChatSessions();
	}

	public static MessageSource messages() {
		return ConversationServiceTests.messages();
	}

}
