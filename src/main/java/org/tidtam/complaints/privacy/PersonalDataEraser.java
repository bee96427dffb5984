package org.tidtam.complaints.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintPhotos;

/**
 * Erases the personal data of complaints (PDPA): the citizen's LINE id, name and phone, the place, and
 * every photo, while what statistics need stays (ticket, category, division, statuses and their dates,
 * rating). Runs every night for cases closed longer ago than the retention period (default two years,
 * as the chat's notice says), and at once for a citizen whose deletion request was approved.
 * Idempotent: an erased case is marked and skipped.
 */
@Service
public class PersonalDataEraser {

	static final String ERASED_AT = "personalDataErasedAt";

	private static final Logger log = LoggerFactory.getLogger(PersonalDataEraser.class);

	private final MongoTemplate mongo;

	private final GridFsTemplate officerPhotos;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration retention;

	PersonalDataEraser(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock,
			@Value("${tidtam.complaints.retention:P730D}") Duration retention) {
		this.mongo = mongo;
		this.officerPhotos = new GridFsTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter(), ComplaintPhotos.BUCKET);
		this.events = events;
		this.clock = clock;
		this.retention = retention;
	}

	/** Erases every case closed before the retention period; returns how many. */
	@Scheduled(cron = "${tidtam.complaints.retention-cron:0 15 3 * * *}", zone = "Asia/Bangkok")
	public int eraseExpired() {
		Instant before = this.clock.instant().minus(this.retention);
		List<Complaint> expired = this.mongo.find(Query.query(Criteria.where(Complaint.CLOSED_AT)
			.lt(before)
			.and(ERASED_AT)
			.exists(false)), Complaint.class);
		expired.forEach(this::erase);
		// the access log keeps a year (the embedded store ignores TTL indexes, so this job trims it)
		this.mongo.remove(Query.query(Criteria.where("at").lt(java.util.Date.from(this.clock.instant().minus(Duration.ofDays(366))))),
				"personal_data_access");
		if (!expired.isEmpty()) {
			log.info("Retention: erased the personal data of {} closed complaints", expired.size());
		}
		return expired.size();
	}

	/** Erases every case of one LINE user (an approved deletion request); returns how many. */
	public int eraseFor(String lineUserId) {
		List<Complaint> theirs = this.mongo.find(Query.query(Criteria.where(Complaint.LINE_USER_ID).is(lineUserId)),
				Complaint.class);
		theirs.forEach(this::erase);
		return theirs.size();
	}

	private void erase(Complaint complaint) {
		List<String> chatPhotos = new ArrayList<>();
		for (Complaint.Photo photo : complaint.getPhotos()) {
			if (photo.lineMessageId() != null) {
				chatPhotos.add(photo.lineMessageId());
			}
			if (photo.fileId() != null) {
				this.officerPhotos.delete(Query.query(Criteria.where("_id").is(new org.bson.types.ObjectId(photo.fileId()))));
			}
		}
		Update update = new Update().unset(Complaint.LINE_USER_ID)
			.set("contact", new Complaint.Contact(Complaint.ContactMode.ANONYMOUS, null, null))
			.unset("place")
			.set(Complaint.PHOTOS, List.of())
			.set(ERASED_AT, this.clock.instant());
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(complaint.getId()).and(ERASED_AT).exists(false)), update,
				Complaint.class);
		this.events.publishEvent(new PersonalDataErased(complaint.getId(), chatPhotos));
	}

}
