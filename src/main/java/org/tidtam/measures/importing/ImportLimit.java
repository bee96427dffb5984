package org.tidtam.measures.importing;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * How big a measures table may be. A real municipality's table has 30–150 measures; a table past these
 * limits is the wrong file (a whole spreadsheet, a register of cases), and the preview refuses it with
 * the limit named rather than reading and listing thousands of rows.
 */
public enum ImportLimit {

	/** Measures in one import, after copies of a table are dropped. */
	MEASURES(1_000, "plan.import.limit.measures",
			"ตารางนี้มีมาตรการเกิน {0} รายการ ซึ่งมากเกินกว่าแผนมาตรการหนึ่งปี — ตรวจสอบว่าเลือกไฟล์ถูกต้อง หรือแบ่งนำเข้าครั้งละไม่เกิน {0} มาตรการ"),

	/** Rows in the measures tables: a measure cut by page breaks takes a few rows, so five per measure. */
	TABLE_ROWS(5_000, "plan.import.limit.rows",
			"ตารางมาตรการยาวเกิน {0} แถว — ตรวจสอบว่าเลือกไฟล์ถูกต้อง หรือแบ่งนำเข้าครั้งละไม่เกิน {0} แถว"),

	/** Owners that match no division: an organisation has tens of divisions, and each unknown owner gets its own form. */
	UNKNOWN_OWNERS(200, "plan.import.limit.owners",
			"พบผู้รับผิดชอบที่ไม่ตรงกับส่วนราชการใดเกิน {0} ชื่อ — ตรวจสอบว่าคอลัมน์ผู้รับผิดชอบมีแต่ชื่อส่วนราชการ และเลือกไฟล์ถูกต้อง");

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final int max;

	private final String messageKey;

	private final String thai;

	ImportLimit(int max, String messageKey, String thai) {
		this.max = max;
		this.messageKey = messageKey;
		this.thai = thai;
	}

	/** The most allowed. */
	public int max() {
		return this.max;
	}

	/** The message (argument: {@link #max()}) that pages show in their own language. */
	public String messageKey() {
		return this.messageKey;
	}

	/** The refusal in Thai, as the message file words it: "ตารางนี้มีมาตรการเกิน 1,000 รายการ …". */
	public String thai() {
		return new MessageFormat(this.thai, THAI).format(new Object[] { this.max });
	}

}
