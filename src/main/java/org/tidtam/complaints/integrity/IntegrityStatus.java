package org.tidtam.complaints.integrity;

/** Where a corruption report stands, as the reporter reads it (never who handles it). */
public enum IntegrityStatus {

	RECEIVED("รับเรื่องแล้ว"), REVIEWING("อยู่ระหว่างตรวจสอบข้อเท็จจริง"), FORWARDED("ส่งต่อหน่วยงานที่มีอำนาจตรวจสอบ"),
	CLOSED("ดำเนินการเสร็จสิ้น");

	private final String thai;

	IntegrityStatus(String thai) {
		this.thai = thai;
	}

	public String thai() {
		return this.thai;
	}

	public String messageKey() {
		return "integrity.status." + name();
	}

}
