package org.tidtam.complaints;

import java.time.LocalDate;

/**
 * The officer's inbox filter: any field may be null (no restriction). {@code from} and {@code to} are
 * days in Bangkok, both included, on the day the case was filed.
 */
public record InboxFilter(ComplaintStatus status, String categoryId, String divisionId, boolean overdueOnly,
		String text, LocalDate from, LocalDate to) {

	public InboxFilter(ComplaintStatus status, String categoryId, String divisionId, boolean overdueOnly,
			String text) {
		this(status, categoryId, divisionId, overdueOnly, text, null, null);
	}

	public static InboxFilter none() {
		return new InboxFilter(null, null, null, false, null);
	}

}
