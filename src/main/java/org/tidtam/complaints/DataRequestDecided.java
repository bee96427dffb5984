package org.tidtam.complaints;

/** A coordinator approved or rejected a data request: the citizen is told (and, for a copy, sent it). */
public record DataRequestDecided(String requestId) {
}
