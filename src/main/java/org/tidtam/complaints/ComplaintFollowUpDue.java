package org.tidtam.complaints;

/** A case closed as done a while ago: the citizen is asked once whether it is still fixed. */
public record ComplaintFollowUpDue(String complaintId) {
}
