package org.tidtam.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Dialogs in MongoDB. Expiry is done here rather than with a TTL index, which the embedded store
 * never applies (STACK.md); each expired dialog is removed by id so two instances never both
 * announce it.
 */
@Component
class MongoChatSessions implements ChatSessions {

	private final MongoTemplate mongo;

	MongoChatSessions(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<ChatSession> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, ChatSession.class));
	}

	@Override
	public void save(ChatSession session) {
		this.mongo.save(session);
	}

	@Override
	public void delete(String id) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(id)), ChatSession.class);
	}

	@Override
	public List<ChatSession> takeExpired(Instant now) {
		List<ChatSession> taken = new ArrayList<>();
		for (ChatSession session : this.mongo.find(Query.query(Criteria.where(ChatSession.EXPIRES_AT).lte(now)),
				ChatSession.class)) {
			ChatSession removed = this.mongo.findAndRemove(Query.query(Criteria.where("_id")
				.is(session.getId())
				.and(ChatSession.EXPIRES_AT)
				.lte(now)), ChatSession.class);
			if (removed != null) {
				taken.add(removed);
			}
		}
		return taken;
	}

}
