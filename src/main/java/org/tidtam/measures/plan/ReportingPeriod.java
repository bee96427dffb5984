package org.tidtam.measures.plan;

import java.time.LocalDate;
import java.time.YearMonth;

import org.tidtam.shared.ThaiDates;

/**
 * One stretch of time in which a division owes a report on an assignment: reports made from
 * {@code from} to {@code deadline} (both inclusive, Asia/Bangkok days) count for it.
 *
 * @param kind what is owed
 * @param month for {@link Kind#MEETING}, the meeting's month
 * @param quarter for {@link Kind#QUARTER_PROGRESS} and quarter-due finals, the fiscal quarter (1–4)
 */
public record ReportingPeriod(Kind kind, LocalDate from, LocalDate deadline, YearMonth month, Integer quarter) {

	public enum Kind {

		/** A report before a monthly meeting (รายงานต่อที่ประชุมประจำเดือน). */
		MEETING,
		/** Progress by a quarter's end for a measure due at the end of the year. */
		QUARTER_PROGRESS,
		/** The final report (or summary at the fiscal year's end). */
		FINAL

	}

	public ReportingPeriod {
		if (from.isAfter(deadline)) {
			throw new IllegalArgumentException("A period cannot end before it starts: " + from + " " + deadline);
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.deadline);
	}

	/** A stable key for this period (used in reminders' dedupe keys), e.g. {@code MEETING:2026-11-10}. */
	public String key() {
		return this.kind + ":" + this.deadline;
	}

	/** In Thai, for messages: "ก่อนการประชุมประจำเดือนพฤศจิกายน 2569", "ความคืบหน้าไตรมาสที่ 2" … */
	public String thai() {
		return switch (this.kind) {
			case MEETING -> "ก่อนการประชุมประจำเดือน" + ThaiDates.monthName(this.month.getMonthValue()) + " "
					+ (this.month.getYear() + ThaiDates.BUDDHIST_ERA_OFFSET);
			case QUARTER_PROGRESS -> "ความคืบหน้าไตรมาสที่ " + this.quarter;
			case FINAL -> "รายงานผลภายในวันที่ " + ThaiDates.longDate(this.deadline);
		};
	}

}
