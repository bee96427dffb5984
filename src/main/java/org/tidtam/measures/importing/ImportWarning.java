package org.tidtam.measures.importing;

/**
 * Something the importer could not place or had to decide, shown beside the preview so the coordinator
 * can fix it before confirming.
 *
 * @param line 1-based line of the pasted text (or row of the CSV/XLSX sheet); 0 for the whole import
 * @param column the header of the column concerned, or "" when it is about a row or table
 * @param text the text concerned, as written
 * @param wording what happened and what to do, for a page to say in its own language
 * @param kind what kind of problem it is, for the UI
 */
public record ImportWarning(int line, String column, String text, ImportText wording, Kind kind) {

	/** What happened and what to do, in Thai. */
	public String message() {
		return this.wording.thai();
	}

	public enum Kind {

		/** An owner that matches no division (ไม่พบส่วนราชการ). */
		UNKNOWN_DIVISION,
		/** A collective owner that expands to no division because none carries its flag. */
		EMPTY_COLLECTIVE,
		/** A measure without any owner. */
		MISSING_OWNER,
		/** A follow-up text that names no cadence the importer knows. */
		UNRECOGNISED_CADENCE,
		/** A row that starts a measure but has no title. */
		MISSING_TITLE,
		/** Cells to the right of the header's last column. */
		EXTRA_CELLS,
		/** A line inside a table that is not a table row. */
		SKIPPED_LINE,
		/** Done and not-done marked at once. */
		CONFLICTING_STATUS,
		/** A table printed twice in the document; the second copy is not imported. */
		DUPLICATE_TABLE,
		/** Numbers changed to stay unique in this import (a table restarted its numbering). */
		RENUMBERED,
		/** A date to report by outside the plan's fiscal year (last year's table), moved into it. */
		DATE_OUTSIDE_YEAR

	}

}
