package org.tidtam.shared;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A Thai fiscal year (ปีงบประมาณ), named by the Buddhist-era year in which it ends: ปีงบประมาณ พ.ศ. 2569
 * runs from 1 October 2025 to 30 September 2026. Quarters start in October, January, April and July.
 */
public record FiscalYear(int buddhistYear) implements Comparable<FiscalYear> {

	/** The Buddhist-era years taken for fiscal years; anything else is a mistake (a Christian-era year, a typo). */
	private static final int FIRST = 2400;

	private static final int LAST = 2800;

	public FiscalYear {
		if (!names(buddhistYear)) {
			throw new IllegalArgumentException("Not a Buddhist-era fiscal year: " + buddhistYear);
		}
	}

	public static FiscalYear of(int buddhistYear) {
		return new FiscalYear(buddhistYear);
	}

	/**
	 * The fiscal year a number from outside names (a page's {@code ?year=}), or empty when it is missing
	 * or names none (a Christian-era year, a typo), so that pages fall back to a year of their choosing
	 * rather than fail.
	 */
	public static Optional<FiscalYear> ofValid(Integer buddhistYear) {
		return buddhistYear != null && names(buddhistYear) ? Optional.of(new FiscalYear(buddhistYear))
				: Optional.empty();
	}

	private static boolean names(int buddhistYear) {
		return buddhistYear >= FIRST && buddhistYear <= LAST;
	}

	public static FiscalYear containing(LocalDate date) {
		int endCe = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
		return new FiscalYear(endCe + ThaiDates.BUDDHIST_ERA_OFFSET);
	}

	public LocalDate start() {
		return LocalDate.of(endYearCe() - 1, 10, 1);
	}

	public LocalDate end() {
		return LocalDate.of(endYearCe(), 9, 30);
	}

	/**
	 * The last day on which a report on this year's measures is still taken in chat after the year ended
	 * (late reports for its last period, the year-end summary): the end of the new year's first month,
	 * 31 October, so that divisions can catch up before the coordinator closes the year-end report.
	 */
	public LocalDate lateReportsUntil() {
		return end().plusDays(31);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(start()) && !date.isAfter(end());
	}

	/** Quarter 1–4 of this fiscal year for a date inside it. */
	public static int quarterOf(LocalDate date) {
		int m = date.getMonthValue();
		return m >= 10 ? 1 : (m + 2) / 3 + 1;
	}

	public LocalDate quarterStart(int quarter) {
		checkQuarter(quarter);
		return start().plusMonths(3L * (quarter - 1));
	}

	public LocalDate quarterEnd(int quarter) {
		checkQuarter(quarter);
		return quarterStart(quarter).plusMonths(3).minusDays(1);
	}

	public FiscalYear previous() {
		return new FiscalYear(this.buddhistYear - 1);
	}

	public FiscalYear next() {
		return new FiscalYear(buddhistYear + 1);
	}

	private int endYearCe() {
		return buddhistYear - ThaiDates.BUDDHIST_ERA_OFFSET;
	}

	private static void checkQuarter(int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("A fiscal year has quarters 1 to 4, not " + quarter);
		}
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(buddhistYear, other.buddhistYear);
	}

	@Override
	public String toString() {
		return String.valueOf(buddhistYear);
	}

}
