package org.tidtam.measures.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.tidtam.measures.PlanPublished;
import org.tidtam.shared.FiscalYear;

/** Creates the year's plan and publishes it. */
@Service
public class PlanService {

	private final MongoTemplate mongo;

	private final Assignments assignments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanService(MongoTemplate mongo, Assignments assignments, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.assignments = assignments;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A draft plan for a fiscal year. A second plan for the same year is refused by the unique index
	 * ({@link org.springframework.dao.DuplicateKeyException}).
	 */
	public Plan create(FiscalYear year, String indicatorSetId) {
		return this.mongo.insert(new Plan(year, indicatorSetId, this.clock.instant().truncatedTo(ChronoUnit.MILLIS)));
	}

	/** The indicator set the plan's measures refer to (ตัวชี้วัด); the measures keep their codes. */
	public Plan useIndicatorSet(String planId, String indicatorSetId) {
		Plan plan = this.mongo.findAndModify(Query.query(Criteria.where(Plan.ID).is(planId)),
				new Update().set("indicatorSetId", indicatorSetId).inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), Plan.class);
		if (plan == null) {
			throw new IllegalArgumentException("No plan " + planId);
		}
		return plan;
	}

	public Optional<Plan> find(String planId) {
		return Optional.ofNullable(this.mongo.findById(planId, Plan.class));
	}

	public Optional<Plan> forYear(FiscalYear year) {
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(Criteria.where(Plan.FISCAL_YEAR).is(year.buddhistYear())), Plan.class));
	}

	/** The plan of {@code year} when it is published (in force), else nothing. */
	public Optional<Plan> published(FiscalYear year) {
		return forYear(year).filter(Plan::isPublished);
	}

	/**
	 * The published plan the year's pages show on {@code today}: this fiscal year's; in its first quarter,
	 * until it is published, the year just ended (who still owes its year-end report).
	 */
	public Optional<Plan> inView(LocalDate today) {
		FiscalYear current = FiscalYear.containing(today);
		return published(current).or(() -> FiscalYear.quarterOf(today) == 1 ? published(current.previous())
				: Optional.empty());
	}

	/**
	 * DRAFT → PUBLISHED, once. The state change is a single conditional update, so two presses (or two
	 * coordinators) publish once and announce {@link PlanPublished} once; the second press gets the same
	 * answer. Missing assignments are created on every call, which also completes a publish interrupted
	 * after the state change; only assignments created now are announced.
	 */
	public Publication publish(String planId, String personId) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Plan published = this.mongo.findAndModify(
				Query.query(Criteria.where(Plan.ID).is(planId).and(Plan.STATUS).is(Plan.Status.DRAFT)),
				new Update().set(Plan.STATUS, Plan.Status.PUBLISHED)
					.set(Plan.PUBLISHED_AT, now)
					.set(Plan.PUBLISHED_BY, personId)
					.inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), Plan.class);
		boolean first = published != null;
		Plan plan = first ? published : find(planId).orElseThrow(() -> new IllegalArgumentException("No plan " + planId));
		Query active = Query.query(Criteria.where(Measure.PLAN_ID).is(planId).and(Measure.ARCHIVED_AT).is(null))
			.with(org.springframework.data.domain.Sort.by(Measure.NUMBER));
		for (Measure m : this.mongo.find(active, Measure.class)) {
			this.assignments.sync(m);
		}
		if (first) {
			// after the assignments, so a listener can already find them
			this.events.publishEvent(new PlanPublished(plan.getId(), plan.getFiscalYear()));
		}
		return new Publication(plan.getId(), plan.getFiscalYear(), plan.getPublishedAt(), plan.getPublishedBy());
	}

	/** A published plan: who published it and when, the same however often publish is pressed. */
	public record Publication(String planId, FiscalYear fiscalYear, Instant publishedAt, String publishedBy) {
	}

}
