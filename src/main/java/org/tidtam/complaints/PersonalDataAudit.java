package org.tidtam.complaints;

import java.time.Clock;
import java.util.List;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** PDPA: who opened a page showing a citizen's personal data (name, phone, place, photos), and when. */
@Component
public class PersonalDataAudit {

	public static final String COLLECTION = "personal_data_access_log";

	public record Access(java.time.Instant at, String who, String what, String id) {
	}

	private final MongoTemplate mongo;

	private final Clock clock;

	PersonalDataAudit(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public void record(String who, String what, String id) {
		this.mongo.insert(new Document("at", this.clock.instant()).append("who", who).append("what", what).append("id", id),
				COLLECTION);
	}

	public List<Access> recent(int limit) {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), Document.class, COLLECTION)
			.stream()
			.map(d -> new Access(d.getDate("at").toInstant(), d.getString("who"), d.getString("what"), d.getString("id")))
			.toList();
	}

}
