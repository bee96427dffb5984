package org.tidtam.measures.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tidtam.measures.importing.DivisionRef;
import org.tidtam.measures.importing.ImportPreview;
import org.tidtam.measures.importing.MeasureTableImporter;
import org.tidtam.measures.importing.ParsedMeasure;
import org.tidtam.measures.importing.SimpleDivisionDirectory;
import org.tidtam.shared.FiscalYear;
import org.tidtam.support.MutableClock;
import org.tidtam.support.SharedFiles;

/**
 * The one application context the plan's store tests share (embedded store, inbox worker off, a clock
 * the tests move), with the plan's collections emptied and the clock reset before each test, and the
 * events each test publishes recorded.
 */
@SpringBootTest(properties = { "tidtam.store.in-memory=true", "tidtam.inbox.enabled=false" })
@RecordApplicationEvents
@Import(PlanStoreTestContext.Clocks.class)
abstract class PlanStoreTestContext {

	/** จังหวัดนครปฐม's four regional agencies: seed 004's ส่วนราชการส่วนภูมิภาค. */
	static final List<DivisionRef> REGIONAL = List.of(
			new DivisionRef("pvo", "สำนักงานจังหวัดนครปฐม", List.of(), true, true),
			new DivisionRef("dopa", "ที่ทำการปกครองจังหวัดนครปฐม", List.of(), true, true),
			new DivisionRef("ppho", "สำนักงานสาธารณสุขจังหวัดนครปฐม", List.of(), true, true),
			new DivisionRef("social", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดนครปฐม", List.of(), true, true));

	static final List<String> REGIONAL_IDS = List.of("pvo", "dopa", "ppho", "social");

	static final FiscalYear FY2566 = FiscalYear.of(2566);

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock();
		}

	}

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	IndicatorSetService indicatorSets;

	@Autowired
	PlanService plans;

	@Autowired
	MeasureService measures;

	@Autowired
	AssignmentService assignments;

	@BeforeEach
	void cleanStore() {
		for (String collection : List.of(IndicatorSet.COLLECTION, Plan.COLLECTION, Measure.COLLECTION,
				MeasureImport.COLLECTION, Assignment.COLLECTION)) {
			this.mongo.remove(new Query(), collection);
		}
		this.clock.set(MutableClock.DEFAULT_START);
	}

	/** Seed 004 read by the real importer: five measures for the four regional agencies, quarter 2. */
	static List<ParsedMeasure> seed004() {
		Path file;
		try (var files = Files.list(SharedFiles.path("seeds"))) {
			file = files.filter(p -> p.getFileName().toString().startsWith("004_")).findFirst().orElseThrow();
			String text = Files.readString(file, StandardCharsets.UTF_8);
			ImportPreview preview = new MeasureTableImporter().parse(text, new SimpleDivisionDirectory(REGIONAL), FY2566);
			if (preview.failed()) {
				throw new IllegalStateException(preview.error().orElseThrow());
			}
			return preview.measures();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A draft plan for 2566 on the 2562–2565 indicators. */
	Plan draft2566() {
		IndicatorSet set = this.indicatorSets.createFromPreset(IndicatorPresets.PRESET_2562_2565, FY2566);
		return this.plans.create(FY2566, set.getId());
	}

	long count(String collection) {
		return this.mongo.count(new Query(), collection);
	}

}
