package org.tidtam.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which report reminders are owed right now. Pure: the caller gathers the facts (the plan's
 * assignments with their periods and the dates of their current reports) and sends what comes out.
 * Runs may repeat (every day, after downtime): a reminder is planned on every working day of its
 * window under the same key, and the sender keeps it to one. Nothing is planned in quiet hours, on
 * weekends or holidays: the next working day's run catches up.
 */
public final class ReminderPlanner {

	/** When reminders may go out, and how early the group reminder comes. */
	public record Settings(int daysBefore, LocalTime quietFrom, LocalTime quietUntil, Set<LocalDate> holidays,
			int digestWithinDays) {

		public Settings {
			holidays = Set.copyOf(holidays);
		}

		public static Settings defaults(Set<LocalDate> holidays) {
			return new Settings(3, LocalTime.of(20, 0), LocalTime.of(7, 0), holidays, 7);
		}

		boolean working(LocalDate day) {
			return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
					&& !this.holidays.contains(day);
		}

		boolean quiet(LocalTime time) {
			return !time.isBefore(this.quietFrom) || time.isBefore(this.quietUntil);
		}

	}

	/** What the planner knows of one assignment. */
	public record AssignmentFacts(String assignmentId, String divisionId, int measureNumber, String title,
			List<ReportingPeriod> periods, List<LocalDate> reported) {
	}

	private final Settings settings;

	public ReminderPlanner(Settings settings) {
		this.settings = settings;
	}

	public List<ReportReminder> plan(ZonedDateTime now, List<AssignmentFacts> assignments) {
		LocalDate today = now.toLocalDate();
		if (!this.settings.working(today) || this.settings.quiet(now.toLocalTime())) {
			return List.of();
		}
		Map<String, List<ReportReminder.Item>> group = new TreeMap<>();
		Map<String, List<ReportReminder.Item>> head = new TreeMap<>();
		// digest per deadline: measure -> reported / missing divisions
		Map<LocalDate, Map<Integer, DigestLine>> digest = new TreeMap<>();
		List<AssignmentFacts> ordered = new ArrayList<>(assignments);
		ordered.sort(Comparator.comparingInt(AssignmentFacts::measureNumber).thenComparing(AssignmentFacts::divisionId));
		for (AssignmentFacts a : ordered) {
			for (int i = 0; i < a.periods().size(); i++) {
				ReportingPeriod p = a.periods().get(i);
				ReportingPeriods.Standing standing = ReportingPeriods.standing(a.periods(), i, a.reported(), today);
				boolean reported = standing == ReportingPeriods.Standing.ON_TIME;
				ReportReminder.Item item = new ReportReminder.Item(a.assignmentId(), a.measureNumber(), a.title(), p.key(),
						null, null);
				String key = a.divisionId() + "|" + p.due();
				if (!reported && !today.isAfter(p.due()) && !today.isBefore(p.due().minusDays(this.settings.daysBefore()))) {
					group.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
				}
				if (!reported && !today.isAfter(p.due()) && !today.isBefore(workingDayBefore(p.due()))) {
					head.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
				}
				if (today.isAfter(p.due()) && !today.isAfter(p.due().plusDays(this.settings.digestWithinDays()))) {
					DigestLine line = digest.computeIfAbsent(p.due(), d -> new TreeMap<>())
						.computeIfAbsent(a.measureNumber(), n -> new DigestLine(a.title(), p.key()));
					(reported ? line.reported : line.missing).add(a.divisionId());
				}
			}
		}
		List<ReportReminder> out = new ArrayList<>();
		group.forEach((key, items) -> out.add(reminder(ReportReminder.Kind.GROUP, key, items)));
		head.forEach((key, items) -> out.add(reminder(ReportReminder.Kind.HEAD, key, items)));
		digest.forEach((due, lines) -> {
			List<ReportReminder.Item> items = new ArrayList<>();
			lines.forEach((number, line) -> items
				.add(new ReportReminder.Item(null, number, line.title, line.periodKey, line.reported, line.missing)));
			out.add(new ReportReminder(ReportReminder.Kind.DIGEST, "progress-digest:" + due, null, due, items));
		});
		return out;
	}

	private static ReportReminder reminder(ReportReminder.Kind kind, String key, List<ReportReminder.Item> items) {
		String[] parts = key.split("\\|");
		LocalDate due = LocalDate.parse(parts[1]);
		return new ReportReminder(kind, "progress-" + kind.name().toLowerCase() + ":" + parts[0] + ":" + due, parts[0], due,
				items);
	}

	private LocalDate workingDayBefore(LocalDate due) {
		LocalDate d = due.minusDays(1);
		while (!this.settings.working(d)) {
			d = d.minusDays(1);
		}
		return d;
	}

	private static final class DigestLine {

		final String title;

		final String periodKey;

		final List<String> reported = new ArrayList<>();

		final List<String> missing = new ArrayList<>();

		DigestLine(String title, String periodKey) {
			this.title = title;
			this.periodKey = periodKey;
		}

	}

}
