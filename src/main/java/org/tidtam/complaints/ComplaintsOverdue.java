package org.tidtam.complaints;

import java.util.List;

/** Open cases of a division past a deadline: the head and the executives are told once per case. */
public record ComplaintsOverdue(String divisionId, List<String> complaintIds) {

	public ComplaintsOverdue {
		complaintIds = List.copyOf(complaintIds);
	}

}
