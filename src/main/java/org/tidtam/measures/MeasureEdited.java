package org.tidtam.measures;

import java.util.List;

/**
 * A measure of a published plan was edited: the heads already told about it should hear what changed.
 *
 * @param changes what changed, in Thai, one line each (ชื่อมาตรการ, ขั้นตอน, กำหนดส่ง, ผู้รับผิดชอบ)
 */
public record MeasureEdited(String measureId, String planId, List<String> changes) {

	public MeasureEdited {
		changes = List.copyOf(changes);
	}

}
