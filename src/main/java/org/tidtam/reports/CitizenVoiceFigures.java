package org.tidtam.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The citizen-voice section of the monthly summary (เสียงประชาชน): what the complaints module knows
 * about a period. Implemented by the complaints module when it lands; until then
 * {@link MonthlySummaryService} says there are no figures. Corruption reports are a count only, never
 * content (they are confidential).
 */
public interface CitizenVoiceFigures {

	/** Figures for [from, to), or empty when the source has none to give (not the same as zero cases). */
	Optional<Figures> between(LocalDate from, LocalDate toExclusive);

	/** {@code duplicates}: cases marked as the same matter as another, left out of every other figure. */
	record Figures(long received, long done, long inProgress, long overdue, List<Count> byCategory,
			List<Count> byDivision, Double satisfactionAverage, long satisfactionResponses, long corruptionReports,
			long duplicates) {

		public Figures {
			byCategory = List.copyOf(byCategory);
			byDivision = List.copyOf(byDivision);
		}

	}

	record Count(String name, long received, long done, long inProgress, long overdue) {

	}

}
