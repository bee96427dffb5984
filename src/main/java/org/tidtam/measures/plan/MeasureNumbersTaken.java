package org.tidtam.measures.plan;

import java.util.List;

/**
 * An import refused because some of its measure numbers (ลำดับ) are already used in the plan by other
 * measures: an import never merges with measures entered by hand or imported before. Nothing of it was
 * saved.
 */
public class MeasureNumbersTaken extends IllegalStateException {

	private final List<Integer> numbers;

	MeasureNumbersTaken(List<Integer> numbers) {
		super("มาตรการบางลำดับมีอยู่แล้วในแผนนี้ — นำเข้าซ้ำไม่ได้ " + numbers);
		this.numbers = List.copyOf(numbers);
	}

	/** The numbers already in the plan, ascending. */
	public List<Integer> numbers() {
		return this.numbers;
	}

}
