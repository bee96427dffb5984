package org.tidtam.complaints.integrity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Who read or changed which corruption report, and when: every access is a row (ITA asks for the trail). */
@Component
public class IntegrityAudit {

	public static final String COLLECTION = "integrity_access_log";

	public record Access(Instant at, String who, String action, String reportId, String ticket) {
	}

	private final MongoTemplate mongo;

	private final Clock clock;

	IntegrityAudit(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	void record(String who, String action, String reportId, String ticket) {
		this.mongo.insert(new Document("at", this.clock.instant()).append("who", who)
			.append("action", action)
			.append("reportId", reportId)
			.append("ticket", ticket), COLLECTION);
	}

	/** The trail, newest first (shown to integrity officers only). */
	public List<Access> recent(int limit) {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), Document.class, COLLECTION)
			.stream()
			.map(d -> new Access(d.getDate("at").toInstant(), d.getString("who"), d.getString("action"),
					d.getString("reportId"), d.getString("ticket")))
			.toList();
	}

}
