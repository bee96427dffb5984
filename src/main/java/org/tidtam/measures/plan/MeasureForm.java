package org.tidtam.measures.plan;

import java.util.List;
import java.util.Objects;

/**
 * What a coordinator enters for a measure (add or edit).
 *
 * @param number the measure's number, or null for the next free one (ignored on edit)
 * @param indicatorCode ตัวชี้วัด, optional
 * @param divisionIds ผู้รับผิดชอบ, division ids; duplicates dropped
 * @param cadence การกำกับติดตาม, or null when not yet known
 * @param followUpText the follow-up as written, optional
 */
public record MeasureForm(Integer number, String indicatorCode, String title, List<String> steps, List<String> divisionIds,
		MeasureCadence cadence, String followUpText, String notes) {

	public MeasureForm {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A measure needs a title");
		}
		steps = steps == null ? List.of() : List.copyOf(steps);
		divisionIds = divisionIds == null ? List.of() : divisionIds.stream().filter(Objects::nonNull).distinct().toList();
	}

	public static MeasureForm of(String title, List<String> steps, List<String> divisionIds, MeasureCadence cadence) {
		return new MeasureForm(null, null, title, steps, divisionIds, cadence, null, null);
	}

	public MeasureForm withDivisionIds(List<String> newDivisionIds) {
		return new MeasureForm(number, indicatorCode, title, steps, newDivisionIds, cadence, followUpText, notes);
	}

	public MeasureForm withTitle(String newTitle) {
		return new MeasureForm(number, indicatorCode, newTitle, steps, divisionIds, cadence, followUpText, notes);
	}

	public MeasureForm withCadence(MeasureCadence newCadence) {
		return new MeasureForm(number, indicatorCode, title, steps, divisionIds, newCadence, followUpText, notes);
	}

	public MeasureForm withSteps(List<String> newSteps) {
		return new MeasureForm(number, indicatorCode, title, newSteps, divisionIds, cadence, followUpText, notes);
	}

	/** The form that would reproduce a stored measure, to edit it. */
	public static MeasureForm of(Measure m) {
		return new MeasureForm(m.getNumber(), m.getIndicatorCode(), m.getTitle(), m.getSteps(), m.getDivisionIds(),
				m.getCadence(), m.getFollowUpText(), m.getNotes());
	}

}
