package org.tidtam.complaints;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** Indexes of complaints, the personal-data trail and PDPA requests, created when the context starts (re-runnable). */
@Configuration(proxyBeanMethods = false)
class ComplaintsStoreSetup {

	@Bean
	ApplicationRunner complaintIndexes(MongoTemplate mongo) {
		ensure(mongo);
		return args -> {
		};
	}

	static void ensure(MongoTemplate mongo) {
		var ops = mongo.indexOps(Complaint.COLLECTION);
		ops.createIndex(new Index().on(Complaint.TICKET, Direction.ASC).unique().named("ticket"));
		ops.createIndex(new Index().on(Complaint.IDEMPOTENCY_KEY, Direction.ASC).unique().sparse().named("key"));
		ops.createIndex(new Index().on(Complaint.LINE_USER_ID, Direction.ASC)
			.on(Complaint.CREATED_AT, Direction.DESC)
			.named("citizen_time"));
		ops.createIndex(new Index().on(Complaint.STATUS, Direction.ASC).on(Complaint.CREATED_AT, Direction.DESC).named("status_time"));
		TrailFilter.ensureIndexes(mongo, PersonalDataAudit.COLLECTION);
		// rows written before the case's number was kept are found by the case's id
		mongo.indexOps(PersonalDataAudit.COLLECTION)
			.createIndex(new Index().on(PersonalDataAudit.ID, Direction.ASC)
				.on(TrailFilter.AT, Direction.DESC)
				.on("_id", Direction.DESC)
				.named("case_time"));
		var requests = mongo.indexOps(DataRequest.COLLECTION);
		requests.createIndex(new Index().on(DataRequest.CREATED_AT, Direction.DESC).on("_id", Direction.DESC).named("time"));
		requests.createIndex(new Index().on(DataRequest.STATE, Direction.ASC)
			.on(DataRequest.CREATED_AT, Direction.DESC)
			.on("_id", Direction.DESC)
			.named("state_time"));
	}

}
