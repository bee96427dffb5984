package org.tidtam.complaints;

/**
 * An officer changed a complaint's status or added a note: {@code entry} is the index of the new
 * timeline entry. {@code internal} entries are for officers only: nobody outside is told.
 */
public record ComplaintStatusChanged(String complaintId, int entry, ComplaintStatus status, boolean internal) {
}
