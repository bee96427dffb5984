package org.tidtam.progress;

/**
 * An open assignment a person may report on, as the dialog shows it: the measure's number and title
 * and the due date (ISO, may be null), or, for a measure reported at every monthly meeting, that. A
 * snapshot taken when the dialog starts.
 */
public record ReportTarget(String assignmentId, int number, String title, String dueOn, boolean monthly) {

	public ReportTarget(String assignmentId, int number, String title, String dueOn) {
		this(assignmentId, number, title, dueOn, false);
	}

}
