package org.tidtam.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.organisation.MeetingRule;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.progress.ProgressReport;
import org.tidtam.progress.ProgressService;
import org.tidtam.progress.ProgressStatus;
import org.tidtam.progress.ReportingPeriod;
import org.tidtam.progress.ReportingPeriods;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * Assembles the monthly summary of a meeting from the plan of the meeting's fiscal year and the reports
 * made before the meeting day. Everything is computed as of the start of the meeting day, so the summary
 * of a past meeting reads as it did then (corrections made later aside).
 * <p>
 * Which items: every assignment that reports at the monthly meeting, every resolution, every other one
 * still open, and any that reported since the previous meeting; assignments made after the meeting day
 * are not in it.
 */
@Service
public class MonthlySummaryService {

	/** Report ids per look-up of the latest reports. */
	private static final int ID_SLICE = 200;

	/** Reports per reply while reading the year's timeline. */
	private static final int TIMELINE_BATCH = 10_000;

	/** The field of a correction naming the report it corrects. */
	private static final String CORRECTS = "corrects";

	private final MeetingService meetings;

	private final PlanService plans;

	private final MeasureService measures;

	private final AssignmentService assignments;

	private final ProgressService progress;

	private final org.tidtam.progress.ProgressStandings standings;

	private final DivisionService divisions;

	private final ObjectProvider<CitizenVoiceFigures> citizenVoice;

	private final MongoTemplate mongo;

	MonthlySummaryService(MongoTemplate mongo, MeetingService meetings, PlanService plans, MeasureService measures,
			AssignmentService assignments, ProgressService progress, org.tidtam.progress.ProgressStandings standings,
			DivisionService divisions, ObjectProvider<CitizenVoiceFigures> citizenVoice) {
		this.standings = standings;
		this.meetings = meetings;
		this.plans = plans;
		this.measures = measures;
		this.assignments = assignments;
		this.progress = progress;
		this.divisions = divisions;
		this.citizenVoice = citizenVoice;
		this.mongo = mongo;
	}

	public MonthlySummary assemble(String meetingId) {
		Meeting meeting = this.meetings.get(meetingId);
		LocalDate day = meeting.getDate();
		FiscalYear year = FiscalYear.containing(day);
		Optional<Meeting> previous = this.meetings.previous(meeting);
		LocalDate since = previous.map(Meeting::getDate).orElse(year.start());
		Instant windowStart = startOf(since);
		Instant windowEnd = startOf(day);
		// the complaints' figures are independent of the plan's: read them on a second core meanwhile
		java.util.concurrent.CompletableFuture<Optional<CitizenVoiceFigures.Figures>> citizens = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> citizenVoice(since, day));
		// a draft plan is not in force: no one was assigned anything yet, so there is nothing to follow up
		Optional<Plan> plan = this.plans.published(year);
		boolean yearJustEnded = false;
		if (plan.isEmpty() && !day.isAfter(year.previous().lateReportsUntil())) {
			// the October meeting before the new plan is out follows up what the year just ended still owes
			// (its late reports are taken until 31 October), rather than nothing
			Optional<Plan> last = this.plans.published(year.previous());
			if (last.isPresent()) {
				plan = last;
				year = year.previous();
				yearJustEnded = true;
			}
		}
		if (plan.isEmpty()) {
			Optional<CitizenVoiceFigures.Figures> voice = citizens.join();
			return new MonthlySummary(meetingId, day, previous.map(Meeting::getDate).orElse(null), since, year, null,
					List.of(), Map.of(), voice, List.of());
		}
		String planId = plan.get().getId();
		// the periods monthly reports are judged by, as the progress pages and the reminders judge them
		MeetingRule rule = this.standings.meetingRule(year);
		Map<String, Measure> measureById = new HashMap<>();
		this.measures.measures(planId).forEach(m -> measureById.put(m.getId(), m));
		List<Assignment> all = this.assignments.forPlan(planId);
		Map<String, List<ProgressReport>> reportsByAssignment = timeline(planId, startOf(year.start().minusMonths(3)),
				windowEnd);
		List<Instant> earlierMeetings = this.meetings.before(day).stream().map(m -> startOf(m.getDate())).toList();
		List<String> latestIds = new ArrayList<>();
		reportsByAssignment.values().forEach(rs -> {
			ProgressReport l = latestIn(rs, windowStart, windowEnd);
			if (l != null) {
				latestIds.add(l.getId());
			}
		});
		Map<String, ProgressReport> full = new HashMap<>();
		// in slices: a store checks every document found against the whole $in list
		for (int i = 0; i < latestIds.size(); i += ID_SLICE) {
			List<Object> slice = latestIds.subList(i, Math.min(latestIds.size(), i + ID_SLICE))
				.stream()
				.map(ObjectIds::of)
				.toList();
			this.mongo.find(Query.query(Criteria.where("_id").in(slice)), ProgressReport.class)
				.forEach(r -> full.put(r.getId(), r));
		}

