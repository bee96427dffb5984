package org.tidtam.measures.importing;

/** What a column of a measures table holds, recognised from its header words. */
public enum Field {

	/** ที่ / ลำดับ (number). */
	NUMBER("ลำดับ"),
	/** ตัวชี้วัด (the ITA indicator addressed). */
	INDICATOR("ตัวชี้วัด"),
	/** ประเด็น / จุดอ่อน / ข้อบกพร่อง (the weakness found by the assessment). */
	WEAKNESS("ประเด็น/จุดอ่อน"),
	/** มาตรการ / แนวทาง (the measure's title). */
	TITLE("มาตรการ"),
	/** ขั้นตอนหรือวิธีการ (steps or methods). */
	STEPS("ขั้นตอน"),
	/** ผู้รับผิดชอบ (responsible divisions). */
	OWNERS("ผู้รับผิดชอบ"),
	/** การกำกับติดตาม / การติดตามผล (how it is followed up: the cadence). */
	FOLLOW_UP("การติดตาม"),
	/** ดำเนินการแล้ว (done). */
	STATUS_DONE("ดำเนินการแล้ว"),
	/** ยังไม่ดำเนินการ (not done yet). */
	STATUS_NOT_DONE("ยังไม่ดำเนินการ"),
	/** หมายเหตุ (notes). */
	NOTES("หมายเหตุ");

	private final String thai;

	Field(String thai) {
		this.thai = thai;
	}

	/** What the import preview calls the field (the coordinator reads Thai). */
	public String thai() {
		return this.thai;
	}

}
