package org.tidtam.line.contacts;

import java.time.Instant;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Who follows the account and which groups the bot is in. An unfollow (the user blocked the account)
 * marks the user inactive, a follow makes them active again: pushes to blocked users are pointless.
 */
@Service
public class LineContacts {

	public static final String USERS = "line_users";

	public static final String GROUPS = "line_groups";

	private final MongoTemplate mongo;

	public LineContacts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void followed(String userId, Instant at) {
		upsert(USERS, userId, new Update().set("following", true).set("followedAt", at).setOnInsert("firstSeenAt", at));
	}

	public void unfollowed(String userId, Instant at) {
		upsert(USERS, userId, new Update().set("following", false).set("unfollowedAt", at).setOnInsert("firstSeenAt", at));
	}

	public void joinedGroup(String groupId, Instant at) {
		upsert(GROUPS, groupId, new Update().set("member", true).set("joinedAt", at));
	}

	public void leftGroup(String groupId, Instant at) {
		upsert(GROUPS, groupId, new Update().set("member", false).set("leftAt", at));
	}

	public boolean isFollowing(String userId) {
		org.bson.Document user = this.mongo.findById(userId, org.bson.Document.class, USERS);
		return user != null && Boolean.TRUE.equals(user.getBoolean("following"));
	}

	private void upsert(String collection, String id, Update update) {
		if (id == null) {
			return;
		}
		this.mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, collection);
	}

}
