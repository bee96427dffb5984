package org.tidtam.measures.plan;

import java.util.List;

/**
 * What an edit changed, so the heads already told about a measure can be told again.
 *
 * @param changes one Thai line per change: ชื่อมาตรการ, ขั้นตอนหรือวิธีการ, กำหนดส่ง, ผู้รับผิดชอบ; empty when nothing
 * that matters to a head changed
 * @param addedDivisionIds owners added by the edit
 * @param removedDivisionIds owners removed by the edit
 */
public record MeasureChanged(String measureId, List<String> changes, List<String> addedDivisionIds,
		List<String> removedDivisionIds) {

	public MeasureChanged {
		changes = List.copyOf(changes);
		addedDivisionIds = List.copyOf(addedDivisionIds);
		removedDivisionIds = List.copyOf(removedDivisionIds);
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

}
