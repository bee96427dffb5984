package org.tidtam.line.limits;

/**
 * One thing LINE would reject in a request body, in the shape of LINE's own error details:
 * {@code property} in LINE's path style ({@code messages[0].quickReply.items[13]}), {@code message} a
 * short English reason.
 */
public record Violation(String property, String message) {
}
