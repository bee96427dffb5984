package org.tidtam.measures;

/**
 * A division is no longer responsible for a measure (its owner was removed, or the measure was
 * archived). The assignment and its history stay; only follow-up stops.
 */
public record AssignmentArchived(String assignmentId, String measureId, String divisionId) {
}
