package org.tidtam.complaints;

import java.util.List;

/** Open cases of a division whose result is due within the warning window: the head gets one reminder. */
public record ComplaintsDueSoon(String divisionId, List<String> complaintIds) {

	public ComplaintsDueSoon {
		complaintIds = List.copyOf(complaintIds);
	}

}