		Map<String, List<MonthlySummary.Item>> byDivision = new HashMap<>();
		Map<AssignmentState, Long> counts = new EnumMap<>(AssignmentState.class);
		for (Assignment a : all) {
			Measure measure = measureById.get(a.getMeasureId());
			if (measure == null || a.isArchived() || !a.getCreatedAt().isBefore(windowEnd)) {
				continue;
			}
			List<ProgressReport> reports = reportsByAssignment.getOrDefault(a.getId(), List.of());
			AssignmentState state = stateAsOf(reports, windowEnd);
			ProgressReport latest = latestIn(reports, windowStart, windowEnd);
			MeasureCadence.Kind cadence = measure.getCadence() == null ? null : measure.getCadence().kind();
			boolean monthly = cadence == MeasureCadence.Kind.MONTHLY_MEETING;
			if (!(monthly && !yearJustEnded || measure.isResolution() || state != AssignmentState.DONE || latest != null)) {
				continue;
			}
			LocalDate due = a.getDueOn();
			Boolean onTime;
			if (latest == null) {
				onTime = null;
			}
			else if (monthly && !yearJustEnded) {
				// late when it was the previous month's late report (sent after that deadline, by that meeting):
				// a report counts for one period only, so it is not also this meeting's on-time report
				ReportingPeriods.Accounting account = account(periods(measure, year, rule, plan.get(), a), reports, day);
				int period = account.periodOf(reports.indexOf(latest));
				onTime = period < 0 || account.standing(period) != ReportingPeriods.Standing.LATE;
			}
			else {
				onTime = due == null || !latest.getReportedAt().atZone(ThaiDates.BANGKOK).toLocalDate().isAfter(due);
			}
			boolean overdue = state != AssignmentState.DONE && due != null && due.isBefore(day);
			long daysOverdue = overdue ? ChronoUnit.DAYS.between(due, day) : 0;
			int carried = 0;
			if (!monthly) {
				for (Instant earlier : earlierMeetings) {
					LocalDate earlierDay = earlier.atZone(ThaiDates.BANGKOK).toLocalDate();
					if (earlier.isAfter(a.getCreatedAt()) && stateAsOf(reports, earlier) != AssignmentState.DONE
							&& (measure.isResolution() || (due != null && due.isBefore(earlierDay)))) {
						carried++;
					}
				}
			}
			boolean isNew = previous.isPresent() && !a.getCreatedAt().isBefore(windowStart);
			MonthlySummary.Item item = new MonthlySummary.Item(a.getId(), measure.getId(), measure.getNumber(),
					measure.getTitle(), measure.isResolution(), cadence, a.getDivisionId(), state, due,
					latest == null ? null : digest(full.getOrDefault(latest.getId(), latest)),
					onTime, overdue, daysOverdue, carried, isNew);
			byDivision.computeIfAbsent(a.getDivisionId(), k -> new ArrayList<>()).add(item);
			counts.merge(state, 1L, Long::sum);
		}
		Map<String, Division> divisionById = this.divisions.all()
			.stream()
			.collect(Collectors.toMap(Division::getId, Function.identity(), (x, y) -> x, LinkedHashMap::new));
		List<MonthlySummary.DivisionSection> sections = byDivision.entrySet()
			.stream()
			.map(e -> new MonthlySummary.DivisionSection(e.getKey(), name(divisionById.get(e.getKey()), e.getKey()),
					e.getValue().stream().sorted(Comparator.comparingInt(MonthlySummary.Item::number)).toList()))
			.sorted(Comparator
				.comparingInt((MonthlySummary.DivisionSection s) -> order(divisionById.get(s.divisionId())))
				.thenComparing(MonthlySummary.DivisionSection::divisionName))
			.toList();
		List<MonthlySummary.Reporting> reporting = reporting(year, day, all, measureById, reportsByAssignment, rule,
				plan.get());
		return new MonthlySummary(meetingId, day, previous.map(Meeting::getDate).orElse(null), since, year, planId,
				sections, counts, citizens.join(), reporting);
	}

	/**
	 * Per meeting of the fiscal year up to {@code day}: monthly items that reported for it before it
	 * (its period's report, on time or late, by the rule of {@link ReportingPeriods#account}: a report sent
	 * after the previous deadline and by the previous meeting was the previous month's), and not.
	 */
	private List<MonthlySummary.Reporting> reporting(FiscalYear year, LocalDate day, List<Assignment> all,
			Map<String, Measure> measureById, Map<String, List<ProgressReport>> reportsByAssignment, MeetingRule rule,
			Plan plan) {
		List<LocalDate> dates = new ArrayList<>(this.meetings.before(day).stream().map(Meeting::getDate).toList());
		dates.add(day);
		Map<String, List<ReportingPeriod>> periods = new HashMap<>();
		Map<String, ReportingPeriods.Accounting> accounts = new HashMap<>();
		List<MonthlySummary.Reporting> out = new ArrayList<>();
		LocalDate previousDay = null;
		for (LocalDate d : dates) {
			if (year.contains(d)) {
				Instant from = startOf(previousDay == null ? year.start() : previousDay);
				Instant to = startOf(d);
				long reported = 0;
				long missing = 0;
				for (Assignment a : all) {
					Measure m = measureById.get(a.getMeasureId());
					if (m == null || a.isArchived() || m.getCadence() == null
							|| m.getCadence().kind() != MeasureCadence.Kind.MONTHLY_MEETING
							|| !a.getCreatedAt().isBefore(previousDay == null ? to : from)) {
						continue;
					}
					List<ReportingPeriod> ps = periods.computeIfAbsent(a.getId(), k -> periods(m, year, rule, plan, a));
					List<ProgressReport> reports = reportsByAssignment.getOrDefault(a.getId(), List.of());
					ReportingPeriods.Accounting account = accounts.computeIfAbsent(a.getId(), k -> account(ps, reports, day));
					// the period this meeting follows up: the last one due before it
					int period = -1;
					for (int i = 0; i < ps.size(); i++) {
						if (ps.get(i).due().isBefore(d)) {
							period = i;
						}
					}
					if (period < 0) {
						continue; // nothing was owed by this meeting yet
					}
					int report = account.reportFor(period);
					if (report >= 0 && reports.get(report).getReportedAt().isBefore(to)) {
						reported++;
					}
					else {
						missing++;
					}
				}
				out.add(new MonthlySummary.Reporting(d, reported, missing));
			}
			previousDay = d;
		}
		return out;
	}

	/** The assignment's reporting periods of {@code year} that were owed (ReportingPeriods.owedFrom). */
	private static List<ReportingPeriod> periods(Measure measure, FiscalYear year, MeetingRule rule, Plan plan, Assignment a) {
		return ReportingPeriods.owedFrom(ReportingPeriods.of(measure.getCadence(), year, rule), ReportingPeriods.since(plan, a));
	}

	/** How {@code reports} (a correction on the day of the report it corrects, as the timeline has it) fall into {@code periods}. */
	private static ReportingPeriods.Accounting account(List<ReportingPeriod> periods, List<ProgressReport> reports, LocalDate day) {
		return ReportingPeriods.account(periods,
				reports.stream().map(r -> r.getReportedAt().atZone(ThaiDates.BANGKOK).toLocalDate()).toList(), day);
	}

	/** Report ids are ObjectIds in the store; an id that is not one is matched as it is. */
	private static final class ObjectIds {

		static Object of(String id) {
			return org.bson.types.ObjectId.isValid(id) ? new org.bson.types.ObjectId(id) : id;
		}

	}

	/**
	 * The year's current reports up to {@code to}, only what the arithmetic needs (id, assignment, time,
	 * status), grouped by assignment: a province-size year has 120,000 reports, and mapping each whole
	 * report (texts, evidence) would cost most of the assembly. The few latest reports shown are read in full.
	 */
	private Map<String, List<ProgressReport>> timeline(String planId, Instant from, Instant to) {
		// straight from the driver (no mapping layer), the store testing one condition per report: the
		// time window and withdrawn or superseded reports are sorted out here, which costs less
		Map<String, List<ProgressReport>> out = new HashMap<>();
		Bson fields = Projections.include(ProgressReport.ASSIGNMENT_ID, ProgressReport.REPORTED_AT, "status",
				ProgressReport.WITHDRAWN_AT, ProgressReport.SUPERSEDED_BY, CORRECTS);
		// a correction stands in for the report it corrects, on that report's day (ProgressService.countsOn):
		// fixing a typo on the meeting's morning neither drops the report from this meeting nor makes it late
		Map<String, Instant> supersededAt = new HashMap<>();
		Map<String, String> supersededCorrects = new HashMap<>();
		List<ProgressReport> corrections = new ArrayList<>();
		for (Document d : this.mongo.getCollection(ProgressReport.COLLECTION)
			.find(Filters.eq(ProgressReport.PLAN_ID, planId))
			.projection(fields)
			.batchSize(TIMELINE_BATCH)) {
			if (d.get(ProgressReport.WITHDRAWN_AT) != null || !(d.get(ProgressReport.REPORTED_AT) instanceof java.util.Date date)) {
				continue;
			}
			Instant at = date.toInstant();
			String id = String.valueOf(d.get("_id"));
			String corrects = d.get(CORRECTS) == null ? null : String.valueOf(d.get(CORRECTS));
			if (d.get(ProgressReport.SUPERSEDED_BY) != null) {
				supersededAt.put(id, at);
				if (corrects != null) {
					supersededCorrects.put(id, corrects);
				}
				continue;
			}
			ProgressReport r = new ProgressReport();
			r.setId(id);
			r.setAssignmentId(d.getString(ProgressReport.ASSIGNMENT_ID));
			r.setReportedAt(at);
			r.setStatus(ProgressStatus.valueOf(d.getString("status")));
			r.setCorrects(corrects);
			if (corrects != null) {
				corrections.add(r);
			}
			else if (!at.isBefore(from) && at.isBefore(to)) {
				out.computeIfAbsent(r.getAssignmentId(), k -> new ArrayList<>()).add(r);
			}
		}
		for (ProgressReport r : corrections) {
			String first = r.getCorrects();
			Instant at = r.getReportedAt();
			for (int i = 0; i < 50 && first != null && supersededAt.containsKey(first); i++) {
				at = supersededAt.get(first);
				first = supersededCorrects.get(first);
			}
			if (!at.isBefore(from) && at.isBefore(to)) {
				r.setReportedAt(at);
				out.computeIfAbsent(r.getAssignmentId(), k -> new ArrayList<>()).add(r);
			}
		}
		return out;
	}

	private Optional<CitizenVoiceFigures.Figures> citizenVoice(LocalDate from, LocalDate to) {
		CitizenVoiceFigures source = this.citizenVoice.getIfAvailable();
		return source == null ? Optional.empty() : source.between(from, to);
	}

	static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ThaiDates.BANGKOK).toInstant();
	}

	/** The state the newest report before {@code t} gives; not started without one. */
	static AssignmentState stateAsOf(List<ProgressReport> reports, Instant t) {
		ProgressReport newest = null;
		for (ProgressReport r : reports) {
			if (r.getReportedAt().isBefore(t) && (newest == null || r.getReportedAt().isAfter(newest.getReportedAt()))) {
				newest = r;
			}
		}
		return newest == null ? AssignmentState.NOT_STARTED : newest.getStatus().assignmentState();
	}

	private static ProgressReport latestIn(List<ProgressReport> reports, Instant from, Instant to) {
		ProgressReport newest = null;
		for (ProgressReport r : reports) {
			Instant at = r.getReportedAt();
			if (!at.isBefore(from) && at.isBefore(to) && (newest == null || at.isAfter(newest.getReportedAt()))) {
				newest = r;
			}
		}
		return newest;
	}

	private static MonthlySummary.Latest digest(ProgressReport r) {
		if (r == null) {
			return null;
		}
		return new MonthlySummary.Latest(r.getId(), r.getReportedAt(), r.getReportedByName(), r.getStatus(), r.getText(),
				r.getPercent(), r.evidenceCount(), r.getLinks());
	}

	private static String name(Division d, String id) {
		return d == null ? id : d.getName();
	}

	private static int order(Division d) {
		return d == null ? Integer.MAX_VALUE : d.getSortOrder();
	}

}
