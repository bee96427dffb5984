package org.tidtam.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where dialogs in progress are kept (MongoDB in the app, a map in flow tests). */
public interface ChatSessions {

	Optional<ChatSession> find(String id);

	void save(ChatSession session);

	void delete(String id);

	/** Removes and returns the dialogs idle past their expiry. */
	List<ChatSession> takeExpired(Instant now);

}
