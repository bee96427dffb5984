package org.tidtam.complaints;

/**
 * Where a complaint stands. The ordinary path is รอรับเรื่อง → รับเรื่องแล้ว → กำลังดำเนินการ →
 * เสร็จสิ้น; the other three end a case without the office fixing it. The Thai label is what a
 * citizen reads in LINE; pages use the message {@code complaints.status.<NAME>}.
 */
public enum ComplaintStatus {

	/** รอรับเรื่อง: filed, nobody has looked yet. */
	RECEIVED("รอรับเรื่อง"),
	/** รับเรื่องแล้ว: an officer acknowledged it. */
	ACKNOWLEDGED("รับเรื่องแล้ว"),
	/** กำลังดำเนินการ: the division works on it. */
	IN_PROGRESS("กำลังดำเนินการ"),
	/** เสร็จสิ้น: done. */
	DONE("เสร็จสิ้น"),
	/** ส่งต่อหน่วยงานอื่น: handed to another agency. */
	FORWARDED("ส่งต่อหน่วยงานอื่น"),
	/** ไม่อยู่ในอำนาจหน้าที่: outside the office's mandate. */
	NOT_IN_MANDATE("ไม่อยู่ในอำนาจหน้าที่"),
	/** ซ้ำ: the same matter as an earlier case, linked to it. */
	DUPLICATE("ซ้ำ");

	private final String thai;

	ComplaintStatus(String thai) {
		this.thai = thai;
	}

	public String thai() {
		return this.thai;
	}

	/** True when nothing more is expected of the office. */
	public boolean closed() {
		return this == DONE || this == FORWARDED || this == NOT_IN_MANDATE || this == DUPLICATE;
	}

	public String messageKey() {
		return "complaints.status." + name();
	}

}
