package org.tidtam.complaints;

import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tidtam.shared.FiscalYear;

/**
 * Ticket numbers like {@code ร-2569-000123}: a series letter, the fiscal year, a number counted per
 * series and year. One counter document per series and year, advanced with findAndModify + $inc
 * (upsert), so several app instances never hand out the same number.
 */
@Component
public class TicketNumbers {

	public static final String COLLECTION = "ticket_counters";

	/** เรื่องร้องเรียน/ร้องทุกข์. */
	public static final String COMPLAINT = "ร";

	/** แจ้งเบาะแสการทุจริต. */
	public static final String INTEGRITY = "ท";

	private final MongoTemplate mongo;

	TicketNumbers(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public String next(String series, FiscalYear year) {
		String key = series + "-" + year.buddhistYear();
		Document counter = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(key)), new Update().inc("seq", 1),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
		long seq = ((Number) counter.get("seq")).longValue();
		return String.format("%s-%d-%06d", series, year.buddhistYear(), seq);
	}

	/** True for text shaped like a ticket number of the series, also typed with Thai digits or another dash. */
	public static boolean looksLike(String series, String text) {
		return text != null && normalise(text).matches(series + "-\\d{4}-\\d{6}");
	}

	/**
	 * A typed ticket as it is stored: "ร-๒๕๖๙-๐๐๐๑๒๓" or "ร–2569–000123" (a phone's dash) is "ร-2569-000123".
	 */
	public static String normalise(String text) {
		return org.tidtam.shared.ThaiDates.asciiDigits(text.strip()).replaceAll("[\\u2010-\\u2015\\u2212]", "-");
	}

}
