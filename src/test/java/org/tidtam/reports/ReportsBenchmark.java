package org.tidtam.reports;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.ComparisonOperators;
import org.springframework.data.mongodb.core.aggregation.ConditionalOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.plan.Plan;
import org.tidtam.progress.ProgressReport;
import org.tidtam.progress.ProgressStatus;
import org.tidtam.reports.document.PrintOptions;
import org.tidtam.reports.document.ReportDocument;
import org.tidtam.reports.document.ReportExports;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * The reports benchmark: a province-size year (30 divisions, 100 measures, 3,000 assignments, 120,000
 * progress reports, 50,000 complaints) in the embedded store, then the monthly summary's assembly against
 * the best single raw aggregation for the same numbers, and the DOCX, XLSX and PDF of that summary, with
 * the heap's peak. The store runs in a JVM of its own ({@link SeparateStore}), as a MongoDB would, so that
 * the heap measured is the app's. Run:
 *
 * <pre>./mvnw -o -q test -Dtest=ReportsBenchmark -Dtidtam.bench=true -DargLine=-Xmx256m -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Figures go to standard output and {@code target/reports-benchmark.txt}.
 */
@EnabledIfSystemProperty(named = "tidtam.bench", matches = "true")
class ReportsBenchmark extends ReportsFixture {

	static final int DIVISIONS = 30;

	static final int MEASURES = 100;

	static final int REPORTS_PER_ASSIGNMENT = 40;

	static final int COMPLAINTS = 50_000;

	/**
	 * Exports of each format between the first one and the timed ones. On two cores the JIT compiler took
	 * about a quarter of the machine while the first PDFs were drawn, and the times settled after about
	 * eight, as they would in a server that has been printing for a while; the first export is reported too.
	 */
	static final int WARM_UPS = 7;

	static SeparateStore store;

	@DynamicPropertySource
	static void separateStore(DynamicPropertyRegistry registry) throws IOException {
		store = SeparateStore.start("3g");
		registry.add("spring.mongodb.uri", () -> store.uri("tidtam"));
		// configured as in production, with a LINE channel: no LINE simulator (and its OpenAPI model) in the heap
		registry.add("line.bot.channel-secret", () -> "bench0123456789abcdef0123456789ab");
		registry.add("line.bot.channel-token", () -> "bench-token-not-a-real-line-token");
		registry.add("line.bot.api-end-point", () -> "http://127.0.0.1:9");
		registry.add("line.bot.blob-end-point", () -> "http://127.0.0.1:9");
		// as in production (the tests turn it off): the first export after start comes after the warm-up,
		// which is over long before the year is generated
		registry.add("tidtam.reports.warm-up", () -> "true");
	}

	@AfterAll
	static void stopStore() throws InterruptedException {
		if (store != null) {
			store.close();
		}
	}

	@Autowired
	ReportExports exports;

