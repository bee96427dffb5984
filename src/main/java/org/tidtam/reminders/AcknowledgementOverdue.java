package org.tidtam.reminders;

import java.util.List;

/** Assignments whose notice went out days ago and that nobody has acknowledged: their heads get a nudge. */
public record AcknowledgementOverdue(String planId, List<String> assignmentIds) {

	public AcknowledgementOverdue {
		assignmentIds = List.copyOf(assignmentIds);
	}

}
