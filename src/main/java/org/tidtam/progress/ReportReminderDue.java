package org.tidtam.progress;

/** A report reminder is owed now; the LINE adapter sends it (at most once, by its key). */
public record ReportReminderDue(ReportReminder reminder) {
}
