package org.tidtam.complaints.integrity;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.tidtam.complaints.TrailFilter;

/** Indexes of corruption reports and their access trail (re-runnable). */
@Configuration(proxyBeanMethods = false)
class IntegrityStoreSetup {

	@Bean
	ApplicationRunner integrityIndexes(MongoTemplate mongo) {
		var ops = mongo.indexOps(IntegrityReport.COLLECTION);
		ops.createIndex(new Index().on(IntegrityReport.TICKET, Direction.ASC).unique().named("ticket"));
		ops.createIndex(new Index().on("idempotencyKey", Direction.ASC).unique().sparse().named("key"));
		ops.createIndex(new Index().on(IntegrityReport.LOOKUP, Direction.ASC).named("reporter"));
		TrailFilter.ensureIndexes(mongo, IntegrityAudit.COLLECTION);
		return args -> {
		};
	}

}
