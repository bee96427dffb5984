package org.tidtam.complaints;

/**
 * A complaint was assigned or forwarded to a division (its head is told; the heads of the division it
 * left, {@code previousDivisionId}, are told it moved).
 */
public record ComplaintForwarded(String complaintId, String divisionId, String previousDivisionId) {
}
