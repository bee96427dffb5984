package org.tidtam.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Indicator;
import org.tidtam.measures.plan.IndicatorSetService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.progress.ProgressReport;
import org.tidtam.progress.ProgressService;
import org.tidtam.shared.FormText;

/**
 * The year-end report on the measures and progress by measure for any range. The "what was done" column
 * is drafted afresh from the reports each time; the coordinator's edits and indicator scores are kept in
 * {@link YearEndEdits} and win over the draft.
 */
@Service
public class YearEndReportService {

	public static final String NO_INDICATOR = "ไม่ระบุตัวชี้วัด";

	/** Longest "what was done" a coordinator may keep for one measure (a cell of the printed table). */
	public static final int MAX_WHAT_WAS_DONE = 10_000;

	private final MongoTemplate mongo;

	private final PlanService plans;

	private final MeasureService measures;

	private final AssignmentService assignments;

	private final IndicatorSetService indicatorSets;

	private final ProgressService progress;

	private final DivisionService divisions;

	private final Clock clock;

	YearEndReportService(MongoTemplate mongo, PlanService plans, MeasureService measures, AssignmentService assignments,
			IndicatorSetService indicatorSets, ProgressService progress, DivisionService divisions, Clock clock) {
		this.mongo = mongo;
		this.plans = plans;
		this.measures = measures;
		this.assignments = assignments;
		this.indicatorSets = indicatorSets;
		this.progress = progress;
		this.divisions = divisions;
		this.clock = clock;
	}

	public YearEndReport yearEnd(String planId) {
		Plan plan = plan(planId);
		YearEndEdits edits = edits(planId);
		Map<String, String> names = divisionNames();
		Map<String, String> indicatorNames = indicatorNames(plan);
		List<String> indicatorOrder = new ArrayList<>(indicatorNames.keySet());
		// every report on the year's measures, those sent late after 30 September too (the chat takes them in
		// October, and the report is written then)
		LocalDate until = plan.getFiscalYear().end().isAfter(today()) ? plan.getFiscalYear().end() : today();
		Map<String, List<ProgressReport>> byMeasure = this.progress
			.between(planId, MonthlySummaryService.startOf(plan.getFiscalYear().start().minusMonths(3)),
					MonthlySummaryService.startOf(until.plusDays(1)))
			.stream()
			.collect(Collectors.groupingBy(ProgressReport::getMeasureId));
		Map<String, List<YearEndReport.Row>> rowsByCode = new LinkedHashMap<>();
		List<Measure> ordered = this.measures.measures(planId).stream().filter(m -> !m.isResolution()).toList();
		for (Measure m : ordered) {
			String code = m.getIndicatorCode() == null || m.getIndicatorCode().isBlank() ? null : m.getIndicatorCode().strip();
			Double score = code == null ? null : edits.getScores().get(code);
			String draft = ProgressDigest.draft(byMeasure.getOrDefault(m.getId(), List.of()), names,
					m.getDivisionIds().size() > 1);
			String owners = m.getDivisionIds().stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "));
			rowsByCode.computeIfAbsent(code, k -> new ArrayList<>())
				.add(new YearEndReport.Row(m.getId(), m.getNumber(), m.getTitle(), draft, edits.getWhatWasDone().get(m.getId()),
						outcome(score), owners));
		}
		List<YearEndReport.Group> groups = rowsByCode.entrySet()
			.stream()
			.map(e -> new YearEndReport.Group(e.getKey(), label(e.getKey(), indicatorNames),
					e.getKey() == null ? null : edits.getScores().get(e.getKey()), e.getValue()))
			.sorted(Comparator.comparingInt((YearEndReport.Group g) -> g.code() == null ? Integer.MAX_VALUE
					: indicatorOrder.contains(g.code()) ? indicatorOrder.indexOf(g.code()) : Integer.MAX_VALUE - 1))
			.toList();
		return new YearEndReport(planId, plan.getFiscalYear(), groups);
	}

	/** Keeps the coordinator's "what was done" for a measure; a blank text goes back to the draft. */
	public void editWhatWasDone(String planId, String measureId, String text, String by) {
		if (tooLong(text)) {
			throw new IllegalArgumentException("More than " + MAX_WHAT_WAS_DONE + " characters");
		}
		Update update = text == null || text.isBlank() ? new Update().unset("whatWasDone." + measureId)
				: new Update().set("whatWasDone." + measureId, text.strip());
		save(planId, update.set("editedBy", by).set("editedAt", this.clock.instant()));
	}

	/** Longer than {@link #MAX_WHAT_WAS_DONE} as the form's maxlength counts it. */
	public static boolean tooLong(String text) {
		return FormText.longerThan(text, MAX_WHAT_WAS_DONE);
	}

