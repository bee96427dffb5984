package org.tidtam.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tidtam.progress.ProgressReport;
import org.tidtam.shared.ThaiDates;

/**
 * The "what was done" draft: the distinct things the reports said, oldest first, each with its date (and
 * the division when several report on the measure). Only the reports' own words: nothing is summarised
 * or invented, repeated texts appear once (at their first date), and a bare status without text adds
 * nothing.
 */
public final class ProgressDigest {

	private ProgressDigest() {
	}

	public static String draft(List<ProgressReport> reports, Map<String, String> divisionNames, boolean nameDivisions) {
		List<ProgressReport> ordered = new ArrayList<>(reports);
		ordered.sort(Comparator.comparing(ProgressReport::getReportedAt));
		Set<String> seen = new LinkedHashSet<>();
		List<String> lines = new ArrayList<>();
		for (ProgressReport r : ordered) {
			if (r.getText() == null || r.getText().isBlank()) {
				continue;
			}
			String text = r.getText().strip().replaceAll("\\s+", " ");
			if (!seen.add(text)) {
				continue;
			}
			String line = ThaiDates.longDate(r.getReportedAt().atZone(ThaiDates.BANGKOK).toLocalDate()) + " " + text;
			if (nameDivisions) {
				line += " (" + divisionNames.getOrDefault(r.getDivisionId(), "") + ")";
			}
			lines.add(line);
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				out.append('\n');
			}
			out.append(i + 1).append(". ").append(lines.get(i));
		}
		return out.toString();
	}

}
