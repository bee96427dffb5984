package org.tidtam.conversation;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** The index the expiry sweep uses (real MongoDB uses it; the embedded store scans, which is fine at this size). */
@Configuration(proxyBeanMethods = false)
class ConversationStoreSetup {

	@Bean
	ApplicationRunner chatSessionIndexes(MongoTemplate mongo) {
		mongo.indexOps(ChatSession.COLLECTION)
			.createIndex(new Index().on(ChatSession.EXPIRES_AT, Sort.Direction.ASC).named("expires_at"));
		return args -> {
		};
	}

}
