/**
 * Measures (มาตรการ): the year's integrity measures and, later, their assignments (measure x division).
 * For now it holds {@code importing}: the pure parser that turns a measures table pasted from Word/PDF,
 * or read from CSV/XLSX, into a preview the coordinator confirms; and {@code organisation}: the profile,
 * divisions, people, LINE account linking and group binding. Knows nothing of progress or complaints, and
 * of LINE only opaque user and group ids.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.tidtam.measures;
