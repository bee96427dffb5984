/**
 * Progress (ความคืบหน้า): what divisions report on their assignments, from chat (the report dialog
 * {@link org.tidtam.progress.ProgressReportFlow}, a conversation flow) or recorded by a coordinator on
 * someone's behalf, with evidence files and links, and the history of corrections. Reads assignments
 * through the measures module's {@code plan} interface; the LINE adapter and the admin pages call
 * {@link org.tidtam.progress.ProgressService}; reports and the reminders module read it too. Reporting
 * periods are computed here ({@link org.tidtam.progress.ReportingPeriods}); evidence bytes are kept by
 * the adapter behind {@link org.tidtam.progress.EvidenceFiles}.
 * <p>
 * Publishes {@link org.tidtam.progress.ProgressReported}. Knows nothing of LINE.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "conversation", "reminders", "measures",
		"measures::plan", "measures::organisation" })
package org.tidtam.progress;
