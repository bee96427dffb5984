package org.tidtam.measures.organisation;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.tidtam.support.MutableClock;

/**
 * One application context on the in-memory store for every Mongo-backed test of the organisation, with
 * a clock the tests move. Each test starts from empty collections.
 */
@SpringBootTest(properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
@Import(OrganisationTestClock.class)
abstract class OrganisationStoreTestSupport {

	@Autowired
	protected MongoTemplate mongo;

	@Autowired
	protected MutableClock clock;

	@BeforeEach
	void emptyCollections() {
		this.clock.set(MutableClock.DEFAULT_START);
		for (Class<?> type : new Class<?>[] { Organisation.class, Division.class, Person.class, LineLinkCode.class,
				LineLinkAttempts.class, LineGroupBinding.class }) {
			this.mongo.remove(new Query(), type);
		}
	}

}
