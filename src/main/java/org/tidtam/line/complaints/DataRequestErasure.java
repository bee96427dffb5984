package org.tidtam.line.complaints;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.tidtam.complaints.DataRequest;
import org.tidtam.complaints.DataRequestDecided;
import org.tidtam.complaints.DataRequestService;
import org.tidtam.line.outbound.OutboxMessage;
import org.tidtam.line.webhook.InboxEvent;

/**
 * An approved PDPA deletion reaches the LINE adapter's own stores too: the citizen's webhook events
 * (their words, places and photos as LINE sent them) and the messages sent to them (the summary to
 * confirm repeats the complaint) would otherwise keep for the retention period after the cases are
 * anonymous. Only what is finished goes: events still to be handled and messages still to be sent
 * (the decision itself) stay.
 */
@Component
class DataRequestErasure {

	private final DataRequestService requests;

	private final MongoTemplate mongo;

	DataRequestErasure(DataRequestService requests, MongoTemplate mongo) {
		this.requests = requests;
		this.mongo = mongo;
	}

	@EventListener
	@Order(0)
	void on(DataRequestDecided decided) {
		this.requests.find(decided.requestId())
			.filter(r -> r.getState() == DataRequest.State.APPROVED && r.getKind() == DataRequest.Kind.DELETE
					&& r.getLineUserId() != null)
			.ifPresent(r -> {
				this.mongo.remove(Query.query(Criteria.where("userId")
					.is(r.getLineUserId())
					.and(InboxEvent.STATE)
					.in(InboxEvent.State.DONE, InboxEvent.State.IGNORED, InboxEvent.State.DEAD)), InboxEvent.class);
				this.mongo.remove(Query.query(Criteria.where("to")
					.is(r.getLineUserId())
					.and(OutboxMessage.STATE)
					.in(OutboxMessage.State.SENT, OutboxMessage.State.FAILED, OutboxMessage.State.DEAD)),
						OutboxMessage.class);
			});
	}

}
