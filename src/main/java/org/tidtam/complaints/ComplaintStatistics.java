package org.tidtam.complaints;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.tidtam.complaints.integrity.IntegrityCounts;
import org.tidtam.complaints.integrity.IntegrityService;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * The complaint statistics ITA asks organisations to publish, for one fiscal year: cases received,
 * closed and still in progress by month, quarter and half-year (by the day a case was received), by
 * category, division and channel; average and median days to close; satisfaction; corruption reports
 * as counts only. The reports module calls {@link #forYear} for the monthly summary.
 * <p>
 * A case an officer marked as a duplicate of another ({@link ComplaintStatus#DUPLICATE}) is the same
 * matter told twice: it is left out of every count, average and rating, and reported on a line of
 * its own ({@code duplicates}), so that a street lamp three neighbours reported counts once.
 */
@Service
public class ComplaintStatistics {

	/** One line of a table: {@code done} counts every closed status, {@code inProgress} the open ones. */
	public record Row(String key, String label, long received, long done, long inProgress) {
	}

	public record Stats(int fiscalYear, List<Row> months, List<Row> quarters, List<Row> halves, List<Row> byCategory,
			List<Row> byDivision, List<Row> byChannel, Row total, Double averageDaysToClose, Double medianDaysToClose,
			long ratings, Double averageRating, long reopened, long duplicates, IntegrityCounts integrity) {
	}

	private final MongoTemplate mongo;

	private final DivisionService divisions;

	private final IntegrityService integrity;

	ComplaintStatistics(MongoTemplate mongo, DivisionService divisions, IntegrityService integrity) {
		this.mongo = mongo;
		this.divisions = divisions;
		this.integrity = integrity;
	}

	public Stats forYear(FiscalYear year) {
		Query query = Query.query(Criteria.where(Complaint.FISCAL_YEAR).is(year.buddhistYear()));
		query.fields()
			.include(Complaint.CREATED_AT, Complaint.CLOSED_AT, Complaint.STATUS, Complaint.CATEGORY_ID, "categoryName",
					Complaint.DIVISION_ID, "channel", "rating", Complaint.REOPENED);
		List<Complaint> all = this.mongo.find(query, Complaint.class);
		List<Complaint> cases = all.stream().filter(c -> c.getStatus() != ComplaintStatus.DUPLICATE).toList();
		long duplicates = all.size() - cases.size();

		List<Row> months = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			LocalDate first = year.start().plusMonths(i);
			months.add(row(first.toString().substring(0, 7),
					ThaiDates.monthName(first.getMonthValue()) + " " + ThaiDates.buddhistYear(first),
					cases.stream().filter(c -> sameMonth(day(c), first)).toList()));
		}
		List<Row> quarters = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			int quarter = q;
			quarters.add(row("Q" + q, "ไตรมาส " + q,
					cases.stream().filter(c -> FiscalYear.quarterOf(day(c)) == quarter).toList()));
		}
		List<Row> halves = List.of(
				row("H1", "ครึ่งปีแรก (ต.ค.–มี.ค.)", cases.stream().filter(c -> FiscalYear.quarterOf(day(c)) <= 2).toList()),
				row("H2", "ครึ่งปีหลัง (เม.ย.–ก.ย.)", cases.stream().filter(c -> FiscalYear.quarterOf(day(c)) >= 3).toList()));
		Map<String, String> divisionNames = this.divisions.names();
		List<Row> byCategory = group(cases, c -> c.getCategoryName() == null ? "-" : c.getCategoryName(), k -> k);
		List<Row> byDivision = group(cases, c -> c.getDivisionId() == null ? "-" : c.getDivisionId(),
				k -> divisionNames.getOrDefault(k, "-"));
		List<Row> byChannel = group(cases, c -> c.getChannel() == null ? "LINE" : c.getChannel(), k -> k);

		List<Double> days = cases.stream()
			.filter(c -> c.getStatus().closed() && c.getClosedAt() != null)
			.map(c -> Duration.between(c.getCreatedAt(), c.getClosedAt()).toMinutes() / 1440.0)
			.sorted()
			.toList();
		Double average = days.isEmpty() ? null : round(days.stream().mapToDouble(Double::doubleValue).average().orElse(0));
		Double median = days.isEmpty() ? null
				: round(days.size() % 2 == 1 ? days.get(days.size() / 2)
						: (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2);
		List<Integer> ratings = cases.stream().map(Complaint::getRating).filter(r -> r != null).toList();
		Double averageRating = ratings.isEmpty() ? null
				: round(ratings.stream().mapToInt(Integer::intValue).average().orElse(0));
		long reopened = cases.stream().mapToLong(Complaint::getReopenCount).sum();
		return new Stats(year.buddhistYear(), months, quarters, halves, byCategory, byDivision, byChannel,
				row("ALL", "รวม", cases), average, median, ratings.size(), averageRating, reopened, duplicates,
				this.integrity.counts(year));
	}

	/** One line of a period's table, with the cases still open past a deadline. */
	public record Count(String label, long received, long done, long inProgress, long overdue) {
	}

	/** Cases received in a stretch of days, as they stood at its end (the monthly summary's citizen voice). */
	public record Period(long received, long done, long inProgress, long overdue, List<Count> byCategory,
			List<Count> byDivision, Double averageRating, long ratings, long corruptionReports, long duplicates) {
	}

	/**
	 * The cases received from {@code from} to the day before {@code toExclusive} (Bangkok days): how
	 * many were done, in progress, and open past their deadline at the start of {@code toExclusive} (what
	 * happened to them since does not change a past meeting's figures); by category and division; their
	 * ratings given by then; and the corruption reports received meanwhile, as a count only. Cases marked
	 * duplicates by then are left out and counted apart.
	 */
	public Period between(LocalDate from, LocalDate toExclusive) {
		java.time.Instant start = from.atStartOfDay(ThaiDates.BANGKOK).toInstant();
		java.time.Instant end = toExclusive.atStartOfDay(ThaiDates.BANGKOK).toInstant();
		Query window = Query.query(Criteria.where(Complaint.CREATED_AT).gte(start).lt(end));
		window.fields()
			.include(Complaint.CREATED_AT, Complaint.STATUS, "categoryName", Complaint.DIVISION_ID, Complaint.RATING,
					Complaint.RATED_AT, Complaint.ACKNOWLEDGE_BY, Complaint.RESULT_BY, Complaint.EARLIER_RESULT_BY,
					Complaint.TIMELINE);
		List<Complaint> received = this.mongo.find(window, Complaint.class);
		List<Complaint> cases = received.stream()
			.filter(c -> c.statusBefore(end) != ComplaintStatus.DUPLICATE)
			.toList();
		Map<String, String> divisionNames = this.divisions.names();
		Function<Complaint, Boolean> overdue = c -> c.overdueAsOf(toExclusive);
		Function<Complaint, Boolean> closed = c -> c.statusBefore(end).closed();
		// a rating given after the meeting does not change its figures either
		List<Integer> ratings = cases.stream().map(c -> c.ratingBefore(end)).filter(r -> r != null).toList();
		Count all = count("", cases, closed, overdue);
		return new Period(all.received(), all.done(), all.inProgress(), all.overdue(),
				counts(cases, c -> c.getCategoryName() == null ? "-" : c.getCategoryName(), closed, overdue),
				counts(cases, c -> c.getDivisionId() == null ? "-" : divisionNames.getOrDefault(c.getDivisionId(), "-"),
						closed, overdue),
				ratings.isEmpty() ? null : round(ratings.stream().mapToInt(Integer::intValue).average().orElse(0)),
				ratings.size(), this.integrity.receivedBetween(start, end), received.size() - cases.size());
	}

	private static List<Count> counts(List<Complaint> cases, Function<Complaint, String> label,
			Function<Complaint, Boolean> closed, Function<Complaint, Boolean> overdue) {
		return grouped(cases, label, (k, group) -> count(k, group, closed, overdue),
				Comparator.comparingLong(Count::received).reversed().thenComparing(Count::label));
	}

	private static Count count(String label, List<Complaint> cases, Function<Complaint, Boolean> closed,
			Function<Complaint, Boolean> overdue) {
		long done = cases.stream().filter(closed::apply).count();
		return new Count(label, cases.size(), done, cases.size() - done, cases.stream().filter(overdue::apply).count());
	}

	private static List<Row> group(List<Complaint> cases, Function<Complaint, String> key, Function<String, String> label) {
		return grouped(cases, key, (k, group) -> row(k, label.apply(k), group),
				Comparator.comparingLong(Row::received).reversed().thenComparing(Row::label));
	}

	/** The cases grouped by {@code key}, each group made into a line, the lines in {@code order}. */
	private static <T> List<T> grouped(List<Complaint> cases, Function<Complaint, String> key,
			java.util.function.BiFunction<String, List<Complaint>, T> line, Comparator<T> order) {
		Map<String, List<Complaint>> groups = new LinkedHashMap<>();
		for (Complaint c : cases) {
			groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
		}
		return groups.entrySet().stream().map(e -> line.apply(e.getKey(), e.getValue())).sorted(order).toList();
	}

	private static Row row(String key, String label, List<Complaint> cases) {
		long done = cases.stream().filter(c -> c.getStatus().closed()).count();
		return new Row(key, label, cases.size(), done, cases.size() - done);
	}

	private static LocalDate day(Complaint c) {
		return LocalDate.ofInstant(c.getCreatedAt(), ThaiDates.BANGKOK);
	}

	private static boolean sameMonth(LocalDate a, LocalDate b) {
		return a.getYear() == b.getYear() && a.getMonthValue() == b.getMonthValue();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
