package org.tidtam.complaints;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * What happens after a case is closed, run daily with the deadline sweep: the one "is it still fixed?"
 * question {@code follow-up-days} (14) after closing as done (not for categories that turn it off),
 * and PDPA retention: {@code retention-days} (730) after closing, the citizen's name, phone, LINE id,
 * typed address and shared map point are erased (the case, its category, division, dates and rating stay for statistics).
 */
@Service
public class ComplaintAftercare {

	static final String FOLLOW_UP_ASKED = "followUpAskedAt";

	static final String ANONYMISED = "anonymisedAt";

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration followUpAfter;

	private final Duration keepFor;

	ComplaintAftercare(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock,
			@Value("${tidtam.complaints.follow-up-days:14}") int followUpDays,
			@Value("${tidtam.complaints.retention-days:730}") int retentionDays) {
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
		this.followUpAfter = Duration.ofDays(followUpDays);
		this.keepFor = Duration.ofDays(retentionDays);
	}

	/** Asks the still-fixed question of every case due for it; returns how many were asked. */
	public int followUps() {
		Instant now = this.clock.instant();
		List<String> off = this.mongo
			.find(Query.query(Criteria.where("followUp").is(false)), ComplaintCategory.class)
			.stream()
			.map(ComplaintCategory::getId)
			.toList();
		Query due = Query.query(Criteria.where(Complaint.STATUS)
			.is(ComplaintStatus.DONE)
			.and(Complaint.CLOSED_AT)
			.lte(now.minus(this.followUpAfter))
			.and(FOLLOW_UP_ASKED)
			.isNull()
			.and(Complaint.LINE_USER_ID)
			.ne(null)
			.and(Complaint.CATEGORY_ID)
			.nin(off));
		int asked = 0;
		for (Complaint c : this.mongo.find(due, Complaint.class)) {
			boolean claimed = this.mongo
				.updateFirst(Query.query(Criteria.where("_id").is(c.getId()).and(FOLLOW_UP_ASKED).isNull()),
						Update.update(FOLLOW_UP_ASKED, now), Complaint.class)
				.getModifiedCount() == 1;
			if (claimed) {
				this.events.publishEvent(new ComplaintFollowUpDue(c.getId()));
				asked++;
			}
		}
		return asked;
	}

	/** The citizen answered "still fixed". */
	public boolean stillFixed(String complaintId, String lineUserId) {
		return this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(complaintId).and(Complaint.LINE_USER_ID).is(lineUserId)),
				Update.update("stillFixedAt", this.clock.instant()), Complaint.class).getModifiedCount() == 1;
	}

	/** Erases personal data of cases closed longer than the retention period; returns how many. */
	public int anonymise() {
		Instant now = this.clock.instant();
		Query old = Query.query(Criteria.where(Complaint.CLOSED_AT).lte(now.minus(this.keepFor)).and(ANONYMISED).isNull());
		Update erase = new Update().unset(Complaint.LINE_USER_ID)
			.unset("contact.name")
			.unset("contact.phone")
			.unset("place.address")
			.unset("place.latitude")
			.unset("place.longitude")
			.set(ANONYMISED, now);
		return (int) this.mongo.updateMulti(old, erase, Complaint.class).getModifiedCount();
	}

}
