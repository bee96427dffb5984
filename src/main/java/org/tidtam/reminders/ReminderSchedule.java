package org.tidtam.reminders;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One reminder as data: which kind, when (a Quartz cron in Asia/Bangkok), its parameter (days), whether
 * it is on, and when it last ran (to catch up a run missed while the app was down).
 */
@Document(ReminderSchedule.COLLECTION)
public class ReminderSchedule {

	public static final String COLLECTION = "reminder_schedules";

	public static final String UNACKNOWLEDGED = "unacknowledged-assignments";

	/** Reports missing for the open reporting period; {@code days} is how long before the deadline. */
	public static final String REPORTS = "missing-reports";

	/** Complaint deadlines: due-soon reminders to heads, overdue escalation to executives. */
	public static final String COMPLAINT_DEADLINES = "complaint-deadlines";

	@Id
	private String id;

	private String cron;

	private int days;

	private boolean enabled = true;

	private Instant lastRunAt;

	public ReminderSchedule() {
	}

	public ReminderSchedule(String id, String cron, int days) {
		this.id = id;
		this.cron = cron;
		this.days = days;
	}

	public String getId() {
		return this.id;
	}

	public String getCron() {
		return this.cron;
	}

	public void setCron(String cron) {
		this.cron = cron;
	}

	public int getDays() {
		return this.days;
	}

	public void setDays(int days) {
		this.days = days;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Instant getLastRunAt() {
		return this.lastRunAt;
	}

	public void setLastRunAt(Instant lastRunAt) {
		this.lastRunAt = lastRunAt;
	}

}
