package org.tidtam.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;

/**
 * Records progress reports and answers what was reported. Recording is idempotent by the report's
 * key (unique index): the same dialog or form submitted twice yields the first report. The
 * assignment's state follows the latest current report.
 */
@Service
public class ProgressService {

	private final MongoTemplate mongo;

	private final AssignmentService assignments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration lateEvidence;

	ProgressService(MongoTemplate mongo, AssignmentService assignments, ApplicationEventPublisher events, Clock clock,
			@Value("${tidtam.progress.late-evidence:PT5M}") Duration lateEvidence) {
		this.lateEvidence = lateEvidence;
		this.mongo = mongo;
		this.assignments = assignments;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records {@code report} for its assignment (plan, measure and division are copied from the
	 * assignment). When a report with the same idempotency key exists, returns that one unchanged.
	 */
	public ProgressReport record(ProgressReport report) {
		if (report.getIdempotencyKey() != null) {
			Optional<ProgressReport> earlier = byKey(report.getIdempotencyKey());
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		Assignment assignment = this.assignments.find(report.getAssignmentId())
			.orElseThrow(() -> new IllegalArgumentException("No assignment " + report.getAssignmentId()));
		report.setPlanId(assignment.getPlanId());
		report.setMeasureId(assignment.getMeasureId());
		report.setDivisionId(assignment.getDivisionId());
		if (report.getReportedAt() == null) {
			report.setReportedAt(this.clock.instant());
		}
		if (report.getPercent() != null && (report.getPercent() < 0 || report.getPercent() > 100)) {
			throw new IllegalArgumentException("percent out of range: " + report.getPercent());
		}
		ProgressReport saved;
		try {
			saved = this.mongo.insert(report);
		}
		catch (DuplicateKeyException raced) {
			return byKey(report.getIdempotencyKey()).orElseThrow(() -> raced);
		}
		String correctedAssignment = null;
		if (saved.getCorrects() != null) {
			ProgressReport corrected = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(saved.getCorrects())),
					Update.update(ProgressReport.SUPERSEDED_BY, saved.getId()), ProgressReport.class);
			correctedAssignment = corrected == null ? null : corrected.getAssignmentId();
		}
		this.assignments.changeState(saved.getAssignmentId(), saved.getStatus().assignmentState());
		if (correctedAssignment != null && !correctedAssignment.equals(saved.getAssignmentId())) {
			// the report was moved to another measure: the first one stands where its other reports leave it
			restate(correctedAssignment);
		}
		this.events.publishEvent(new ProgressReported(saved.getId(), saved.getAssignmentId(), saved.getDivisionId(),
				saved.getStatus()));
		return saved;
	}

	/**
	 * The Bangkok day a report counts for in the reporting periods: a correction stands in for the report
	 * it corrects (following a chain of corrections to the first), so fixing a typo after a deadline
	 * neither takes the report out of its period nor counts as a report for the next one.
	 */
	public java.time.LocalDate countsOn(ProgressReport report) {
		ProgressReport first = report;
		for (int i = 0; i < 50 && first.getCorrects() != null; i++) {
			Optional<ProgressReport> earlier = find(first.getCorrects());
			if (earlier.isEmpty()) {
				break;
			}
			first = earlier.get();
		}
		return first.getReportedAt().atZone(org.tidtam.shared.ThaiDates.BANGKOK).toLocalDate();
	}

	public Optional<ProgressReport> find(String reportId) {
		return Optional.ofNullable(this.mongo.findById(reportId, ProgressReport.class));
	}

	public Optional<ProgressReport> byKey(String idempotencyKey) {
		return Optional.ofNullable(this.mongo.findOne(
				Query.query(Criteria.where(ProgressReport.IDEMPOTENCY_KEY).is(idempotencyKey)), ProgressReport.class));
	}

	/** Every report of an assignment, newest first, corrections and withdrawals included (the timeline). */
	public List<ProgressReport> timeline(String assignmentId) {
		return this.mongo.find(Query.query(Criteria.where(ProgressReport.ASSIGNMENT_ID).is(assignmentId))
			.with(Sort.by(Direction.DESC, ProgressReport.REPORTED_AT)), ProgressReport.class);
	}

	/** The newest report that still counts, if any. */
	public Optional<ProgressReport> latest(String assignmentId) {
		return timeline(assignmentId).stream().filter(ProgressReport::current).findFirst();
	}

