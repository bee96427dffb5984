/**
 * Reminders (การเตือน): schedules kept as data in MongoDB (the truth), registered with Quartz's
 * in-memory store at start and whenever they change; each run takes a ShedLock lock in MongoDB so that
 * with several app instances one fires; a run missed while the app was down is caught up at start.
 * Runs publish past-tense events (e.g. {@link org.tidtam.reminders.AcknowledgementOverdue}); the LINE
 * adapter turns them into messages. Also runs the complaints' daily deadline sweep. Knows nothing of LINE.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "measures :: plan",
		"measures :: organisation", "measures", "progress", "complaints" })
package org.tidtam.reminders;
