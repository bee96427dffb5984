package org.tidtam.measures;

import java.time.Instant;

/**
 * What happened when a head pressed "รับทราบ" (acknowledge) on an assignment notice. A second press,
 * by the same person or a colleague, says who acknowledged first and when, so the bot can answer
 * "รับทราบแล้วโดย … เมื่อ …" instead of recording it twice.
 */
public sealed interface Acknowledgement {

	/** Recorded now, by the person who pressed. */
	record Acknowledged(Instant at) implements Acknowledgement {
	}

	/** Recorded earlier by {@code byPersonId} at {@code at}; nothing changed. */
	record AlreadyAcknowledged(String byPersonId, Instant at) implements Acknowledgement {
	}

}
