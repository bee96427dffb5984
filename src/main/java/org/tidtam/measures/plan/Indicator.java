package org.tidtam.measures.plan;

import java.util.List;

/**
 * One ITA indicator (ตัวชี้วัด) of a year's set, or a heading with sub-items: the 2562–2565 framework
 * has ten flat indicators, while a 2567 report groups i1–i15 and e1–e9 under seven headings.
 *
 * @param code as the year's documents write it ("1", "i3", "O42")
 * @param name e.g. การปฏิบัติหน้าที่
 * @param instrument IIT, EIT, OIT, or anything a later framework names; null for a heading that spans several
 * @param subItems the items under a heading; empty for a plain indicator
 */
public record Indicator(String code, String name, String instrument, List<Indicator> subItems) {

	public static final String IIT = "IIT";

	public static final String EIT = "EIT";

	public static final String OIT = "OIT";

	public Indicator {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("An indicator needs a code");
		}
		subItems = subItems == null ? List.of() : List.copyOf(subItems);
	}

	public static Indicator of(String code, String name, String instrument) {
		return new Indicator(code, name, instrument, List.of());
	}

	Indicator withName(String newName) {
		return new Indicator(code, newName, instrument, subItems);
	}

	Indicator withSubItems(List<Indicator> newSubItems) {
		return new Indicator(code, name, instrument, newSubItems);
	}

}
