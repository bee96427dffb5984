package org.tidtam.complaints;

/** A complaint was assigned or forwarded to a division (its head is told). */
public record ComplaintForwarded(String complaintId, String divisionId) {
}
