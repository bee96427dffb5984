package org.tidtam.complaints;

import java.time.Clock;

import org.bson.Document;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** PDPA: who opened a page showing a citizen's personal data (name, phone, place, photos), and when. */
@Component
public class PersonalDataAudit {

	public static final String COLLECTION = "personal_data_access_log";

	/** One row; {@code ticket} is the case's number (ร-2570-000001), null in rows written before it was kept. */
	public record Access(java.time.Instant at, String who, String what, String id, String ticket)
			implements TrailFilter.Row {

		/** The message key saying what was opened ({@code data-requests.trail.*}), for the trail page. */
		@Override
		public String whatKey() {
			if ("complaint".equals(this.what)) {
				return "data-requests.trail.complaint";
			}
			return photoNumber() != null ? "data-requests.trail.complaint-photo" : "data-requests.trail.other";
		}

		/** The photo's number counted from 1 as people count, else the stored code as it is. */
		@Override
		public Object whatArg() {
			Integer photo = photoNumber();
			return photo != null ? photo : this.what;
		}

		/** The case's number; the case's id in a row written before numbers were kept, of a case since deleted. */
		@Override
		public String record() {
			return this.ticket != null ? this.ticket : this.id;
		}

		public Access withTicket(String ticket) {
			return new Access(this.at, this.who, this.what, this.id, ticket);
		}

		private Integer photoNumber() {
			return AccessCodes.numberAfter(this.what, COMPLAINT_PHOTO);
		}

	}

	private static final String COMPLAINT_PHOTO = "complaint-photo:";

	/** The case's id: older rows name the case by it alone. */
	static final String ID = "id";

	private final MongoTemplate mongo;

	private final Clock clock;

	PersonalDataAudit(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** {@code ticket} is kept beside the id so that the trail still names the case after it is deleted (PDPA). */
	public void record(String who, String what, String id, String ticket) {
		this.mongo.insert(new Document(TrailFilter.AT, this.clock.instant()).append(TrailFilter.WHO, who)
			.append("what", what)
			.append(ID, id)
			.append(TrailFilter.TICKET, ticket), COLLECTION);
	}

	/**
	 * One page of the trail, newest first, with how many rows match: the trail grows with every case
	 * opened, and a year's rows must stay reachable. A case's number also finds the rows written
	 * before the number was kept, by the case's id while the case is there.
	 */
	public Page<Access> page(TrailFilter filter, Pageable pageable) {
		Criteria byTicket = null;
		if (filter.ticket() != null) {
			Query theCase = Query.query(Criteria.where(Complaint.TICKET).is(filter.ticket()));
			theCase.fields().include("_id");
			Complaint complaint = this.mongo.findOne(theCase, Complaint.class);
			byTicket = complaint == null ? Criteria.where(TrailFilter.TICKET).is(filter.ticket())
					: new Criteria().orOperator(Criteria.where(TrailFilter.TICKET).is(filter.ticket()),
							Criteria.where(ID).is(complaint.getId()));
		}
		return filter.page(this.mongo, COLLECTION, byTicket, pageable,
				d -> new Access(d.getDate(TrailFilter.AT).toInstant(), d.getString(TrailFilter.WHO), d.getString("what"),
						d.getString(ID), d.getString(TrailFilter.TICKET)));
	}

}
