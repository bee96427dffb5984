package org.tidtam.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tidtam.line.outbound.OutboxMessage;
import org.tidtam.line.webhook.InboxEvent;

/**
 * Keeps raw LINE traffic no longer than needed (PDPA): handled webhook events after
 * {@code tidtam.inbox.retention} (default 30 days), delivered outbox messages after
 * {@code tidtam.outbox.retention} (90 days). Done in the application because the embedded store never
 * expires TTL indexes (STACK.md). Dead letters stay until an admin deals with them.
 */
@Component
class LineRetention {

	private static final Logger log = LoggerFactory.getLogger(LineRetention.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Duration inboxRetention;

	private final Duration outboxRetention;

	LineRetention(MongoTemplate mongo, Clock clock, @Value("${tidtam.inbox.retention:P30D}") Duration inboxRetention,
			@Value("${tidtam.outbox.retention:P90D}") Duration outboxRetention) {
		this.mongo = mongo;
		this.clock = clock;
		this.inboxRetention = inboxRetention;
		this.outboxRetention = outboxRetention;
	}

	@Scheduled(cron = "${tidtam.retention.cron:0 15 3 * * *}", zone = "Asia/Bangkok")
	long sweep() {
		Instant now = this.clock.instant();
		long events = this.mongo
			.remove(Query.query(Criteria.where(InboxEvent.STATE)
				.in(InboxEvent.State.DONE, InboxEvent.State.IGNORED)
				.and(InboxEvent.RECEIVED_AT)
				.lt(now.minus(this.inboxRetention))), InboxEvent.class)
			.getDeletedCount();
		long messages = this.mongo
			.remove(Query.query(Criteria.where(OutboxMessage.STATE)
				.in(OutboxMessage.State.SENT, OutboxMessage.State.FAILED)
				.and(OutboxMessage.CREATED_AT)
				.lt(now.minus(this.outboxRetention))), OutboxMessage.class)
			.getDeletedCount();
		if (events + messages > 0) {
			log.info("Retention: removed {} handled webhook events and {} delivered messages", events, messages);
		}
		return events + messages;
	}

}
