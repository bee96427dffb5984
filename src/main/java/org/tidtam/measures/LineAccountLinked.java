package org.tidtam.measures;

/**
 * A person's LINE account can be reached now: they redeemed a linking code, or followed the official
 * account again after blocking it. Messages that waited for them (a head's assignment notices) can go.
 */
public record LineAccountLinked(String personId, String divisionId) {
}
