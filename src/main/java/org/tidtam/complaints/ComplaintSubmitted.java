package org.tidtam.complaints;

/** A citizen filed a complaint: its id, ticket and the division it went to (may be null). */
public record ComplaintSubmitted(String complaintId, String ticket, String divisionId) {
}
