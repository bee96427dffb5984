package org.tidtam.reminders;

import java.time.LocalDate;
import java.util.List;

/**
 * A division still owes reports for a period whose deadline is near: {@link Stage#SOON} goes to the
 * division's LINE group (or its head when it has none), {@link Stage#TOMORROW} to the head personally.
 * Lists only the assignments with no report yet in the period.
 *
 * @param periodKey stable per period (dedupe: each stage is sent once per division and period)
 * @param period the period in Thai, e.g. "ก่อนการประชุมประจำเดือนพฤศจิกายน 2569"
 */
public record ReportsDue(Stage stage, String divisionId, String periodKey, String period, LocalDate deadline,
		List<String> assignmentIds) {

	public ReportsDue {
		assignmentIds = List.copyOf(assignmentIds);
	}

	public enum Stage {

		SOON, TOMORROW

	}

}
