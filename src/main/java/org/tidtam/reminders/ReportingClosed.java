package org.tidtam.reminders;

import java.time.LocalDate;
import java.util.List;

/**
 * A reporting period's deadline has passed: for the executives' digest, per measure which divisions
 * reported and which did not.
 */
public record ReportingClosed(String periodKey, String period, LocalDate deadline, List<Line> lines) {

	public ReportingClosed {
		lines = List.copyOf(lines);
	}

	/** One measure: the divisions (ids) that reported in the period and those that did not. */
	public record Line(String measureId, List<String> reported, List<String> missing) {

		public Line {
			reported = List.copyOf(reported);
			missing = List.copyOf(missing);
		}

	}

}
