package org.tidtam.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.tidtam.shared.ThaiDates;

/**
 * The daily look at deadlines (run by the reminders module's schedule, one instance at a time): cases
 * whose result falls due within {@code warn-days} business days are reminded to their division's head
 * once; cases past a deadline are escalated to the head and the executives once per deadline: a case
 * escalated for a late acknowledgement is still reminded of, and escalated for, its result date. Each
 * case is marked when told, so a second run (or a second instance) tells nobody twice.
 */
@Service
public class ComplaintDeadlines {

	static final String REMINDED_AT = "remindedAt";

	/** Escalated for a result past its date. */
	static final String ESCALATED_AT = "escalatedAt";

	/** Escalated for an acknowledgement past its date (a separate mark: the result date may be missed later). */
	static final String ACK_ESCALATED_AT = "acknowledgeEscalatedAt";

	private static final List<ComplaintStatus> OPEN = List.of(ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED,
			ComplaintStatus.IN_PROGRESS);

	private final MongoTemplate mongo;

	private final BusinessDays businessDays;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int warnDays;

	private final ComplaintAftercare aftercare;

	ComplaintDeadlines(MongoTemplate mongo, BusinessDays businessDays, ApplicationEventPublisher events, Clock clock,
			@Value("${tidtam.complaints.warn-days:2}") int warnDays, ComplaintAftercare aftercare) {
		this.aftercare = aftercare;
		this.mongo = mongo;
		this.businessDays = businessDays;
		this.events = events;
		this.clock = clock;
		this.warnDays = warnDays;
	}

	/** Returns how many cases were reminded and escalated (aftercare runs in the same daily run). */
	public int[] sweep() {
		int[] told = deadlines();
		if (this.aftercare != null) {
			this.aftercare.followUps();
			this.aftercare.anonymise();
		}
		return told;
	}

	int[] deadlines() {
		LocalDate today = LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
		LocalDate warnUntil = this.businessDays.plus(today, this.warnDays);
		Query ackLate = Query.query(Criteria.where(Complaint.STATUS)
			.is(ComplaintStatus.RECEIVED)
			.and(Complaint.ACKNOWLEDGE_BY)
			.lt(today)
			.and(ACK_ESCALATED_AT)
			.isNull());
		Query resultLate = Query.query(Criteria.where(Complaint.STATUS)
			.in(OPEN)
			.and(Complaint.RESULT_BY)
			.lt(today)
			.and(ESCALATED_AT)
			.isNull());
		// both deadlines may have passed by one sweep: each is marked, the case is named once
		Map<String, List<String>> late = claim(ackLate, ACK_ESCALATED_AT);
		claim(resultLate, ESCALATED_AT).forEach((division, ids) -> {
			List<String> named = late.computeIfAbsent(division, k -> new ArrayList<>());
			ids.stream().filter(id -> !named.contains(id)).forEach(named::add);
		});
		late.forEach((division, ids) -> this.events.publishEvent(new ComplaintsOverdue(division, ids)));
		Query soon = Query.query(Criteria.where(Complaint.STATUS)
			.in(OPEN)
			.and(REMINDED_AT)
			.isNull()
			.and(ESCALATED_AT)
			.isNull()
			.and(Complaint.RESULT_BY)
			.gte(today)
			.lte(warnUntil));
		Map<String, List<String>> due = claim(soon, REMINDED_AT);
		due.forEach((division, ids) -> this.events.publishEvent(new ComplaintsDueSoon(division, ids)));
		return new int[] { due.values().stream().mapToInt(List::size).sum(),
				late.values().stream().mapToInt(List::size).sum() };
	}

	/** Marks each matching case (one atomic update each, so two runners never both claim one) by division. */
	private Map<String, List<String>> claim(Query query, String mark) {
		Map<String, List<String>> byDivision = new LinkedHashMap<>();
		for (Complaint c : this.mongo.find(query, Complaint.class)) {
			boolean claimed = this.mongo.updateFirst(
					Query.query(Criteria.where("_id").is(c.getId()).and(mark).isNull()),
					Update.update(mark, this.clock.instant()), Complaint.class).getModifiedCount() == 1;
			if (claimed) {
				byDivision.computeIfAbsent(c.getDivisionId() == null ? "" : c.getDivisionId(), k -> new ArrayList<>())
					.add(c.getId());
			}
		}
		return byDivision;
	}

}
