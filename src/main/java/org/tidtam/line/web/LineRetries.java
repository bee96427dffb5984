package org.tidtam.line.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.mongodb.client.result.UpdateResult;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tidtam.line.outbound.OutboxMessage;
import org.tidtam.line.outbound.OutboxSender;
import org.tidtam.line.webhook.InboxEvent;
import org.tidtam.line.webhook.InboxWorker;

/**
 * An admin's "try again" on a dead letter. One conditional update per document (id and state in the
 * filter), never a read-modify-save: a worker that picked the document up meanwhile wins, and the
 * version is bumped so that a worker holding an older copy cannot overwrite the retry. The worker or
 * sender is then woken, so the retry happens now (as the page says) rather than at its next regular
 * scan of the store.
 */
@Component
class LineRetries {

	static final List<InboxEvent.State> RETRYABLE_EVENTS = List.of(InboxEvent.State.DEAD, InboxEvent.State.RETRY);

	static final List<OutboxMessage.State> RETRYABLE_MESSAGES = List.of(OutboxMessage.State.DEAD,
			OutboxMessage.State.FAILED);

	private static final String ID = "_id";

	private static final String ATTEMPTS = "attempts";

	private static final String LEASE_UNTIL = "leaseUntil";

	private static final String VERSION = "version";

	private final MongoOperations mongo;

	private final Clock clock;

	private final InboxWorker worker;

	private final OutboxSender sender;

	LineRetries(MongoOperations mongo, Clock clock, InboxWorker worker, OutboxSender sender) {
		this.mongo = mongo;
		this.clock = clock;
		this.worker = worker;
		this.sender = sender;
	}

	/** Puts a DEAD or RETRY webhook event back to PENDING, due now; false when it was in another state. */
	boolean retryEvent(String id) {
		Query query = new Query(Criteria.where(ID).is(id).and(InboxEvent.STATE).in(RETRYABLE_EVENTS));
		Update update = new Update().set(InboxEvent.STATE, InboxEvent.State.PENDING)
			.set(ATTEMPTS, 0)
			.set(InboxEvent.NEXT_ATTEMPT_AT, this.clock.instant())
			.unset(LEASE_UNTIL)
			.inc(VERSION, 1);
		UpdateResult result = this.mongo.updateFirst(query, update, InboxEvent.class);
		if (result.getModifiedCount() == 0) {
			return false;
		}
		this.worker.wake();
		return true;
	}

	/**
	 * True when sending {@code message} again might deliver it twice: an earlier attempt may have reached
	 * LINE (it gave up after timeouts or 5xx, or was refused only after such attempts) and LINE may have
	 * forgotten its retry key by now (the key's first use was no earlier than the message's creation).
	 * A message LINE refused at its first attempt was never delivered, so it is safe at any age.
	 */
	static boolean mayDuplicate(OutboxMessage message, Instant now) {
		boolean uncertain = message.getState() == OutboxMessage.State.DEAD || message.getAttempts() > 1;
		Instant created = message.getCreatedAt();
		return uncertain && (created == null || !created.plus(OutboxSender.RETRY_KEY_KEPT).isAfter(now));
	}

	/** True when {@code message} might be delivered twice if sent again now (see {@link #mayDuplicate}). */
	boolean mayDuplicate(OutboxMessage message) {
		return mayDuplicate(message, this.clock.instant());
	}

	/**
	 * Puts a DEAD or FAILED outgoing message back to PENDING, due now; false when it was in another
	 * state. A message that {@link #mayDuplicate may be delivered twice} is put back only when the
	 * admin said so ({@code acceptDuplicate}); otherwise the answer is {@link Outcome#NEEDS_CONFIRMATION}.
	 */
	Outcome retryMessage(String id, boolean acceptDuplicate) {
		OutboxMessage current = this.mongo.findById(id, OutboxMessage.class);
		if (current == null || !RETRYABLE_MESSAGES.contains(current.getState())) {
			return Outcome.NOT_RETRYABLE;
		}
		if (!acceptDuplicate && mayDuplicate(current)) {
			return Outcome.NEEDS_CONFIRMATION;
		}
		return retryMessage(id) ? Outcome.RETRIED : Outcome.NOT_RETRYABLE;
	}

	enum Outcome {

		RETRIED, NOT_RETRYABLE, NEEDS_CONFIRMATION

	}

	/** Puts a DEAD or FAILED outgoing message back to PENDING, due now; false when it was in another state. */
	boolean retryMessage(String id) {
		Query query = new Query(Criteria.where(ID).is(id).and(OutboxMessage.STATE).in(RETRYABLE_MESSAGES));
		Update update = new Update().set(OutboxMessage.STATE, OutboxMessage.State.PENDING)
			.set(ATTEMPTS, 0)
			.set(OutboxMessage.NEXT_ATTEMPT_AT, this.clock.instant())
			.unset(LEASE_UNTIL)
			.inc(VERSION, 1);
		UpdateResult result = this.mongo.updateFirst(query, update, OutboxMessage.class);
		if (result.getModifiedCount() == 0) {
			return false;
		}
		this.sender.wake();
		return true;
	}

}
