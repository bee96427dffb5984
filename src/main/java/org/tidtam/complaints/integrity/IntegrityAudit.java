package org.tidtam.complaints.integrity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.tidtam.complaints.AccessCodes;

/** Who read or changed which corruption report, and when: every access is a row (ITA asks for the trail). */
@Component
public class IntegrityAudit {

	public static final String COLLECTION = "integrity_access_log";

	public record Access(Instant at, String who, String action, String reportId, String ticket) {

		/** The message key saying what the officer did ({@code integrity.action.*}), for the trail page. */
		public String actionKey() {
			if (evidenceNumber() != null) {
				return "integrity.action.evidence";
			}
			return KNOWN.contains(this.action) ? "integrity.action." + this.action : "integrity.action.other";
		}

		/** The evidence file's number counted from 1 (the file's page says "ไฟล์ที่ 1"), else the code. */
		public Object actionArg() {
			Integer evidence = evidenceNumber();
			return evidence != null ? evidence : this.action;
		}

		private Integer evidenceNumber() {
			return AccessCodes.numberAfter(this.action, EVIDENCE);
		}

	}

	private static final String EVIDENCE = "evidence:";

	/** The actions {@link IntegrityService} records, besides {@code evidence:N}. */
	private static final Set<String> KNOWN = Set.of("list", "read", "status");

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
