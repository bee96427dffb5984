package org.tidtam.measures;

/**
 * One division's line on the plan's dashboard: how many measures it answers for, how many it has
 * acknowledged (รับทราบ), and how many are done (ดำเนินการแล้ว). Archived assignments are not counted.
 */
public record DivisionProgress(String divisionId, long assigned, long acknowledged, long done) {
}