	/** The new assessment's scores per indicator code (0–100); a null score removes it. */
	public void setScores(String planId, Map<String, Double> scores, String by) {
		Update update = new Update();
		scores.forEach((code, score) -> {
			// the code becomes part of a field path: letters, digits, dashes only (no dots, no "$")
			if (code == null || !code.matches("[\\p{L}\\p{N}_-]{1,40}")) {
				throw new IllegalArgumentException("Not an indicator code: " + code);
			}
			if (score == null) {
				update.unset("scores." + code);
			}
			else {
				if (!Double.isFinite(score) || score < 0 || score > 100) {
					throw new IllegalArgumentException("A score is 0 to 100, not " + score);
				}
				update.set("scores." + code, score);
			}
		});
		save(planId, update.set("editedBy", by).set("editedAt", this.clock.instant()));
	}

	public YearEndEdits edits(String planId) {
		YearEndEdits e = this.mongo.findById(planId, YearEndEdits.class);
		return e == null ? new YearEndEdits(planId) : e;
	}

	/** Progress by measure and division for [from, to] (whole days, Asia/Bangkok). */
	public PeriodReport period(String planId, LocalDate from, LocalDate to) {
		Plan plan = plan(planId);
		Map<String, String> names = divisionNames();
		java.time.Instant end = MonthlySummaryService.startOf(to.plusDays(1));
		List<ProgressReport> upToEnd = this.progress.between(planId,
				MonthlySummaryService.startOf(plan.getFiscalYear().start().minusMonths(3)), end);
		java.time.Instant start = MonthlySummaryService.startOf(from);
		Map<String, List<ProgressReport>> byAssignment = upToEnd.stream()
			.collect(Collectors.groupingBy(ProgressReport::getAssignmentId));
		Map<String, Measure> measureById = new HashMap<>();
		this.measures.measures(planId).forEach(m -> measureById.put(m.getId(), m));
		List<PeriodReport.Row> rows = new ArrayList<>();
		for (Assignment a : this.assignments.forPlan(planId)) {
			Measure m = measureById.get(a.getMeasureId());
			if (m == null || a.isArchived() || !a.getCreatedAt().isBefore(end)) {
				continue;
			}
			List<ProgressReport> all = byAssignment.getOrDefault(a.getId(), List.of());
			List<ProgressReport> inRange = all.stream().filter(r -> !r.getReportedAt().isBefore(start)).toList();
			Integer percent = all.stream()
				.filter(r -> r.getPercent() != null)
				.max(Comparator.comparing(ProgressReport::getReportedAt))
				.map(ProgressReport::getPercent)
				.orElse(null);
			AssignmentState state = MonthlySummaryService.stateAsOf(all, end);
			rows.add(new PeriodReport.Row(m.getId(), m.getNumber(), m.getTitle(), m.isResolution(), a.getDivisionId(),
					names.getOrDefault(a.getDivisionId(), a.getDivisionId()), ProgressDigest.draft(inRange, names, false),
					percent, state, inRange.size()));
		}
		rows.sort(Comparator.comparingInt(PeriodReport.Row::number).thenComparing(PeriodReport.Row::divisionName));
		return new PeriodReport(planId, plan.getFiscalYear(), from, to, rows);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(org.tidtam.shared.ThaiDates.BANGKOK));
	}

	private void save(String planId, Update update) {
		this.mongo.findAndModify(Query.query(Criteria.where("_id").is(planId)), update.inc("version", 1),
				FindAndModifyOptions.options().upsert(true).returnNew(true), YearEndEdits.class);
	}

	static String outcome(Double score) {
		if (score == null) {
			return "";
		}
		return "ผลการประเมินตัวชี้วัด " + String.format(Locale.ROOT, "%.2f", score) + " คะแนน";
	}

	private static String label(String code, Map<String, String> names) {
		if (code == null) {
			return NO_INDICATOR;
		}
		String name = names.get(code);
		return name == null ? code : code + " " + name;
	}

	private Map<String, String> indicatorNames(Plan plan) {
		Map<String, String> names = new LinkedHashMap<>();
		if (plan.getIndicatorSetId() != null) {
			this.indicatorSets.find(plan.getIndicatorSetId())
				.ifPresent(set -> set.getIndicators().forEach(i -> collect(i, names)));
		}
		return names;
	}

	private static void collect(Indicator i, Map<String, String> names) {
		names.put(i.code(), i.name());
		i.subItems().forEach(s -> collect(s, names));
	}

	private Map<String, String> divisionNames() {
		return this.divisions.names();
	}

	private Plan plan(String planId) {
		return this.plans.find(planId).orElseThrow(() -> new IllegalArgumentException("No plan " + planId));
	}

}
