package org.tidtam.progress;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** Indexes of progress reports, created when the context starts (re-runnable). */
@Configuration(proxyBeanMethods = false)
class ProgressStoreSetup {

	@Bean
	ApplicationRunner progressIndexes(MongoTemplate mongo) {
		ensure(mongo);
		return args -> {
		};
	}

	static void ensure(MongoTemplate mongo) {
		var ops = mongo.indexOps(ProgressReport.COLLECTION);
		ops.createIndex(new Index().on(ProgressReport.IDEMPOTENCY_KEY, Direction.ASC).unique().sparse().named("key"));
		ops.createIndex(new Index().on(ProgressReport.ASSIGNMENT_ID, Direction.ASC)
			.on(ProgressReport.REPORTED_AT, Direction.DESC)
			.named("assignment_time"));
		ops.createIndex(new Index().on(ProgressReport.PLAN_ID, Direction.ASC)
			.on(ProgressReport.REPORTED_AT, Direction.ASC)
			.named("plan_time"));
	}

}
