package org.tidtam.measures.importing;

import java.util.List;

/**
 * A division (ส่วนราชการ: สำนัก, กอง, or a regional agency) as the importer needs to know it.
 *
 * @param id the division's id in the store
 * @param name its official name, e.g. สำนักปลัดเทศบาล
 * @param aliases other ways documents write it, e.g. สำนักปลัดฯ, สำนักปลัด
 * @param servesPublic counted in ทุกส่วนราชการที่มีงานให้บริการ (divisions that serve the public)
 * @param regional counted in ส่วนราชการส่วนภูมิภาค (regional agencies, for a province)
 */
public record DivisionRef(String id, String name, List<String> aliases, boolean servesPublic, boolean regional) {

	public DivisionRef {
		aliases = List.copyOf(aliases);
	}

	@Override
	public String toString() {
		return name;
	}

}
