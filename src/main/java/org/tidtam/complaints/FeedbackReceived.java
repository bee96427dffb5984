package org.tidtam.complaints;

/** A citizen sent praise, a suggestion or a criticism: the coordinators are told. */
public record FeedbackReceived(String feedbackId) {
}
