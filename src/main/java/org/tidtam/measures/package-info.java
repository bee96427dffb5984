/**
 * Measures (มาตรการ): the year's plan of integrity measures, the ITA indicator sets they address, and
 * their assignments (measure x division). {@code importing} parses a pasted measures table; {@code plan}
 * stores indicator sets, plans, measures and assignments.
 * <p>
 * Publishes {@link org.tidtam.measures.PlanPublished}, {@link org.tidtam.measures.MeasureAssigned},
 * {@link org.tidtam.measures.MeasureEdited} and {@link org.tidtam.measures.AssignmentArchived}; listens to
 * nothing. Refers to divisions and people by their ids only. Knows nothing of progress, complaints or LINE.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.tidtam.measures;
