package org.tidtam.line;

import com.mongodb.WriteConcern;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.tidtam.line.media.LineMediaStore;
import org.tidtam.line.outbound.OutboxMessage;
import org.tidtam.line.webhook.InboxEvent;

/**
 * Indexes for the inbox and outbox, created explicitly at start (re-runnable), and a majority,
 * journaled write concern for both: their writes are promises made to LINE or to a person.
 */
@Configuration(proxyBeanMethods = false)
class LineStoreSetup {

	@Bean
	ApplicationRunner lineIndexes(MongoTemplate mongo) {
		ensure(mongo);
		return args -> {
		};
	}

	static void ensure(MongoTemplate mongo) {
		mongo.setWriteConcernResolver(action -> {
			String collection = action.getCollectionName();
			if (InboxEvent.COLLECTION.equals(collection) || OutboxMessage.COLLECTION.equals(collection)) {
				return WriteConcern.MAJORITY.withJournal(true);
			}
			return action.getDefaultWriteConcern();
		});
		IndexOperations inbox = mongo.indexOps(InboxEvent.COLLECTION);
		inbox.createIndex(new Index().on(InboxEvent.STATE, Sort.Direction.ASC)
			.on(InboxEvent.NEXT_ATTEMPT_AT, Sort.Direction.ASC)
			.named("state_next_attempt"));
		inbox.createIndex(new Index().on(InboxEvent.CHAT_KEY, Sort.Direction.ASC)
			.on(InboxEvent.EVENT_TIMESTAMP, Sort.Direction.ASC)
			.on(InboxEvent.SEQUENCE, Sort.Direction.ASC)
			.named("chat_order"));
		inbox.createIndex(new Index().on(InboxEvent.RECEIVED_AT, Sort.Direction.DESC).named("received_at"));
		IndexOperations outbox = mongo.indexOps(OutboxMessage.COLLECTION);
		outbox.createIndex(new Index().on(OutboxMessage.STATE, Sort.Direction.ASC)
			.on(OutboxMessage.NEXT_ATTEMPT_AT, Sort.Direction.ASC)
			.named("state_next_attempt"));
		outbox.createIndex(new Index().on(OutboxMessage.CREATED_AT, Sort.Direction.DESC).named("created_at"));
		mongo.indexOps(LineMediaStore.BUCKET + ".files")
			.createIndex(new Index().on("metadata.messageId", Sort.Direction.ASC).named("message_id"));
	}

}
