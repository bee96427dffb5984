package org.tidtam.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tidtam.complaints.ComplaintStatistics;

/** The monthly summary's citizen voice, from the complaints module's statistics. */
@Component
class ComplaintsCitizenVoice implements CitizenVoiceFigures {

	private final ComplaintStatistics statistics;

	ComplaintsCitizenVoice(ComplaintStatistics statistics) {
		this.statistics = statistics;
	}

	@Override
	public Optional<Figures> between(LocalDate from, LocalDate toExclusive) {
		ComplaintStatistics.Period p = this.statistics.between(from, toExclusive);
		return Optional.of(new Figures(p.received(), p.done(), p.inProgress(), p.overdue(), counts(p.byCategory()),
				counts(p.byDivision()), p.averageRating(), p.ratings(), p.corruptionReports(), p.duplicates()));
	}

	private static List<Count> counts(List<ComplaintStatistics.Count> counts) {
		return counts.stream().map(c -> new Count(c.label(), c.received(), c.done(), c.inProgress(), c.overdue())).toList();
	}

}