	@Test
	void provinceSizeYear() throws IOException {
		long t0 = System.nanoTime();
		at(java.time.LocalDateTime.of(2025, 9, 20, 9, 0));
		List<Division> divisions = new ArrayList<>();
		for (int d = 0; d < DIVISIONS; d++) {
			divisions.add(this.divisions.create("ส่วนราชการที่ " + (d + 1) + " จังหวัดทดสอบ", null, List.of(), true, true));
		}
		Plan plan = this.plans.create(FiscalYear.of(2569), null);
		Date created = Date.from(MonthlySummaryService.startOf(LocalDate.of(2025, 10, 1)));
		List<Document> measures = new ArrayList<>();
		for (int m = 1; m <= MEASURES; m++) {
			Document cadence = m <= 60 ? new Document("kind", "MONTHLY_MEETING")
					: new Document("kind", "WITHIN_QUARTER").append("quarter", 2);
			measures.add(new Document("_id", new ObjectId()).append("planId", plan.getId())
				.append("number", m)
				.append("title", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสที่ " + m)
				.append("divisionIds", divisions.stream().map(Division::getId).toList())
				.append("cadence", cadence)
				.append("dueOn", m <= 60 ? Date.from(MonthlySummaryService.startOf(LocalDate.of(2026, 9, 30)))
						: Date.from(MonthlySummaryService.startOf(LocalDate.of(2026, 3, 31))))
				.append("createdAt", created));
		}
		this.mongo.insert(measures, "measures");
		List<Document> assignments = new ArrayList<>();
		for (Document m : measures) {
			for (Division d : divisions) {
				assignments.add(new Document("_id", new ObjectId()).append("planId", plan.getId())
					.append("measureId", m.getObjectId("_id").toHexString())
					.append("divisionId", d.getId())
					.append("state", "IN_PROGRESS")
					.append("dueOn", m.get("dueOn"))
					.append("createdAt", created)
					.append("version", 0L));
			}
		}
		this.mongo.insert(assignments, "assignments");
		Random random = new Random(42);
		ProgressStatus[] statuses = ProgressStatus.values();
		long yearStart = created.getTime();
		long span = Date.from(MonthlySummaryService.startOf(LocalDate.of(2026, 9, 30))).getTime() - yearStart;
		List<Document> batch = new ArrayList<>();
		int reports = 0;
		for (Document a : assignments) {
			for (int i = 0; i < REPORTS_PER_ASSIGNMENT; i++) {
				long at = yearStart + (long) (span * ((i + random.nextDouble()) / REPORTS_PER_ASSIGNMENT));
				batch.add(new Document("_id", new ObjectId()).append("planId", plan.getId())
					.append("measureId", a.getString("measureId"))
					.append("assignmentId", a.getObjectId("_id").toHexString())
					.append("divisionId", a.getString("divisionId"))
					.append("status", statuses[random.nextInt(statuses.length)].name())
					.append("text", "ดำเนินการตามขั้นตอนที่ " + (i + 1) + " แล้ว ประชาสัมพันธ์ผ่านเว็บไซต์และเสียงตามสาย")
					.append("percent", Math.min(100, (i + 1) * 100 / REPORTS_PER_ASSIGNMENT))
					.append("evidence", List.of())
					.append("links", List.of())
					.append("reportedByName", "เจ้าหน้าที่")
					.append("source", "CHAT")
					.append("reportedAt", new Date(at)));
				reports++;
				if (batch.size() == 5000) {
					this.mongo.insert(batch, ProgressReport.COLLECTION);
					batch = new ArrayList<>();
				}
			}
		}
		this.mongo.insert(batch, ProgressReport.COLLECTION);
		// 50,000 complaints over the year, a fifth still open, in 16 categories, some rated
		String[] categories = { "ถนน ทางเท้า", "ไฟฟ้าสาธารณะ", "น้ำประปา", "ขยะ", "ท่อระบายน้ำ", "เหตุเดือดร้อนรำคาญ", "สัตว์จรจัด",
				"ต้นไม้", "ป้ายโฆษณา", "การจราจร", "น้ำท่วม", "สาธารณสุข", "สวัสดิการ", "ภาษี", "การบริการ", "อื่น ๆ" };
		String[] statusNames = { "DONE", "DONE", "DONE", "DONE", "IN_PROGRESS", "ACKNOWLEDGED", "RECEIVED", "FORWARDED" };
		List<Document> complaintBatch = new ArrayList<>();
		for (int i = 0; i < COMPLAINTS; i++) {
			long at = yearStart + (long) (span * random.nextDouble());
			String status = statusNames[random.nextInt(statusNames.length)];
			boolean closed = status.equals("DONE") || status.equals("FORWARDED");
			java.time.LocalDate filed = java.time.LocalDate.ofInstant(new Date(at).toInstant(), ThaiDates.BANGKOK);
			complaintBatch.add(new Document("_id", new ObjectId()).append("ticket", String.format("ร-2569-%06d", i + 1))
				.append("fiscalYear", 2569)
				.append("channel", "LINE")
				.append("categoryId", "c" + (i % categories.length))
				.append("categoryName", categories[i % categories.length])
				.append("divisionId", divisions.get(i % divisions.size()).getId())
				.append("description", "แจ้งปัญหาหน้าบ้านเลขที่ " + i)
				.append("photos", List.of())
				.append("status", status)
				.append("timeline", List.of())
				.append("createdAt", new Date(at))
				.append("updatedAt", new Date(at))
				.append("closedAt", closed ? new Date(at + 5L * 86_400_000) : null)
				.append("acknowledgeBy", Date.from(filed.plusDays(3).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()))
				.append("resultBy", Date.from(filed.plusDays(21).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()))
				.append("reopenCount", 0)
				.append("rating", closed && i % 3 == 0 ? 1 + random.nextInt(5) : null));
			if (complaintBatch.size() == 5000) {
				this.mongo.insert(complaintBatch, "complaints");
				complaintBatch = new ArrayList<>();
			}
		}
		this.mongo.insert(complaintBatch, "complaints");
		Meeting meeting = null;
		for (YearMonth month = YearMonth.of(2025, 10); !month.isAfter(YearMonth.of(2026, 7)); month = month.plusMonths(1)) {
			meeting = this.meetings.at(org.tidtam.measures.organisation.MeetingRule.secondTuesday().meetingIn(month));
		}
		long generated = System.nanoTime() - t0;
		Meeting held = meeting;
		String meetingId = held.getId();
		Meeting previous = this.meetings.previous(held).orElseThrow();

		HeapSampler heap = HeapSampler.start();
		MonthlySummary summary = this.summaries.assemble(meetingId);
		long assembly = best(5, () -> this.summaries.assemble(meetingId));
		long aggregation = best(5, () -> {
			rawAggregation(plan.getId(), previous.getDate(), held.getDate());
			return rawComplaints(previous.getDate(), held.getDate());
		});
		Map<String, Long> raw = rawAggregation(plan.getId(), previous.getDate(), meeting.getDate());
		ReportDocument doc = MonthlySummaryDocument.build(summary, null, meeting.getDate());
		Map<String, long[]> exportTimes = new HashMap<>();
		Map<String, Integer> sizes = new HashMap<>();
		for (ReportExports.Format f : ReportExports.Format.values()) {
			// the first export after start (the JIT has not compiled the writer yet), then warm-ups until the
			// times settle (a PDF took about eight), then three timed runs: the best and the median
			long[] times = new long[3];
			long first = timed(() -> this.exports.export(doc, f, PrintOptions.withThaiDigits()));
			for (int i = 0; i < WARM_UPS; i++) {
				this.exports.export(doc, f, PrintOptions.withThaiDigits());
			}
			long[] runs = new long[3];
			for (int i = 0; i < runs.length; i++) {
				long start = System.nanoTime();
				byte[] bytes = this.exports.export(doc, f, PrintOptions.withThaiDigits());
				runs[i] = (System.nanoTime() - start) / 1_000_000;
				sizes.put(f.extension(), bytes.length);
			}
			java.util.Arrays.sort(runs);
			times[0] = first;
			times[1] = runs[0];
			times[2] = runs[1];
			exportTimes.put(f.extension(), times);
		}
		long peakHeap = heap.stop() / 1024 / 1024;
		// the PDF's source, for looking at the layout engine's work outside the benchmark
		Files.writeString(Path.of("target", "reports-benchmark-summary.xhtml"),
				this.exports.xhtml(doc, PrintOptions.withThaiDigits()));

		long reportedItems = summary.items().stream().filter(MonthlySummary.Item::reported).count();
		StringBuilder out = new StringBuilder();
		out.append("reports benchmark, province-size year\n");
		out.append("data: ").append(DIVISIONS).append(" divisions, ").append(MEASURES).append(" measures, ")
			.append(assignments.size()).append(" assignments, ").append(reports).append(" progress reports, ")
			.append(COMPLAINTS).append(" complaints (generated in ")
			.append(generated / 1_000_000).append(" ms)\n");
		out.append("summary of ").append(ThaiDates.longDate(meeting.getDate())).append(": ").append(summary.items().size())
			.append(" items, ").append(reportedItems).append(" reported since the previous meeting; raw aggregation: ")
			.append(raw.get("assignments")).append(" assignments with reports, ").append(raw.get("inWindow"))
			.append(" reported in the window\n");
		out.append("assembly (best of 5): ").append(assembly).append(" ms\n");
		out.append("raw aggregation (best of 5): ").append(aggregation).append(" ms\n");
		out.append("ratio: ").append(String.format("%.2f", assembly / (double) Math.max(1, aggregation))).append("\n");
		for (String f : List.of("docx", "xlsx", "pdf")) {
			long[] t = exportTimes.get(f);
			out.append(f).append(": first after start ").append(t[0]).append(" ms; after ").append(WARM_UPS)
				.append(" more (best / median of 3): ").append(t[1]).append(" / ").append(t[2]).append(" ms, ")
				.append(sizes.get(f) / 1024).append(" KB\n");
		}
		out.append("heap in use during assembly and exports, highest of samples every 10 ms: ").append(peakHeap).append(" MB (max ")
			.append(Runtime.getRuntime().maxMemory() / 1024 / 1024).append(" MB)\n");
		System.out.println(out);
		Files.writeString(Path.of("target", "reports-benchmark.txt"), out);
	}

	/** The best single pipeline for the same numbers: per assignment, its state and whether it reported in the window. */
	Map<String, Long> rawAggregation(String planId, LocalDate since, LocalDate meetingDay) {
		Date start = Date.from(MonthlySummaryService.startOf(since));
		Date end = Date.from(MonthlySummaryService.startOf(meetingDay));
		Aggregation pipeline = Aggregation.newAggregation(
				Aggregation.match(Criteria.where("planId")
					.is(planId)
					.and("reportedAt")
					.lt(end)
					.and("withdrawnAt")
					.isNull()
					.and("supersededBy")
					.isNull()),
				Aggregation.sort(Sort.by("reportedAt")),
				Aggregation.group("assignmentId")
					.last("status")
					.as("status")
					.sum(ConditionalOperators.when(ComparisonOperators.Gte.valueOf("reportedAt").greaterThanEqualToValue(start))
						.then(1)
						.otherwise(0))
					.as("inWindow"));
		List<Document> rows = this.mongo.aggregate(pipeline, ProgressReport.COLLECTION, Document.class).getMappedResults();
		Map<String, Long> counts = new HashMap<>();
		counts.put("assignments", (long) rows.size());
		counts.put("inWindow", rows.stream().filter(r -> ((Number) r.get("inWindow")).longValue() > 0).count());
		for (Document r : rows) {
			counts.merge(r.getString("status"), 1L, Long::sum);
		}
		return counts;
	}

	/** The citizen-voice numbers in one pipeline: cases received in the window by category and status. */
	List<Document> rawComplaints(LocalDate since, LocalDate meetingDay) {
		Aggregation pipeline = Aggregation.newAggregation(
				Aggregation.match(Criteria.where("createdAt")
					.gte(Date.from(MonthlySummaryService.startOf(since)))
					.lt(Date.from(MonthlySummaryService.startOf(meetingDay)))),
				Aggregation.group("categoryName", "status").count().as("n"));
		return this.mongo.aggregate(pipeline, "complaints", Document.class).getMappedResults();
	}

	static long timed(Supplier<?> work) {
		long start = System.nanoTime();
		work.get();
		return (System.nanoTime() - start) / 1_000_000;
	}

	static long best(int runs, Supplier<?> work) {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.get();
			best = Math.min(best, System.nanoTime() - start);
		}
		return best / 1_000_000;
	}

	/** The heap in use, sampled every 10 ms on a thread of its own: its highest value is the real peak, at that resolution. */
	static final class HeapSampler {

		private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();

		private final java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors
			.newSingleThreadScheduledExecutor();

		static HeapSampler start() {
			HeapSampler sampler = new HeapSampler();
			sampler.timer.scheduleAtFixedRate(() -> sampler.peak.accumulateAndGet(
					ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 10,
					java.util.concurrent.TimeUnit.MILLISECONDS);
			return sampler;
		}

		long stop() {
			this.timer.shutdownNow();
			return this.peak.get();
		}

	}
}
