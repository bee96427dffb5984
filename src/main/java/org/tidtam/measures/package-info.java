/**
 * Measures (มาตรการ): the year's plan of integrity measures, the ITA indicator sets they address, and
 * their assignments (measure x division). {@code importing} parses a pasted measures table; {@code plan}
 * stores indicator sets, plans, measures and assignments; {@code organisation} holds the profile,
 * divisions, people, LINE account linking and group binding; {@code web} the coordinator's pages.
 * <p>
 * Publishes {@link org.tidtam.measures.PlanPublished}, {@link org.tidtam.measures.MeasureAssigned},
 * {@link org.tidtam.measures.MeasureEdited}, {@link org.tidtam.measures.AssignmentArchived} and
 * {@link org.tidtam.measures.LineAccountLinked}; listens to
 * nothing. Knows nothing of progress or complaints, and of LINE only opaque user and group ids.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.tidtam.measures;
