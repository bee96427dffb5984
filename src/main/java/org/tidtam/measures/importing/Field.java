package org.tidtam.measures.importing;

/** What a column of a measures table holds, recognised from its header words. */
public enum Field {

	/** ที่ / ลำดับ (number). */
	NUMBER,
	/** ตัวชี้วัด (the ITA indicator addressed). */
	INDICATOR,
	/** ประเด็น / จุดอ่อน / ข้อบกพร่อง (the weakness found by the assessment). */
	WEAKNESS,
	/** มาตรการ / แนวทาง (the measure's title). */
	TITLE,
	/** ขั้นตอนหรือวิธีการ (steps or methods). */
	STEPS,
	/** ผู้รับผิดชอบ (responsible divisions). */
	OWNERS,
	/** การกำกับติดตาม / การติดตามผล (how it is followed up: the cadence). */
	FOLLOW_UP,
	/** ดำเนินการแล้ว (done). */
	STATUS_DONE,
	/** ยังไม่ดำเนินการ (not done yet). */
	STATUS_NOT_DONE,
	/** หมายเหตุ (notes). */
	NOTES;

	/** What the import preview calls the field, in the page's language. */
	public ImportText wording() {
		return ImportText.of("plan.import.field." + name());
	}

}
