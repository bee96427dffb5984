package org.tidtam.progress;

import java.time.LocalDate;

/**
 * One period in which a division owes a report on an assignment: reports made from {@code opens} to
 * {@code due} (both inclusive, Bangkok dates) count as on time, unless the period before took one of
 * them as its late report ({@link ReportingPeriods#account}: a report counts for one period only). {@code key} is stable within the
 * fiscal year ("2026-03" for a monthly meeting, "Q2", "Q4", "D2026-05-15") so reminders and
 * participation can name the period.
 *
 * @param meeting the monthly meeting the report is for, when the cadence is a monthly meeting
 * @param summary true for the year-end summary (the last period of a fiscal-year-end measure)
 */
public record ReportingPeriod(String key, LocalDate opens, LocalDate due, LocalDate meeting, boolean summary) {

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.opens) && !date.isAfter(this.due);
	}

	/** In Thai for messages: "ก่อนการประชุมประจำเดือนมีนาคม 2569", "ความคืบหน้าไตรมาสที่ 1" … */
	public String thai() {
		if (this.meeting != null) {
			java.time.YearMonth month = java.time.YearMonth.from(this.meeting);
			return "ก่อนการประชุมประจำเดือน" + org.tidtam.shared.ThaiDates.monthName(month.getMonthValue()) + " "
					+ (month.getYear() + org.tidtam.shared.ThaiDates.BUDDHIST_ERA_OFFSET);
		}
		if (!this.summary && this.key.startsWith("Q")) {
			return "ความคืบหน้าไตรมาสที่ " + this.key.substring(1);
		}
		return "รายงานผลภายในวันที่ " + org.tidtam.shared.ThaiDates.longDate(this.due);
	}

	/** A key unique across years ({@code key} alone, "Q2", repeats every year), for dedupe keys. */
	public String yearKey() {
		return this.key + "@" + this.due;
	}

}
