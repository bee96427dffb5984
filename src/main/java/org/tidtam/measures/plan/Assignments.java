package org.tidtam.measures.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tidtam.measures.AssignmentArchived;
import org.tidtam.measures.MeasureAssigned;

/**
 * Keeps a published measure's assignments in line with its owners. Every step is safe to repeat: an
 * insert that hits the unique (measure, division) index means the assignment exists already, and only
 * an assignment actually created or re-opened here is announced with {@link MeasureAssigned}.
 */
@Component
class Assignments {

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Assignments(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
	}

	/** Creates missing assignments, re-opens archived ones of current owners, archives the others. */
	List<Assignment> sync(Measure measure) {
		Instant now = now();
		List<Assignment> created = new ArrayList<>();
		if (!measure.isArchived()) {
			for (String divisionId : measure.getDivisionIds()) {
				Assignment fresh = insertOrReopen(measure, divisionId, now);
				if (fresh != null) {
					created.add(fresh);
				}
			}
			// a changed cadence moves the due date of every open assignment of the measure
			this.mongo.updateMulti(
					Query.query(Criteria.where(Assignment.MEASURE_ID)
						.is(measure.getId())
						.and(Assignment.ARCHIVED_AT)
						.is(null)
						.and(Assignment.DUE_ON)
						.ne(measure.getDueOn())),
					new Update().set(Assignment.DUE_ON, measure.getDueOn())
						.set(Assignment.UPDATED_AT, now)
						.inc(Assignment.VERSION, 1),
					Assignment.class);
		}
		List<String> owners = measure.isArchived() ? List.of() : measure.getDivisionIds();
		Query stale = Query.query(Criteria.where(Assignment.MEASURE_ID)
			.is(measure.getId())
			.and(Assignment.ARCHIVED_AT)
			.is(null)
			.and(Assignment.DIVISION_ID)
			.nin(owners));
		for (Assignment a : this.mongo.find(stale, Assignment.class)) {
			Assignment archived = this.mongo.findAndModify(
					Query.query(Criteria.where(Assignment.ID).is(a.getId()).and(Assignment.ARCHIVED_AT).is(null)),
					new Update().set(Assignment.ARCHIVED_AT, now).set(Assignment.UPDATED_AT, now).inc(Assignment.VERSION, 1),
					FindAndModifyOptions.options().returnNew(true), Assignment.class);
			if (archived != null) {
				this.events.publishEvent(new AssignmentArchived(a.getId(), a.getMeasureId(), a.getDivisionId()));
			}
		}
		for (Assignment a : created) {
			this.events.publishEvent(new MeasureAssigned(a.getId(), a.getMeasureId(), a.getDivisionId(), a.getDueOn()));
		}
		return created;
	}

	/** The new or re-opened assignment, or null when the division already had an open one. */
	private Assignment insertOrReopen(Measure measure, String divisionId, Instant now) {
		try {
			return this.mongo
				.insert(new Assignment(measure.getPlanId(), measure.getId(), divisionId, measure.getDueOn(), now));
		}
		catch (DuplicateKeyException exists) {
			return this.mongo.findAndModify(
					Query.query(Criteria.where(Assignment.MEASURE_ID)
						.is(measure.getId())
						.and(Assignment.DIVISION_ID)
						.is(divisionId)
						.and(Assignment.ARCHIVED_AT)
						.ne(null)),
					new Update().unset(Assignment.ARCHIVED_AT)
						.set(Assignment.DUE_ON, measure.getDueOn())
						.set(Assignment.UPDATED_AT, now)
						.inc(Assignment.VERSION, 1),
					FindAndModifyOptions.options().returnNew(true), Assignment.class);
		}
	}

	/** Millisecond precision: what the store keeps, so what we return equals what we read back. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
