package org.tidtam.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Dialogs in MongoDB. Expiry is done here rather than with a TTL index, which the embedded store
 * never applies (STACK.md); each expired dialog is lapsed by id, on condition that it is still
 * under way and past its expiry, so two instances never both announce it.
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
	public List<ChatSession> lapseExpired(Instant now, Instant rememberUntil) {
		this.mongo.remove(Query.query(Criteria.where(ChatSession.LAPSED_AT).ne(null).and(ChatSession.EXPIRES_AT).lte(now)),
				ChatSession.class);
		List<ChatSession> lapsed = new ArrayList<>();
		for (ChatSession session : this.mongo.find(Query.query(underWayAndDue(now)), ChatSession.class)) {
			// the version moves on, so a turn saved from an older copy fails instead of bringing the draft back
			ChatSession before = this.mongo.findAndModify(
					Query.query(Criteria.where("_id").is(session.getId()).andOperator(underWayAndDue(now))),
					new Update().set(ChatSession.LAPSED_AT, now)
						.set(ChatSession.EXPIRES_AT, rememberUntil)
						.unset("draft")
						.set("history", List.of())
						.inc("version", 1),
					ChatSession.class);
			if (before != null) {
				lapsed.add(before);
			}
		}
		return lapsed;
	}

	private static Criteria underWayAndDue(Instant now) {
		return Criteria.where(ChatSession.LAPSED_AT).is(null).and(ChatSession.EXPIRES_AT).lte(now);
	}

}
