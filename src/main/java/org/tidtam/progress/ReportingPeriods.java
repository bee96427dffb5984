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
 * Pure: no store, no clock.
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

		/** Reported within the period. */
		ON_TIME,
		/** Reported after the due date (before the next period's due date). */
		LATE,
		/** Not reported and the due date has passed. */
		MISSING,
		/** Not reported yet, still time. */
		OPEN

	}

	/**
	 * The standing of {@code periods.get(index)} given the Bangkok dates of the reports that count
	 * (neither withdrawn nor corrected) and today.
	 */
	public static Standing standing(List<ReportingPeriod> periods, int index, List<LocalDate> reported, LocalDate today) {
		ReportingPeriod p = periods.get(index);
		if (reported.stream().anyMatch(p::contains)) {
			return Standing.ON_TIME;
		}
		LocalDate lateUntil = index + 1 < periods.size() ? periods.get(index + 1).due() : LocalDate.MAX;
		if (reported.stream().anyMatch(d -> d.isAfter(p.due()) && !d.isAfter(lateUntil))) {
			return Standing.LATE;
		}
		return today.isAfter(p.due()) ? Standing.MISSING : Standing.OPEN;
	}

	private static LocalDate workingDayBefore(LocalDate day, MeetingRule rule) {
		LocalDate d = day.minusDays(1);
		while (rule.holidays().contains(d) || d.getDayOfWeek().getValue() >= 6) {
			d = d.minusDays(1);
		}
		return d;
	}

}
