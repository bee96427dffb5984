package org.tidtam.measures.organisation;

/**
 * The kind of organisation (องค์กรปกครองส่วนท้องถิ่น or a provincial office). It decides the typical
 * divisions offered by {@link DivisionService#createDefaults(OrganisationKind)} and how documents name
 * the organisation.
 */
public enum OrganisationKind {

	/** องค์การบริหารส่วนจังหวัด: provincial administration. */
	PAO("อบจ.", "องค์การบริหารส่วนจังหวัด"),
	/** องค์การบริหารส่วนตำบล: sub-district administration. */
	SAO("อบต.", "องค์การบริหารส่วนตำบล"),
	/** เทศบาล: municipality. */
	MUNICIPALITY("เทศบาล", "เทศบาล"),
	/** จังหวัด: a provincial office that coordinates regional agencies (ส่วนราชการส่วนภูมิภาค). */
	PROVINCE("จังหวัด", "จังหวัด");

	private final String label;

	private final String fullName;

	OrganisationKind(String label, String fullName) {
		this.label = label;
		this.fullName = fullName;
	}

	/** The short Thai label offices use: อบจ., อบต., เทศบาล, จังหวัด. */
	public String label() {
		return this.label;
	}

	/** The Thai name in full, as in สำนักปลัด{fullName}. */
	public String fullName() {
		return this.fullName;
	}

}
