package org.tidtam.complaints.privacy;

/** A data request being confirmed in chat. */
public record DataRequestDraft(DataRequest.Kind kind) {
}
