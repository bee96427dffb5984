package org.tidtam.shared;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Thai working days and the hours in which the bot may message people (Asia/Bangkok).
 * <p>
 * Public holidays are the fixed-date ones every year (with the substitute Monday when one falls on a
 * weekend, as the cabinet announces them) plus the dates given in configuration: the Buddhist
 * holidays, which follow the lunar calendar, and any special day off. Messages are not sent in quiet
 * hours (default 20:00–07:00) nor, when configured, on weekends and holidays; {@link #nextSendable}
 * says when a message held back may go.
 */
public final class WorkingCalendar {

	/** Fixed-date public holidays (วันหยุดราชการประจำปี with a fixed date). */
	static final List<MonthDay> FIXED = List.of(MonthDay.of(1, 1), // วันขึ้นปีใหม่
			MonthDay.of(4, 6), // วันจักรี
			MonthDay.of(4, 13), MonthDay.of(4, 14), MonthDay.of(4, 15), // วันสงกรานต์
			MonthDay.of(5, 1), // วันแรงงานแห่งชาติ
			MonthDay.of(5, 4), // วันฉัตรมงคล
			MonthDay.of(6, 3), // วันเฉลิมพระชนมพรรษาสมเด็จพระราชินี
			MonthDay.of(7, 28), // วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว
			MonthDay.of(8, 12), // วันแม่แห่งชาติ
			MonthDay.of(10, 13), // วันนวมินทรมหาราช
			MonthDay.of(10, 23), // วันปิยมหาราช
			MonthDay.of(12, 5), // วันพ่อแห่งชาติ
			MonthDay.of(12, 10), // วันรัฐธรรมนูญ
			MonthDay.of(12, 31)); // วันสิ้นปี

	private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

	private final Set<LocalDate> extraHolidays;

	private final boolean fixedHolidays;

	private final LocalTime quietFrom;

	private final LocalTime quietUntil;

	private final boolean quietOnDaysOff;

	private final java.util.Map<Integer, Set<LocalDate>> substitutes = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * @param extraHolidays the lunar Buddhist holidays and special days off (substitutes included)
	 * @param fixedHolidays whether the fixed-date holidays (and their substitute Mondays) count
	 * @param quietFrom no messages from this time …
	 * @param quietUntil … until this time the next morning
	 * @param quietOnDaysOff no messages at all on weekends and holidays
	 */
	public WorkingCalendar(Collection<LocalDate> extraHolidays, boolean fixedHolidays, LocalTime quietFrom,
			LocalTime quietUntil, boolean quietOnDaysOff) {
		this.extraHolidays = Set.copyOf(extraHolidays);
		this.fixedHolidays = fixedHolidays;
		this.quietFrom = quietFrom;
		this.quietUntil = quietUntil;
		this.quietOnDaysOff = quietOnDaysOff;
	}

	/** The fixed-date holidays, 20:00–07:00 quiet, weekends and holidays quiet, plus {@code extraHolidays}. */
	public static WorkingCalendar thai(Collection<LocalDate> extraHolidays) {
		return new WorkingCalendar(extraHolidays, true, LocalTime.of(20, 0), LocalTime.of(7, 0), true);
	}

	/** The same calendar with more days off (e.g. an office's own closures). */
	public WorkingCalendar withHolidays(Collection<LocalDate> more) {
		Set<LocalDate> all = new HashSet<>(this.extraHolidays);
		all.addAll(more);
		return new WorkingCalendar(all, this.fixedHolidays, this.quietFrom, this.quietUntil, this.quietOnDaysOff);
	}

	public boolean isHoliday(LocalDate day) {
		if (this.extraHolidays.contains(day)) {
			return true;
		}
		if (!this.fixedHolidays) {
			return false;
		}
		if (FIXED.contains(MonthDay.from(day))) {
			return true;
		}
		return isSubstitute(day);
	}

	/** The public holidays and configured days off from {@code from} to {@code to}, both inclusive. */
	public List<LocalDate> holidaysBetween(LocalDate from, LocalDate to) {
		List<LocalDate> out = new java.util.ArrayList<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			if (isHoliday(d)) {
				out.add(d);
			}
		}
		return out;
	}

	/** A weekday that is neither a public holiday nor a configured day off. */
	public boolean isWorkingDay(LocalDate day) {
		return !WEEKEND.contains(day.getDayOfWeek()) && !isHoliday(day);
	}

	/** {@code day} itself if it is a working day, else the working day before it. */
	public LocalDate workingDayOnOrBefore(LocalDate day) {
		LocalDate d = day;
		while (!isWorkingDay(d)) {
			d = d.minusDays(1);
		}
		return d;
	}

	/** {@code day} itself if it is a working day, else the working day after it. */
	public LocalDate workingDayOnOrAfter(LocalDate day) {
		LocalDate d = day;
		while (!isWorkingDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** The working day {@code days} working days after {@code day} (0: the next working day on or after it). */
	public LocalDate plusWorkingDays(LocalDate day, int days) {
		LocalDate d = workingDayOnOrAfter(day);
		for (int i = 0; i < days; i++) {
			d = workingDayOnOrAfter(d.plusDays(1));
		}
		return d;
	}

	/** Working days from {@code from} (exclusive) to {@code to} (inclusive); 0 when {@code to} is not after. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				count++;
			}
		}
		return count;
	}

	/** Whether the bot may message people at {@code at}. */
	public boolean maySend(Instant at) {
		LocalDateTime local = LocalDateTime.ofInstant(at, ThaiDates.BANGKOK);
		if (this.quietOnDaysOff && !isWorkingDay(local.toLocalDate())) {
			return false;
		}
		LocalTime time = local.toLocalTime();
		if (this.quietFrom.isAfter(this.quietUntil)) {
			// quiet across midnight: 20:00–07:00
			return !time.isBefore(this.quietUntil) && time.isBefore(this.quietFrom);
		}
		return time.isBefore(this.quietFrom) || !time.isBefore(this.quietUntil);
	}

	/** {@code at} itself when messages may go then, else the start of the next time they may. */
	public Instant nextSendable(Instant at) {
		if (maySend(at)) {
			return at;
		}
		ZonedDateTime local = at.atZone(ThaiDates.BANGKOK);
		LocalDate day = local.toLocalDate();
		if (this.quietFrom.isAfter(this.quietUntil) && !local.toLocalTime().isBefore(this.quietFrom)) {
			day = day.plusDays(1);
		}
		for (int i = 0; i < 60; i++, day = day.plusDays(1)) {
			Instant candidate = day.atTime(this.quietUntil).atZone(ThaiDates.BANGKOK).toInstant();
			if (!candidate.isBefore(at) && maySend(candidate)) {
				return candidate;
			}
		}
		return at; // a calendar with no sendable time in two months is a configuration error: do not hold forever
	}

	/** A weekday standing in for a fixed holiday that fell on a weekend (วันหยุดชดเชย). */
	private boolean isSubstitute(LocalDate day) {
		return this.substitutes.computeIfAbsent(day.getYear(), WorkingCalendar::substitutesOf).contains(day);
	}

	/**
	 * The substitute days falling in {@code year}: each fixed holiday on a weekend owes the next weekday
	 * that is not itself a holiday (Songkran on Friday–Sunday gives Monday and Tuesday).
	 */
	static Set<LocalDate> substitutesOf(int year) {
		Set<LocalDate> days = new HashSet<>();
		int owed = 0;
		for (LocalDate d = LocalDate.of(year - 1, 12, 20); d.getYear() <= year; d = d.plusDays(1)) {
			boolean fixed = FIXED.contains(MonthDay.from(d));
			if (WEEKEND.contains(d.getDayOfWeek())) {
				owed += fixed ? 1 : 0;
			}
			else if (!fixed && owed > 0) {
				owed--;
				if (d.getYear() == year) {
					days.add(d);
				}
			}
		}
		return days;
	}

}
