package org.tidtam.reports;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** The reports' indexes, created explicitly at start (re-runnable): one meeting a day. */
@Configuration(proxyBeanMethods = false)
class ReportsStoreSetup {

	@Bean
	ApplicationRunner reportsIndexes(MongoTemplate mongo) {
		return args -> mongo.indexOps(Meeting.COLLECTION)
			.createIndex(new Index().on(Meeting.DATE, Direction.ASC).unique().named("date"));
	}

}
