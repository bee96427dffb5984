package org.tidtam.progress;

/** The linked person who reports, and the division they report for in this chat. */
public record Reporter(String personId, String name, String divisionId, String divisionName) {
}
