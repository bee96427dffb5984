package org.tidtam.complaints;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * PDPA requests from citizens: a copy of what the office holds about them, or its deletion. A
 * coordinator approves or rejects; deletion erases the personal data of the citizen's complaints (LINE
 * id, name, phone, address, map point, the photos they sent) and feedback (cases stay, anonymous, for
 * statistics); the LINE adapter then forgets the chat traffic that carried them.
 */
@Service
public class DataRequestService {

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ComplaintPhotos photos;

	DataRequestService(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock, ComplaintPhotos photos) {
		this.photos = photos;
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
	}

	public DataRequest file(String lineUserId, DataRequest.Kind kind, String key) {
		DataRequest earlier = this.mongo.findOne(Query.query(Criteria.where("idempotencyKey").is(key)), DataRequest.class);
		if (earlier != null) {
			return earlier;
		}
		DataRequest request = new DataRequest();
		request.setLineUserId(lineUserId);
		request.setKind(kind);
		request.setCreatedAt(this.clock.instant());
		request.setIdempotencyKey(key);
		return this.mongo.insert(request);
	}

	public List<DataRequest> recent() {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, DataRequest.CREATED_AT)).limit(200),
				DataRequest.class);
	}

	/**
	 * One page of the requests, newest first, with how many match; {@code stage} null for all of them.
	 * Requests keep coming for years, and an old one must stay reachable from the list.
	 */
	public Page<DataRequest> page(DataRequest.Stage stage, Pageable pageable) {
		Query query = stage == null ? new Query()
				: Query.query(Criteria.where(DataRequest.STATE).in(stage.states()));
		long total = this.mongo.count(query, DataRequest.class);
		List<DataRequest> content = this.mongo.find(Query.of(query)
			.with(Sort.by(Sort.Direction.DESC, DataRequest.CREATED_AT).and(Sort.by(Sort.Direction.DESC, "_id")))
			.skip(pageable.getOffset())
			.limit(pageable.getPageSize()), DataRequest.class);
		return new PageImpl<>(content, pageable, total);
	}

	/** How many cases a deletion request would anonymise: shown to the coordinator before approving. */
	public long casesOf(DataRequest request) {
		if (request.getLineUserId() == null) {
			return 0;
		}
		return this.mongo.count(Query.query(Criteria.where(Complaint.LINE_USER_ID).is(request.getLineUserId())),
				Complaint.class);
	}

	public Optional<DataRequest> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, DataRequest.class));
	}

	/** Decides a pending request once; approving a deletion erases at once. */
	public boolean decide(String id, boolean approve, String coordinator) {
		DataRequest request = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(id).and("state").is(DataRequest.State.PENDING)),
				new Update().set("state", approve ? DataRequest.State.APPROVED : DataRequest.State.REJECTED)
					.set("decidedAt", this.clock.instant())
					.set("decidedBy", coordinator),
				DataRequest.class);
		if (request == null) {
			return false;
		}
		if (approve && request.getKind() == DataRequest.Kind.DELETE) {
			// the citizen's own photos (a face, a house) go with the rest; the office's photos of its work stay
			for (Complaint c : this.mongo.find(Query.query(Criteria.where(Complaint.LINE_USER_ID).is(request.getLineUserId())),
					Complaint.class)) {
				List<Complaint.Photo> theirs = c.getPhotos().stream().filter(p -> p.lineMessageId() != null).toList();
				if (!theirs.isEmpty()) {
					theirs.forEach(this.photos::delete);
					this.mongo.updateFirst(Query.query(Criteria.where("_id").is(c.getId())),
							Update.update(Complaint.PHOTOS, c.getPhotos().stream().filter(p -> p.lineMessageId() == null).toList()),
							Complaint.class);
				}
			}
			// the decision message must still reach the citizen: the request keeps the id, the cases do not
			this.mongo.updateMulti(Query.query(Criteria.where(Complaint.LINE_USER_ID).is(request.getLineUserId())),
					new Update().unset(Complaint.LINE_USER_ID)
						.unset("contact.name")
						.unset("contact.phone")
						.unset("place.address")
						.unset("place.latitude")
						.unset("place.longitude")
						.set("anonymisedAt", this.clock.instant()),
					Complaint.class);
			this.mongo.updateMulti(Query.query(Criteria.where("lineUserId").is(request.getLineUserId())),
					new Update().unset("lineUserId"), Feedback.class);
		}
		this.events.publishEvent(new DataRequestDecided(id));
		return true;
	}

}
