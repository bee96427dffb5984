package org.tidtam.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.bson.Document;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.tidtam.shared.ThaiDates;

/**
 * What an access trail is narrowed to; any field may be null (no restriction). {@code from} and
 * {@code to} are days in Bangkok, both included, as in the complaint inbox; {@code who} is a user name
 * as it was signed in with; {@code ticket} a case's or report's number, also typed with Thai digits or
 * a phone's dash.
 */
public record TrailFilter(LocalDate from, LocalDate to, String who, String ticket) {

	/** One row of an access trail as its page shows it: when, who, what (a message key and its argument), which record. */
	public interface Row {

		java.time.Instant at();

		String who();

		String whatKey();

		Object whatArg();

		/** The case's or report's number, or what stands for it. */
		String record();

	}

	/** Every trail keeps when, who and the case's number under these names. */
	public static final String AT = "at";

	public static final String WHO = "who";

	public static final String TICKET = "ticket";

	/**
	 * Newest first; rows of the same instant (a case page and its photos) in a fixed order, so that no row
	 * shows on two pages or on none. The trails' indexes follow this order.
	 */
	public static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, AT).and(Sort.by(Sort.Direction.DESC, "_id"));

	/** As long as a typed name or number may be: the form's {@code maxlength}. */
	public static final int MAX_TEXT = 100;

	public TrailFilter {
		who = text(who);
		ticket = text(ticket);
		ticket = ticket == null ? null : TicketNumbers.normalise(ticket);
	}

	public static TrailFilter none() {
		return new TrailFilter(null, null, null, null);
	}

	/**
	 * The indexes a trail's pages need: all of it by time, one person's rows, one case's rows (each in
	 * the pages' order, so a page is read from the index, not sorted in memory).
	 */
	public static void ensureIndexes(MongoTemplate mongo, String collection) {
		IndexOperations ops = mongo.indexOps(collection);
		ops.createIndex(new Index().on(AT, Sort.Direction.DESC).on("_id", Sort.Direction.DESC).named("time"));
		ops.createIndex(new Index().on(WHO, Sort.Direction.ASC)
			.on(AT, Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC)
			.named("who_time"));
		ops.createIndex(new Index().on(TICKET, Sort.Direction.ASC)
			.on(AT, Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC)
			.named("ticket_time"));
	}

	/**
	 * One page of a trail's rows that match, newest first, and how many match: counted and skipped in
	 * the store, never read whole. {@code byTicket} is how the trail finds the rows of {@link #ticket()}
	 * (null when there is no number to match).
	 */
	public <T> Page<T> page(MongoTemplate mongo, String collection, Criteria byTicket, Pageable pageable,
			Function<Document, T> row) {
		List<Criteria> and = new ArrayList<>();
		if (this.from != null) {
			and.add(Criteria.where(AT).gte(this.from.atStartOfDay(ThaiDates.BANGKOK).toInstant()));
		}
		if (this.to != null) {
			and.add(Criteria.where(AT).lt(this.to.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant()));
		}
		if (this.who != null) {
			and.add(Criteria.where(WHO).is(this.who));
		}
		if (byTicket != null) {
			and.add(byTicket);
		}
		Query query = Query.query(and.isEmpty() ? new Criteria() : new Criteria().andOperator(and));
		long total = mongo.count(query, collection);
		List<T> rows = mongo
			.find(Query.of(query).with(NEWEST_FIRST).skip(pageable.getOffset()).limit(pageable.getPageSize()),
					Document.class, collection)
			.stream()
			.map(row)
			.toList();
		return new PageImpl<>(rows, pageable, total);
	}

	private static String text(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String stripped = typed.strip();
		return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
	}

}
