package org.tidtam.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.tidtam.measures.organisation.MeetingRule;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.shared.FiscalYear;

/**
 * The reporting periods of an assignment in a fiscal year, from its measure's cadence (DOMAIN.md):
 * <ul>
 * <li>monthly meeting: one report per month, due the working day before that month's meeting (the
 * organisation's {@link MeetingRule}: "second Tuesday", explicit dates, holidays), so the coordinator
 * has it on the table; a month's period opens on the day of the previous month's meeting;</li>
 * <li>within quarter n: one final report by the quarter's end;</li>
 * <li>fiscal-year end: progress each quarter (by each quarter's end) and the summary by 30 September;</li>
 * <li>by date: one report by that date.</li>
 * </ul>
 * Which period a report counts for, and so where each period stands, is decided here alone
 * ({@link #account}). Pure: no store, no clock.
 */
public final class ReportingPeriods {

	private ReportingPeriods() {
	}

	public static List<ReportingPeriod> of(MeasureCadence cadence, FiscalYear year, MeetingRule meetings) {
		if (cadence == null) {
			return List.of(new ReportingPeriod("FY", year.start(), year.end(), null, true));
		}
		List<ReportingPeriod> out = new ArrayList<>();
		switch (cadence.kind()) {
			case MONTHLY_MEETING -> {
				MeetingRule rule = meetings == null ? MeetingRule.secondTuesday() : meetings;
				LocalDate opens = year.start();
				for (int i = 0; i < 12; i++) {
					YearMonth month = YearMonth.from(year.start()).plusMonths(i);
					LocalDate meeting = rule.meetingIn(month);
					LocalDate due = workingDayBefore(meeting, rule);
					if (due.isBefore(opens)) {
						due = opens;
					}
					out.add(new ReportingPeriod(month.toString(), opens, due, meeting, false));
					opens = due.plusDays(1);
				}
			}
			case WITHIN_QUARTER -> out
				.add(new ReportingPeriod("Q" + cadence.quarter(), year.start(), year.quarterEnd(cadence.quarter()), null, true));
			case FISCAL_YEAR_END -> {
				for (int q = 1; q <= 4; q++) {
					out.add(new ReportingPeriod("Q" + q, year.quarterStart(q), year.quarterEnd(q), null, q == 4));
				}
			}
			case BY_DATE -> {
				LocalDate due = cadence.date();
				LocalDate opens = due.isBefore(year.start()) ? due : year.start();
				out.add(new ReportingPeriod("D" + due, opens, due, null, true));
			}
		}
		return out;
	}

	/**
	 * The organisation's meeting rule ({@code null}: the second Tuesday) knowing the public holidays of
	 * {@code year} from the working calendar, so that neither a meeting nor the working day before it,
	 * the deadline, falls on Songkran or another day off the office did not list itself.
	 */
	public static MeetingRule withPublicHolidays(MeetingRule rule, FiscalYear year, org.tidtam.shared.WorkingCalendar calendar) {
		MeetingRule base = rule == null ? MeetingRule.secondTuesday() : rule;
		return base.withHolidays(calendar.holidaysBetween(year.start().minusMonths(1), year.end().plusMonths(1)));
	}

	/**
	 * The periods of an assignment that began on {@code since} (the day its plan was published, or it was
	 * assigned, whichever came later): one whose due date had already passed then was never owed. The
	 * last period is kept whatever its date, so that an assignment always has one.
	 */
	public static List<ReportingPeriod> owedFrom(List<ReportingPeriod> periods, LocalDate since) {
		if (since == null || periods.isEmpty()) {
			return periods;
		}
		List<ReportingPeriod> owed = periods.stream().filter(p -> !p.due().isBefore(since)).toList();
		return owed.isEmpty() ? List.of(periods.get(periods.size() - 1)) : owed;
	}

	/** The day an assignment began to be owed: its plan's publication or its own creation, the later. */
	public static LocalDate since(org.tidtam.measures.plan.Plan plan, org.tidtam.measures.plan.Assignment assignment) {
		java.time.Instant begun = assignment.getCreatedAt();
		if (plan.getPublishedAt() != null && (begun == null || plan.getPublishedAt().isAfter(begun))) {
			begun = plan.getPublishedAt();
		}
		return begun == null ? null : begun.atZone(org.tidtam.shared.ThaiDates.BANGKOK).toLocalDate();
	}

	/** The period that is current on {@code date}: the first whose due date is on or after it. */
	public static java.util.Optional<ReportingPeriod> current(List<ReportingPeriod> periods, LocalDate date) {
		return periods.stream().filter(p -> !p.due().isBefore(date)).findFirst();
	}

	/** Where a division stands with one period. */
	public enum Standing {

		/** Reported within the period (a report inside its window that no earlier period took as its late one). */
		ON_TIME,
		/** Reported after the due date, within the late window ({@link #lateUntil}); that report counts for nothing else. */
		LATE,
		/** Not reported and the due date has passed. */
		MISSING,
		/** Not reported yet, still time. */
		OPEN

	}

