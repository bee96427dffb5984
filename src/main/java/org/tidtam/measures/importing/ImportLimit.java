package org.tidtam.measures.importing;

/**
 * How big a measures table may be. A real municipality's table has 30–150 measures; a table past these
 * limits is the wrong file (a whole spreadsheet, a register of cases), and the preview refuses it with
 * the limit named rather than reading and listing thousands of rows.
 */
public enum ImportLimit {

	/** Measures in one import, after copies of a table are dropped. */
	MEASURES(1_000, "plan.import.limit.measures"),

	/** Rows in the measures tables: a measure cut by page breaks takes a few rows, so five per measure. */
	TABLE_ROWS(5_000, "plan.import.limit.rows"),

	/** Owners that match no division: an organisation has tens of divisions, and each unknown owner gets its own form. */
	UNKNOWN_OWNERS(200, "plan.import.limit.owners");

	private final int max;

	private final String messageKey;

	ImportLimit(int max, String messageKey) {
		this.max = max;
		this.messageKey = messageKey;
	}

	/** The most allowed. */
	public int max() {
		return this.max;
	}

	/** The message (argument: {@link #max()}) that pages show in their own language. */
	public String messageKey() {
		return this.messageKey;
	}

	/** The refusal, for a page to word in its own language. */
	public ImportText wording() {
		return ImportText.of(this.messageKey, this.max);
	}

	/** The refusal in Thai, as the message file words it: "ตารางนี้มีมาตรการเกิน 1,000 รายการ …". */
	public String thai() {
		return wording().thai();
	}

}
