package org.tidtam.complaints.privacy;

/**
 * A coordinator decided a citizen's data request: the LINE adapter sends {@code text} to the citizen
 * (for a copy, the copy itself).
 */
public record DataRequestAnswered(String requestId, String lineUserId, String text) {
}
