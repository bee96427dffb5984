package org.tidtam.progress;

/** A report was recorded (or corrected) for an assignment. */
public record ProgressReported(String reportId, String assignmentId, String divisionId, ProgressStatus status) {
}
