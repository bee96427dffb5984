package org.tidtam.measures.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.tidtam.shared.FiscalYear;

/**
 * When a division owes reports on an assignment, from the measure's cadence (DOMAIN.md):
 * <ul>
 * <li>at every monthly meeting: one report per month, from the day after the previous meeting up to the
 * day before this month's meeting;</li>
 * <li>within a quarter: one final report, from the start of the fiscal year to the quarter's end;</li>
 * <li>at the fiscal year's end: progress by the end of quarters 1–3 and the summary by 30 September;</li>
 * <li>by a date: one final report by that date.</li>
 * </ul>
 * Pure: the meeting days come from the organisation's rule as a function.
 */
public final class ReportingPeriods {

	private ReportingPeriods() {
	}

	/**
	 * Every period of {@code year} for {@code cadence}, in order. An unset cadence is treated as due at
	 * the end of the year, as the year-end report needs every measure.
	 */
	public static List<ReportingPeriod> of(MeasureCadence cadence, FiscalYear year,
			Function<YearMonth, LocalDate> meetingDay) {
		MeasureCadence c = cadence == null ? MeasureCadence.fiscalYearEnd() : cadence;
		List<ReportingPeriod> periods = new ArrayList<>();
		switch (c.kind()) {
			case MONTHLY_MEETING -> {
				LocalDate from = year.start();
				for (YearMonth month = YearMonth.from(year.start()); !month.isAfter(YearMonth.from(year.end())); month = month.plusMonths(1)) {
					LocalDate meeting = meetingDay == null ? null : meetingDay.apply(month);
					if (meeting == null) {
						continue; // no meeting rule: nothing owed per month
					}
					LocalDate deadline = meeting.minusDays(1);
					if (deadline.isBefore(from)) {
						continue; // a meeting on 1 October: the year's first report is owed at the next one
					}
					periods.add(new ReportingPeriod(ReportingPeriod.Kind.MEETING, from, deadline, month, null));
					from = meeting;
				}
			}
			case WITHIN_QUARTER -> periods.add(new ReportingPeriod(ReportingPeriod.Kind.FINAL, year.start(),
					year.quarterEnd(c.quarter()), null, c.quarter()));
			case FISCAL_YEAR_END -> {
				for (int q = 1; q <= 3; q++) {
					periods.add(new ReportingPeriod(ReportingPeriod.Kind.QUARTER_PROGRESS, year.quarterStart(q),
							year.quarterEnd(q), null, q));
				}
				periods.add(new ReportingPeriod(ReportingPeriod.Kind.FINAL, year.quarterStart(4), year.end(), null, 4));
			}
			case BY_DATE -> {
				LocalDate due = c.date();
				LocalDate from = due.isBefore(year.start()) ? due : year.start();
				periods.add(new ReportingPeriod(ReportingPeriod.Kind.FINAL, from, due, null, null));
			}
		}
		return periods;
	}

	/** The period open on {@code day}: the first whose deadline is today or later; empty after the last. */
	public static Optional<ReportingPeriod> current(List<ReportingPeriod> periods, LocalDate day) {
		return periods.stream().filter(p -> !p.deadline().isBefore(day)).findFirst();
	}

	/** The period whose deadline passed most recently before {@code day}, if any. */
	public static Optional<ReportingPeriod> lastClosed(List<ReportingPeriod> periods, LocalDate day) {
		return periods.stream().filter(p -> p.deadline().isBefore(day)).reduce((a, b) -> b);
	}

}
