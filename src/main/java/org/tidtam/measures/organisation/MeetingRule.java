package org.tidtam.measures.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When the monthly meeting (การประชุมประจำเดือน) is held: the nth weekday of the month ("second Tuesday"),
 * unless the coordinator wrote down an explicit date for that month; a rule date that falls on a holiday
 * moves to the next working day. Stored as plain fields so a coordinator's edit is a form, not a formula.
 *
 * @param dayOfWeek the weekday of the meeting, e.g. {@link DayOfWeek#TUESDAY}
 * @param nth which one in the month: 1 to 4, or -1 for the last
 * @param extraDates explicit meeting dates; one in a month replaces the rule for that month
 * @param holidays days on which no meeting is held (public holidays, office closures)
 */
public record MeetingRule(DayOfWeek dayOfWeek, int nth, List<LocalDate> extraDates, List<LocalDate> holidays) {

	private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

	public MeetingRule {
		if (dayOfWeek == null) {
			throw new IllegalArgumentException("A meeting rule needs a day of the week");
		}
		if (nth != -1 && (nth < 1 || nth > 4)) {
			throw new IllegalArgumentException("The meeting is on the 1st to 4th or the last (-1) weekday, not " + nth);
		}
		extraDates = extraDates == null ? List.of() : List.copyOf(extraDates);
		holidays = holidays == null ? List.of() : List.copyOf(holidays);
	}

	public static MeetingRule of(DayOfWeek dayOfWeek, int nth) {
		return new MeetingRule(dayOfWeek, nth, List.of(), List.of());
	}

	/** The second Tuesday, the most common rule in the seed documents' offices. */
	public static MeetingRule secondTuesday() {
		return of(DayOfWeek.TUESDAY, 2);
	}

	public MeetingRule withExtraDate(LocalDate date) {
		return new MeetingRule(dayOfWeek, nth, append(extraDates, date), holidays);
	}

	/** The meeting of {@code date}'s month held on {@code date}, whatever was set for that month before. */
	public MeetingRule withMeetingOn(LocalDate date) {
		YearMonth month = YearMonth.from(date);
		List<LocalDate> others = extraDates.stream().filter(d -> !YearMonth.from(d).equals(month)).toList();
		return new MeetingRule(dayOfWeek, nth, append(others, date), holidays);
	}

	/** The same rule with more days on which no meeting is held (e.g. the public holidays of a year). */
	public MeetingRule withHolidays(java.util.Collection<LocalDate> more) {
		List<LocalDate> all = new ArrayList<>(holidays);
		more.stream().filter(d -> !all.contains(d)).forEach(all::add);
		return new MeetingRule(dayOfWeek, nth, extraDates, all);
	}

	public MeetingRule withHoliday(LocalDate date) {
		return new MeetingRule(dayOfWeek, nth, extraDates, append(holidays, date));
	}

	/**
	 * The meeting day of a month: the earliest explicit date in it if there is one (a coordinator's
	 * decision wins over the rule, even on a holiday), else the rule's day moved past holidays and
	 * weekends. The moved day may spill into the next month; that is still the meeting it is.
	 */
	public LocalDate meetingIn(YearMonth month) {
		Optional<LocalDate> explicit = extraDates.stream().filter(d -> YearMonth.from(d).equals(month)).sorted().findFirst();
		if (explicit.isPresent()) {
			return explicit.get();
		}
		LocalDate day = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(nth, dayOfWeek));
		while (holidays.contains(day) || WEEKEND.contains(day.getDayOfWeek())) {
			day = day.plusDays(1);
		}
		return day;
	}

	private static List<LocalDate> append(List<LocalDate> list, LocalDate date) {
		if (list.contains(date)) {
			return list;
		}
		ArrayList<LocalDate> out = new ArrayList<>(list);
		out.add(date);
		return out;
	}

}
