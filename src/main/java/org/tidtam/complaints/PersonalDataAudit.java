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

	/** One row; {@code ticket} is the case's number (ร-2570-000001), null in rows written before it was kept. */
	public record Access(java.time.Instant at, String who, String what, String id, String ticket) {

		/** The message key saying what was opened ({@code data-requests.trail.*}), for the trail page. */
		public String whatKey() {
			if ("complaint".equals(this.what)) {
				return "data-requests.trail.complaint";
			}
			return photoNumber() != null ? "data-requests.trail.complaint-photo" : "data-requests.trail.other";
		}

		/** The photo's number counted from 1 as people count, else the stored code as it is. */
		public Object whatArg() {
			Integer photo = photoNumber();
			return photo != null ? photo : this.what;
		}

		public Access withTicket(String ticket) {
			return new Access(this.at, this.who, this.what, this.id, ticket);
		}

		private Integer photoNumber() {
			return AccessCodes.numberAfter(this.what, COMPLAINT_PHOTO);
		}

	}

	private static final String COMPLAINT_PHOTO = "complaint-photo:";

	private final MongoTemplate mongo;

	private final Clock clock;

	PersonalDataAudit(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** {@code ticket} is kept beside the id so that the trail still names the case after it is deleted (PDPA). */
	public void record(String who, String what, String id, String ticket) {
		this.mongo.insert(new Document("at", this.clock.instant()).append("who", who)
			.append("what", what)
			.append("id", id)
			.append("ticket", ticket), COLLECTION);
	}

	public List<Access> recent(int limit) {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), Document.class, COLLECTION)
			.stream()
			.map(d -> new Access(d.getDate("at").toInstant(), d.getString("who"), d.getString("what"), d.getString("id"),
					d.getString("ticket")))
			.toList();
	}

}
