package org.tidtam.complaints;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Records feedback once per dialog and tells the coordinators (through {@link FeedbackReceived}). */
@Service
public class FeedbackService {

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FeedbackService(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
		mongo.indexOps(Feedback.COLLECTION)
			.createIndex(new Index().on("idempotencyKey", Sort.Direction.ASC).unique().sparse().named("key"));
	}

	public Feedback record(String lineUserId, Feedback.Kind kind, String text, String key) {
		Feedback earlier = byKey(key);
		if (earlier != null) {
			return earlier;
		}
		Feedback feedback = new Feedback();
		feedback.setKind(kind);
		feedback.setText(text);
		feedback.setLineUserId(lineUserId);
		feedback.setCreatedAt(this.clock.instant());
		feedback.setIdempotencyKey(key);
		try {
			feedback = this.mongo.insert(feedback);
		}
		catch (DuplicateKeyException raced) {
			return byKey(key);
		}
		this.events.publishEvent(new FeedbackReceived(feedback.getId()));
		return feedback;
	}

	public Optional<Feedback> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Feedback.class));
	}

	public List<Feedback> recent(int limit) {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit), Feedback.class);
	}

	private Feedback byKey(String key) {
		return key == null ? null : this.mongo.findOne(Query.query(Criteria.where("idempotencyKey").is(key)), Feedback.class);
	}

}
