package org.tidtam.complaints.integrity;

/** An integrity officer changed a report's status or wrote to the reporter: ids only. */
public record IntegrityReportChanged(String reportId, int entry) {
}
