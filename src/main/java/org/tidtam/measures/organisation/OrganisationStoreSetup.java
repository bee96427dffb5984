package org.tidtam.measures.organisation;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * Indexes of the organisation's collections, created explicitly at start (re-runnable). The unique ones
 * hold invariants: a division name once, a LINE account for one person, a live code hash once, a LINE
 * group bound to one division.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationStoreSetup {

	@Bean
	ApplicationRunner organisationIndexes(MongoTemplate mongo) {
		ensure(mongo);
		return args -> {
		};
	}

	static void ensure(MongoTemplate mongo) {
		mongo.indexOps(Division.COLLECTION)
			.createIndex(new Index(Division.NAME, Sort.Direction.ASC).unique().named("name_unique"));
		IndexOperations people = mongo.indexOps(Person.COLLECTION);
		// sparse: only documents that have a LINE user id take part, unlinked people have no such field.
		// Not a partial index: the embedded store ignores partial filters and would index them all as null.
		people.createIndex(new Index(Person.LINE_USER_ID, Sort.Direction.ASC).unique()
			.sparse()
			.named("line_user_id_unique"));
		people.createIndex(new Index(Person.DIVISION_ID, Sort.Direction.ASC).named("division"));
		people.createIndex(new Index(Person.FORM_KEY, Sort.Direction.ASC).unique().sparse().named("form_key"));
		people.createIndex(new Index(Person.ROLES, Sort.Direction.ASC).named("roles"));
		mongo.indexOps(LineLinkCode.COLLECTION)
			.createIndex(new Index(LineLinkCode.CODE_HASH, Sort.Direction.ASC).unique().named("code_hash_unique"));
		mongo.indexOps(LineLinkCode.COLLECTION)
			.createIndex(new Index(LineLinkCode.EXPIRES_AT, Sort.Direction.ASC).named("expires_at"));
		mongo.indexOps(LineLinkAttempts.COLLECTION)
			.createIndex(new Index(LineLinkAttempts.LAST_FAILURE_AT, Sort.Direction.ASC).named("last_failure_at"));
		mongo.indexOps(LineGroupBinding.COLLECTION)
			.createIndex(new Index(LineGroupBinding.DIVISION_ID, Sort.Direction.ASC).named("division"));
	}

}
