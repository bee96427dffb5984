package org.tidtam.measures.plan;

import java.time.LocalDate;

import org.tidtam.measures.importing.Cadence;
import org.tidtam.shared.FiscalYear;

/**
 * How a measure is followed up (การกำกับติดตาม), as stored: a kind and, for two kinds, a quarter or a date.
 * The due date is not stored here but computed from the plan's fiscal year, so a measure copied to the
 * next year moves with it.
 *
 * @param quarter 1–4 for {@link Kind#WITHIN_QUARTER}, else null
 * @param date the date for {@link Kind#BY_DATE}, else null
 */
public record MeasureCadence(Kind kind, Integer quarter, LocalDate date) {

	public enum Kind {

		/** รายงานในการประชุมประจำเดือน (monthly meeting). */
		MONTHLY_MEETING,
		/** รายงานภายในไตรมาสที่ … (within a quarter). */
		WITHIN_QUARTER,
		/** ณ สิ้นปีงบประมาณ (at the end of the fiscal year). */
		FISCAL_YEAR_END,
		/** ภายในวันที่ … (by a date). */
		BY_DATE

	}

	public MeasureCadence {
		if (kind == null) {
			throw new IllegalArgumentException("A cadence needs a kind");
		}
		if (kind == Kind.WITHIN_QUARTER && (quarter == null || quarter < 1 || quarter > 4)) {
			throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
		}
		if (kind == Kind.BY_DATE && date == null) {
			throw new IllegalArgumentException("BY_DATE needs a date");
		}
	}

	public static MeasureCadence monthlyMeeting() {
		return new MeasureCadence(Kind.MONTHLY_MEETING, null, null);
	}

	public static MeasureCadence withinQuarter(int quarter) {
		return new MeasureCadence(Kind.WITHIN_QUARTER, quarter, null);
	}

	public static MeasureCadence fiscalYearEnd() {
		return new MeasureCadence(Kind.FISCAL_YEAR_END, null, null);
	}

	public static MeasureCadence byDate(LocalDate date) {
		return new MeasureCadence(Kind.BY_DATE, null, date);
	}

	/**
	 * The importer's reading, or null for a follow-up text it could not read: that is left for the
	 * coordinator to set rather than guessed.
	 */
	public static MeasureCadence from(Cadence cadence) {
		if (cadence instanceof Cadence.MonthlyMeeting) {
			return monthlyMeeting();
		}
		if (cadence instanceof Cadence.WithinQuarter q) {
			return withinQuarter(q.quarter());
		}
		if (cadence instanceof Cadence.FiscalYearEnd) {
			return fiscalYearEnd();
		}
		if (cadence instanceof Cadence.ByDate d) {
			return byDate(d.dueOn());
		}
		return null;
	}

	/** How people are told when a monthly-meeting measure is due (its year-end date is only the last of many). */
	public static final String EVERY_MONTHLY_MEETING = "ทุกการประชุมประจำเดือน";

	/** True for a measure reported at every monthly meeting. */
	public boolean monthly() {
		return this.kind == Kind.MONTHLY_MEETING;
	}

	/**
	 * When the division's report is due in {@code year}. A monthly-meeting measure reports every month;
	 * its final report, the one the year-end report needs, is due at the end of the fiscal year, and the
	 * monthly reminders are the reminders module's business.
	 */
	public LocalDate dueOn(FiscalYear year) {
		switch (kind) {
			case WITHIN_QUARTER:
				return year.quarterEnd(quarter);
			case BY_DATE:
				return date;
			case MONTHLY_MEETING:
			case FISCAL_YEAR_END:
			default:
				return year.end();
		}
	}

}
