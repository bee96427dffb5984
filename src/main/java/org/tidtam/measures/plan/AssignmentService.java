package org.tidtam.measures.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.tidtam.measures.Acknowledgement;
import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.DivisionProgress;

/**
 * Follow-up of assignments: acknowledgement (รับทราบ), notices sent, the reminder job's list and the
 * coordinator's dashboard. Each change is one conditional update of one document, so a double press or
 * two heads of the same division never record it twice.
 */
@Service
public class AssignmentService {

	private final MongoTemplate mongo;

	private final Clock clock;

	AssignmentService(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public Optional<Assignment> find(String assignmentId) {
		return Optional.ofNullable(this.mongo.findById(assignmentId, Assignment.class));
	}

	/** The plan's open (not archived) assignments, by division. */
	public List<Assignment> forPlan(String planId) {
		return this.mongo.find(open(planId).with(Sort.by(Assignment.DIVISION_ID, Assignment.MEASURE_ID)),
				Assignment.class);
	}

	/** Every assignment of a measure, archived ones included (history). */
	public List<Assignment> forMeasure(String measureId) {
		return this.mongo.find(Query.query(Criteria.where(Assignment.MEASURE_ID).is(measureId))
			.with(Sort.by(Assignment.DIVISION_ID)), Assignment.class);
	}

	/**
	 * Records that {@code personId} acknowledged the assignment, unless someone did before: then the
	 * answer says who and when, and nothing changes.
	 */
	public Acknowledgement acknowledge(String assignmentId, String personId) {
		Instant now = now();
		Assignment recorded = this.mongo.findAndModify(
				Query.query(Criteria.where(Assignment.ID).is(assignmentId).and(Assignment.ACKNOWLEDGED_AT).is(null)),
				new Update().set(Assignment.ACKNOWLEDGED_BY, personId)
					.set(Assignment.ACKNOWLEDGED_AT, now)
					.set(Assignment.UPDATED_AT, now)
					.inc(Assignment.VERSION, 1),
				FindAndModifyOptions.options().returnNew(true), Assignment.class);
		if (recorded != null) {
			return new Acknowledgement.Acknowledged(now);
		}
		Assignment earlier = find(assignmentId)
			.orElseThrow(() -> new IllegalArgumentException("No assignment " + assignmentId));
		return new Acknowledgement.AlreadyAcknowledged(earlier.getAcknowledgedBy(), earlier.getAcknowledgedAt());
	}

	/**
	 * Notes that the assignment's notice went out (called by the sender once LINE accepted it). Only the
	 * first notice counts, so a reminder does not restart the wait.
	 *
	 * @return false when a notice had been recorded already
	 */
	public boolean noticeSent(String assignmentId) {
		Instant now = now();
		return this.mongo
			.updateFirst(
					Query.query(Criteria.where(Assignment.ID).is(assignmentId).and(Assignment.NOTICE_SENT_AT).is(null)),
					new Update().set(Assignment.NOTICE_SENT_AT, now)
						.set(Assignment.UPDATED_AT, now)
						.inc(Assignment.VERSION, 1),
					Assignment.class)
			.getModifiedCount() > 0;
	}

	/** Sets where the division stands with the measure (from its progress reports). */
	public Assignment changeState(String assignmentId, AssignmentState state) {
		Instant now = now();
		Assignment changed = this.mongo.findAndModify(Query.query(Criteria.where(Assignment.ID).is(assignmentId)),
				new Update().set(Assignment.STATE, state).set(Assignment.UPDATED_AT, now).inc(Assignment.VERSION, 1),
				FindAndModifyOptions.options().returnNew(true), Assignment.class);
		if (changed == null) {
			throw new IllegalArgumentException("No assignment " + assignmentId);
		}
		return changed;
	}

	/**
	 * Open assignments whose notice went out more than {@code olderThan} ago and that nobody has
	 * acknowledged: the reminder job nudges their heads. Oldest notice first.
	 */
	public List<Assignment> unacknowledged(String planId, Duration olderThan) {
		Instant cutoff = this.clock.instant().minus(olderThan);
		Query query = open(planId);
		query.addCriteria(Criteria.where(Assignment.ACKNOWLEDGED_AT).is(null));
		query.addCriteria(Criteria.where(Assignment.NOTICE_SENT_AT).ne(null).lte(cutoff));
		return this.mongo.find(query.with(Sort.by(Assignment.NOTICE_SENT_AT, Assignment.ID)), Assignment.class);
	}

	/**
	 * Per division, in order of division id: open assignments, acknowledged, done. Counted in Java over
	 * one plan's assignments (a few hundred at most), which needs nothing of the store beyond a find.
	 */
	public List<DivisionProgress> dashboard(String planId) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		for (Assignment a : forPlan(planId)) {
			long[] c = counts.computeIfAbsent(a.getDivisionId(), d -> new long[3]);
			c[0]++;
			if (a.getAcknowledgedAt() != null) {
				c[1]++;
			}
			if (a.getState() == AssignmentState.DONE) {
				c[2]++;
			}
		}
		List<DivisionProgress> out = new ArrayList<>();
		counts.forEach((division, c) -> out.add(new DivisionProgress(division, c[0], c[1], c[2])));
		return out;
	}

	private static Query open(String planId) {
		return Query.query(Criteria.where(Assignment.PLAN_ID).is(planId).and(Assignment.ARCHIVED_AT).is(null));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
