package org.tidtam.complaints;

/** The officer's inbox filter: any field may be null (no restriction). */
public record InboxFilter(ComplaintStatus status, String categoryId, String divisionId, boolean overdueOnly,
		String text) {

	public static InboxFilter none() {
		return new InboxFilter(null, null, null, false, null);
	}

}