	/**
	 * The standing of {@code periods.get(index)} given the Bangkok dates of the reports that count
	 * (neither withdrawn nor corrected) and today; see {@link #account}.
	 */
	public static Standing standing(List<ReportingPeriod> periods, int index, List<LocalDate> reported, LocalDate today) {
		return account(periods, reported, today).standing(index);
	}

	/**
	 * Which period each report counts for, and so where each period stands: the one rule every reader
	 * (the progress grid and participation, the reminders, the chat's "what is left", the monthly summary)
	 * goes by. A report counts for one period only. The periods are taken in order:
	 * <ol>
	 * <li>a period with a report inside its own window [opens, due] is on time, and every report inside
	 * that window is its own;</li>
	 * <li>otherwise the earliest report made after its due date and within its late window
	 * ({@link #lateUntil}) is its late report, used up: it does not also count for the next period,
	 * though it lies inside that period's window;</li>
	 * <li>otherwise it is missing once its due date has passed, open before.</li>
	 * </ol>
	 * A division that misses the March deadline and reports on the morning of the March meeting is late
	 * for March and still owes April; one that reports after the March meeting has missed March, and the
	 * report is April's. {@code reported} are the Bangkok dates the reports count on (a correction on the
	 * day of the report it corrects), in any order; the answer refers to them by position.
	 */
	public static Accounting account(List<ReportingPeriod> periods, List<LocalDate> reported, LocalDate today) {
		int n = periods.size();
		Standing[] standings = new Standing[n];
		int[] reportFor = new int[n];
		int[] periodOf = new int[reported.size()];
		java.util.Arrays.fill(reportFor, -1);
		java.util.Arrays.fill(periodOf, -1);
		// earliest first (a stable order for reports of the same day)
		Integer[] byDate = new Integer[reported.size()];
		for (int r = 0; r < byDate.length; r++) {
			byDate[r] = r;
		}
		java.util.Arrays.sort(byDate, java.util.Comparator.comparing(reported::get));
		for (int i = 0; i < n; i++) {
			ReportingPeriod p = periods.get(i);
			for (int r : byDate) {
				if (periodOf[r] < 0 && p.contains(reported.get(r))) {
					periodOf[r] = i;
					if (reportFor[i] < 0) {
						reportFor[i] = r;
					}
				}
			}
			if (reportFor[i] >= 0) {
				standings[i] = Standing.ON_TIME;
				continue;
			}
			LocalDate until = lateUntil(periods, i);
			for (int r : byDate) {
				LocalDate d = reported.get(r);
				if (periodOf[r] < 0 && d.isAfter(p.due()) && !d.isAfter(until)) {
					periodOf[r] = i;
					reportFor[i] = r;
					break;
				}
			}
			standings[i] = reportFor[i] >= 0 ? Standing.LATE : today.isAfter(p.due()) ? Standing.MISSING : Standing.OPEN;
		}
		return new Accounting(List.of(standings), reportFor, periodOf);
	}

	/**
	 * The last day a report still counts as {@code periods.get(index)}'s late report: for a monthly
	 * meeting, the day of that meeting (a report made once the meeting has happened is for the next
	 * one); for the other cadences, the next period's due date. The last period has no next one to
	 * count for, so its late window stays open (the year just ended takes late reports until 31 October,
	 * {@link org.tidtam.shared.FiscalYear#lateReportsUntil()}).
	 */
	public static LocalDate lateUntil(List<ReportingPeriod> periods, int index) {
		if (index + 1 >= periods.size()) {
			return LocalDate.MAX;
		}
		ReportingPeriod p = periods.get(index);
		return p.meeting() != null ? p.meeting() : periods.get(index + 1).due();
	}

	/**
	 * How one assignment's reports fall into its periods ({@link #account}); reports are referred to by
	 * their position in the list given.
	 */
	public static final class Accounting {

		private final List<Standing> standings;

		private final int[] reportFor;

		private final int[] periodOf;

		private Accounting(List<Standing> standings, int[] reportFor, int[] periodOf) {
			this.standings = standings;
			this.reportFor = reportFor;
			this.periodOf = periodOf;
		}

		/** Where period {@code period} stands. */
		public Standing standing(int period) {
			return this.standings.get(period);
		}

		/** Every period's standing, in order. */
		public List<Standing> standings() {
			return this.standings;
		}

		/** Whether period {@code period} has its report, on time or late. */
		public boolean reported(int period) {
			return this.reportFor[period] >= 0;
		}

		/** The report that answers period {@code period} (its earliest on time, or its late one); -1 for none. */
		public int reportFor(int period) {
			return this.reportFor[period];
		}

		/** The period report {@code report} counts for; -1 when it counts for none. */
		public int periodOf(int report) {
			return this.periodOf[report];
		}

		/** Whether report {@code report} counts as its period's on-time report (not a late one, not for nothing). */
		public boolean onTime(int report) {
			int period = this.periodOf[report];
			return period >= 0 && this.standings.get(period) == Standing.ON_TIME;
		}

	}

	private static LocalDate workingDayBefore(LocalDate day, MeetingRule rule) {
		LocalDate d = day.minusDays(1);
		while (rule.holidays().contains(d) || d.getDayOfWeek().getValue() >= 6) {
			d = d.minusDays(1);
		}
		return d;
	}

}
