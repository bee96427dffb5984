package org.tidtam.complaints.integrity;

import java.util.List;

/** What the reporter gave; {@code evidenceMessageIds} are chat files the LINE adapter stored. */
public record NewIntegrityReport(String lineUserId, String description, List<String> evidenceMessageIds,
		boolean anonymous, String name, String phone, String idempotencyKey) {

	public NewIntegrityReport {
		evidenceMessageIds = evidenceMessageIds == null ? List.of() : List.copyOf(evidenceMessageIds);
	}

}
