package org.tidtam.measures;

import java.time.LocalDate;

/**
 * A division became responsible (ผู้รับผิดชอบ) for a measure in a published plan: listeners send the
 * division head a notice. Published once per new (or re-opened) assignment.
 *
 * @param dueOn when the division's report is due, or null when the measure's follow-up is not set
 */
public record MeasureAssigned(String assignmentId, String measureId, String divisionId, LocalDate dueOn) {
}
