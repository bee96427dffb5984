package org.tidtam.complaints.integrity;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.bson.Document;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import org.tidtam.complaints.AccessCodes;
import org.tidtam.complaints.TrailFilter;

/** Who read or changed which corruption report, and when: every access is a row (ITA asks for the trail). */
@Component
public class IntegrityAudit {

	public static final String COLLECTION = "integrity_access_log";

	public record Access(Instant at, String who, String action, String reportId, String ticket) implements TrailFilter.Row {

		/** The message key saying what the officer did ({@code integrity.action.*}), for the trail page. */
		@Override
		public String whatKey() {
			if (evidenceNumber() != null) {
				return "integrity.action.evidence";
			}
			return KNOWN.contains(this.action) ? "integrity.action." + this.action : "integrity.action.other";
		}

		/** The evidence file's number counted from 1 (the file's page says "ไฟล์ที่ 1"), else the code. */
		@Override
		public Object whatArg() {
			Integer evidence = evidenceNumber();
			return evidence != null ? evidence : this.action;
		}

		@Override
		public String record() {
			return this.ticket;
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
		this.mongo.insert(new Document(TrailFilter.AT, this.clock.instant()).append(TrailFilter.WHO, who)
			.append("action", action)
			.append("reportId", reportId)
			.append(TrailFilter.TICKET, ticket), COLLECTION);
	}

	/**
	 * One page of the trail, newest first, with how many rows match (shown to integrity officers only):
	 * "who read this report in March?" must reach back past the newest rows.
	 */
	public Page<Access> page(TrailFilter filter, Pageable pageable) {
		return filter.page(this.mongo, COLLECTION,
				filter.ticket() == null ? null : Criteria.where(TrailFilter.TICKET).is(filter.ticket()), pageable,
				d -> new Access(d.getDate(TrailFilter.AT).toInstant(), d.getString(TrailFilter.WHO), d.getString("action"),
						d.getString("reportId"), d.getString(TrailFilter.TICKET)));
	}

}
