package org.tidtam.complaints.privacy;

import java.util.List;

/**
 * A complaint's personal data was erased (retention ran out, or the citizen asked): the LINE adapter
 * deletes the chat photos it stored under these message ids.
 */
public record PersonalDataErased(String complaintId, List<String> lineMessageIds) {

	public PersonalDataErased {
		lineMessageIds = List.copyOf(lineMessageIds);
	}

}
