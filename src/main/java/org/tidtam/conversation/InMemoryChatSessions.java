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
	public List<ChatSession> lapseExpired(Instant now, Instant rememberUntil) {
		List<ChatSession> lapsed = new ArrayList<>();
		for (ChatSession session : List.copyOf(this.sessions.values())) {
			if (now.isBefore(session.getExpiresAt())) {
				continue;
			}
			if (session.getLapsedAt() != null) {
				this.sessions.remove(session.getId(), session);
			}
			else if (this.sessions.replace(session.getId(), session, lapsed(session, now, rememberUntil))) {
				lapsed.add(session);
			}
		}
		return lapsed;
	}

	private static ChatSession lapsed(ChatSession session, Instant now, Instant rememberUntil) {
		ChatSession copy = new ChatSession();
		copy.setId(session.getId());
		copy.setChatKey(session.getChatKey());
		copy.setChatId(session.getChatId());
		copy.setChatKind(session.getChatKind());
		copy.setUserId(session.getUserId());
		copy.setFlow(session.getFlow());
		copy.setStartedAt(session.getStartedAt());
		copy.setUpdatedAt(session.getUpdatedAt());
		copy.setLapsedAt(now);
		copy.setExpiresAt(rememberUntil);
		copy.setVersion(session.getVersion() == null ? 1 : session.getVersion() + 1);
		return copy;
	}

}
