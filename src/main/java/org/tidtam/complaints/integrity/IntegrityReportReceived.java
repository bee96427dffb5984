package org.tidtam.complaints.integrity;

/** A corruption report arrived, or its reporter added information: the id only (confidentiality). */
public record IntegrityReportReceived(String reportId, boolean addition) {
}