	/** The person's newest report that still counts (neither withdrawn nor corrected). */
	public Optional<ProgressReport> lastBy(String personId) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where(ProgressReport.REPORTED_BY)
			.is(personId)
			.and(ProgressReport.WITHDRAWN_AT)
			.isNull()
			.and(ProgressReport.SUPERSEDED_BY)
			.isNull()).with(Sort.by(Direction.DESC, ProgressReport.REPORTED_AT)), ProgressReport.class));
	}

	/** Current reports of a plan made in [from, to), oldest first. */
	public List<ProgressReport> between(String planId, Instant from, Instant to) {
		return this.mongo.find(current(Criteria.where(ProgressReport.PLAN_ID).is(planId), from, to), ProgressReport.class);
	}

	/** The same for one division's assignments only. */
	public List<ProgressReport> between(String planId, String divisionId, Instant from, Instant to) {
		return this.mongo.find(current(Criteria.where(ProgressReport.PLAN_ID).is(planId).and(ProgressReport.DIVISION_ID).is(divisionId),
				from, to), ProgressReport.class);
	}

	private static Query current(Criteria where, Instant from, Instant to) {
		return Query.query(where.and(ProgressReport.REPORTED_AT)
			.gte(from)
			.lt(to)
			.and(ProgressReport.WITHDRAWN_AT)
			.isNull()
			.and(ProgressReport.SUPERSEDED_BY)
			.isNull()).with(Sort.by(ProgressReport.REPORTED_AT));
	}

	/** The evidence entry of a report holding this stored file: only such files are served to the admin pages. */
	public Optional<Evidence> evidence(String fileId) {
		ProgressReport report = this.mongo.findOne(
				Query.query(Criteria.where(ProgressReport.EVIDENCE + ".fileId").is(fileId)), ProgressReport.class);
		return report == null ? Optional.empty()
				: report.getEvidence().stream().filter(e -> fileId.equals(e.fileId())).findFirst();
	}

	/**
	 * The person's reports made in this chat within the last few minutes ({@code tidtam.progress.late-evidence}),
	 * newest first: a photo they send now may belong to one of them.
	 */
	public List<ProgressReport> recentBy(String chatId, String lineUserId) {
		if (chatId == null || lineUserId == null) {
			return List.of();
		}
		return this.mongo.find(Query.query(Criteria.where(ProgressReport.CHAT_ID)
			.is(chatId)
			.and(ProgressReport.LINE_USER_ID)
			.is(lineUserId)
			.and(ProgressReport.REPORTED_AT)
			.gte(this.clock.instant().minus(this.lateEvidence))
			.and(ProgressReport.WITHDRAWN_AT)
			.isNull()
			.and(ProgressReport.SUPERSEDED_BY)
			.isNull()).with(Sort.by(Direction.DESC, ProgressReport.REPORTED_AT)), ProgressReport.class);
	}

	/** Adds evidence that came after the report (each LINE message once); returns how many were new. */
	public int addEvidence(String reportId, List<Evidence> more) {
		find(reportId).orElseThrow(() -> new IllegalArgumentException("No report " + reportId));
		int added = 0;
		for (Evidence e : more) {
			Criteria notYet = Criteria.where("_id").is(reportId);
			if (e.lineMessageId() != null) {
				notYet = notYet.and(ProgressReport.EVIDENCE + ".lineMessageId").ne(e.lineMessageId());
			}
			added += (int) this.mongo.updateFirst(Query.query(notYet), new Update().push(ProgressReport.EVIDENCE, e),
					ProgressReport.class).getModifiedCount();
		}
		return added;
	}

	/**
	 * Withdraws a report (the sender took it back); it stays in the timeline, marked. The assignment's
	 * state goes back to what its remaining reports say (not started when none is left), so a measure
	 * reported done by mistake is open again: on the chat's list, in the reminders and on the dashboard.
	 */
	public boolean withdraw(String reportId) {
		ProgressReport withdrawn = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(reportId).and(ProgressReport.WITHDRAWN_AT).isNull()),
				Update.update(ProgressReport.WITHDRAWN_AT, this.clock.instant()), ProgressReport.class);
		if (withdrawn == null) {
			return false;
		}
		restate(withdrawn.getAssignmentId());
		return true;
	}

	/** Sets the assignment's state from its newest report that still counts, or not started when none does. */
	private void restate(String assignmentId) {
		this.assignments.changeState(assignmentId,
				latest(assignmentId).map(r -> r.getStatus().assignmentState()).orElse(AssignmentState.NOT_STARTED));
	}

	/** Marks the evidence that came in as LINE message {@code lineMessageId} withdrawn (an unsend). */
	public boolean withdrawEvidence(String lineMessageId) {
		Query query = Query.query(Criteria.where(ProgressReport.EVIDENCE + ".lineMessageId").is(lineMessageId));
		ProgressReport report = this.mongo.findOne(query, ProgressReport.class);
		if (report == null) {
			return false;
		}
		Instant now = this.clock.instant();
		List<Evidence> updated = report.getEvidence()
			.stream()
			.map(e -> lineMessageId.equals(e.lineMessageId()) && e.withdrawnAt() == null
					? new Evidence(e.fileId(), e.fileName(), e.contentType(), e.size(), e.sha256(), e.lineMessageId(), now)
					: e)
			.toList();
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(report.getId())),
				Update.update(ProgressReport.EVIDENCE, updated), ProgressReport.class);
		return true;
	}

}
