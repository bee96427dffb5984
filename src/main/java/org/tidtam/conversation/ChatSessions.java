package org.tidtam.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where dialogs in progress are kept (MongoDB in the app, a map in flow tests). */
public interface ChatSessions {

	Optional<ChatSession> find(String id);

	void save(ChatSession session);

	void delete(String id);

	/**
	 * Ends the dialogs idle past their expiry and returns each once, as it was (to be announced): each
	 * stays until {@code rememberUntil} as lapsed, its draft and history dropped. Lapsed dialogs past
	 * that time are removed.
	 */
	List<ChatSession> lapseExpired(Instant now, Instant rememberUntil);

}
