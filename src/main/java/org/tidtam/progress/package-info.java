/**
 * Progress (ความคืบหน้า): what divisions report on their assignments, from chat (the report dialog
 * {@link org.tidtam.progress.ProgressReportFlow}, a conversation flow) or recorded by a coordinator on
 * someone's behalf, with evidence files and links, and the history of corrections. Reads assignments
 * through the measures module's {@code plan} interface; the LINE adapter and the admin pages call
 * {@link org.tidtam.progress.ProgressService}; reports read it too. Reporting periods and who is owed
 * a reminder are computed here ({@link org.tidtam.progress.ReportingPeriods},
 * {@link org.tidtam.progress.ReminderPlanner}); evidence bytes are kept by the adapter behind
 * {@link org.tidtam.progress.EvidenceFiles}.
 * <p>
 * Publishes {@link org.tidtam.progress.ProgressReported} and
 * {@link org.tidtam.progress.ReportReminderDue}; listens to the reminders module's
 * {@code ReportingRemindersDue}. Knows nothing of LINE.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "conversation", "reminders", "measures",
		"measures::plan", "measures::organisation" })
package org.tidtam.progress;
