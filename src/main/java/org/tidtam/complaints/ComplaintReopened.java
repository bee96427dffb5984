package org.tidtam.complaints;

/** The citizen said a closed case is not fixed: it is open again and its division is alerted. */
public record ComplaintReopened(String complaintId, String divisionId, int reopenCount) {
}
