package org.tidtam.shared;

/**
 * What a signed-in person may do. People get several roles; the Thai label of each is the message
 * {@code role.<NAME>} so pages and LINE messages name roles the way offices do.
 */
public enum Role {

	/** นายก / ปลัด / ผู้บริหาร: reads dashboards and summaries. */
	EXECUTIVE,
	/** ผู้ประสานงาน ITA: runs the year's measures and the follow-up. */
	COORDINATOR,
	/** หัวหน้าส่วนราชการ: answers for the measures assigned to a division. */
	DIVISION_HEAD,
	/** เจ้าหน้าที่: reports progress. */
	STAFF,
	/** เจ้าหน้าที่รับเรื่องร้องเรียน: handles citizens' complaints. */
	COMPLAINT_OFFICER,
	/** ผู้รับเรื่องร้องเรียนการทุจริต: the only people who may read corruption reports. */
	INTEGRITY_OFFICER,
	/** ผู้ดูแลระบบ: runs the system, sees everything, including citizens' message payloads. */
	ADMIN,
	/** Metrics scrapers (Prometheus): HTTP Basic on the metrics endpoints only, no pages. */
	METRICS;

	/** The Spring Security authority of this role ({@code ROLE_ADMIN} …). */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's label. */
	public String messageKey() {
		return "role." + name();
	}

	/** True for roles that belong to people who use the pages (all but {@link #METRICS}). */
	public boolean person() {
		return this != METRICS;
	}

}
