package org.tidtam.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Dialogs in a map: for flow tests written as scripts, without a store. */
public class InMemoryChatSessions implements ChatSessions {

	private final Map<String, ChatSession> sessions = new ConcurrentHashMap<>();

	@Override
	public Optional<ChatSession> find(String id) {
		return Optional.ofNullable(this.sessions.get(id));
	}

	@Override
	public void save(ChatSession session) {
		this.sessions.put(session.getId(), session);
	}

	@Override
	public void delete(String id) {
		this.sessions.remove(id);
	}

	@Override
	public List<ChatSession> takeExpired(Instant now) {
		List<ChatSession> taken = new ArrayList<>();
		for (ChatSession session : List.copyOf(this.sessions.values())) {
			if (!now.isBefore(session.getExpiresAt()) && this.sessions.remove(session.getId(), session)) {
				taken.add(session);
			}
		}
		return taken;
	}

}
