package org.tidtam.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * One reminder about reports still missing for a deadline, for the LINE adapter to send:
 * <ul>
 * <li>{@link Kind#GROUP}: to the division's group (or its head 1:1 when it has no group), N days
 * before the deadline, listing only its assignments still missing a report, with the report button;</li>
 * <li>{@link Kind#HEAD}: to the division head personally, the working day before;</li>
 * <li>{@link Kind#DIGEST}: to the executives after the deadline: per measure, who reported and who did not.</li>
 * </ul>
 * {@code key} is the same every time this reminder is planned, so it is sent at most once.
 */
public record ReportReminder(Kind kind, String key, String divisionId, LocalDate due, List<Item> items) {

	public enum Kind {

		GROUP, HEAD, DIGEST

	}

	/**
	 * One line of a reminder: an assignment (GROUP, HEAD) or a measure's divisions (DIGEST).
	 *
	 * @param reportedDivisionIds for DIGEST only: divisions that reported for the period
	 * @param missingDivisionIds for DIGEST only: divisions that did not
	 */
	public record Item(String assignmentId, int measureNumber, String title, String periodKey,
			List<String> reportedDivisionIds, List<String> missingDivisionIds) {

		public Item {
			reportedDivisionIds = reportedDivisionIds == null ? List.of() : List.copyOf(reportedDivisionIds);
			missingDivisionIds = missingDivisionIds == null ? List.of() : List.copyOf(missingDivisionIds);
		}

	}

	public ReportReminder {
		items = List.copyOf(items);
	}

}
