package org.tidtam.reminders;

import java.time.Instant;

/**
 * The reporting-periods reminder fell due (once across instances): the progress module works out
 * which reports are still owed and who is to be reminded. {@code daysBefore}: how many days before a
 * deadline the division's group hears.
 */
public record ReportingRemindersDue(int daysBefore, Instant at) {
}
