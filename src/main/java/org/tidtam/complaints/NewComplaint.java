package org.tidtam.complaints;

import java.util.List;

/** What a citizen filed; {@code idempotencyKey} (the dialog id) makes filing twice file once. */
public record NewComplaint(String lineUserId, String categoryId, String description, List<String> photoMessageIds,
		Complaint.Place place, Complaint.Contact contact, String channel, String idempotencyKey) {

	public NewComplaint {
		photoMessageIds = photoMessageIds == null ? List.of() : List.copyOf(photoMessageIds);
	}

}
