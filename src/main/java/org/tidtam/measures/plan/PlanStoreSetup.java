package org.tidtam.measures.plan;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The plan's indexes, created explicitly when the context starts (re-runnable). The unique ones hold
 * the invariants that have no transaction to protect them: one plan per fiscal year, one measure per
 * number in a plan, one assignment per (measure, division), one import per confirm key.
 */
@Configuration(proxyBeanMethods = false)
class PlanStoreSetup {

	@Bean
	ApplicationRunner planIndexes(MongoTemplate mongo) {
		ensure(mongo);
		return args -> {
		};
	}

	static void ensure(MongoTemplate mongo) {
		mongo.indexOps(Plan.COLLECTION)
			.createIndex(new Index().on(Plan.FISCAL_YEAR, Direction.ASC).unique().named("fiscal_year"));
		mongo.indexOps(IndicatorSet.COLLECTION)
			.createIndex(new Index().on(IndicatorSet.FISCAL_YEAR, Direction.ASC).named("fiscal_year"));
		mongo.indexOps(Measure.COLLECTION)
			.createIndex(new Index().on(Measure.PLAN_ID, Direction.ASC)
				.on(Measure.NUMBER, Direction.ASC)
				.unique()
				.named("plan_number"));
		mongo.indexOps(Measure.COLLECTION)
			.createIndex(new Index().on(Measure.FORM_KEY, Direction.ASC).unique().sparse().named("form_key"));
		mongo.indexOps(MeasureImport.COLLECTION)
			.createIndex(new Index().on(MeasureImport.IMPORT_KEY, Direction.ASC).unique().named("import_key"));
		mongo.indexOps(Assignment.COLLECTION)
			.createIndex(new Index().on(Assignment.MEASURE_ID, Direction.ASC)
				.on(Assignment.DIVISION_ID, Direction.ASC)
				.unique()
				.named("measure_division"));
		mongo.indexOps(Assignment.COLLECTION)
			.createIndex(new Index().on(Assignment.PLAN_ID, Direction.ASC)
				.on(Assignment.DIVISION_ID, Direction.ASC)
				.named("plan_division"));
	}

}
