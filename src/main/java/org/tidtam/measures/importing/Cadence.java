package org.tidtam.measures.importing;

import java.time.LocalDate;

/**
 * How a measure is followed up (การกำกับติดตาม), read from the follow-up column. Reminders and the
 * year-end report are driven by it, so a text that cannot be read stays visible as {@link Unrecognised}
 * instead of being guessed.
 */
public sealed interface Cadence {

	/** Report at the monthly meeting (รายงานการดำเนินการในการประชุมประจำเดือน, ทุกเดือน). */
	record MonthlyMeeting() implements Cadence {
	}

	/** Report within a quarter of the fiscal year (ภายในไตรมาสที่ ๒): due on the quarter's last day. */
	record WithinQuarter(int quarter, LocalDate dueOn) implements Cadence {
	}

	/** Progress and summary at the end of the fiscal year (ณ สิ้นปีงบประมาณ): due 30 September. */
	record FiscalYearEnd(LocalDate dueOn) implements Cadence {
	}

	/** Report by a date written in the table (๓๐ มิถุนายน ๒๕๖๖, 30 มิ.ย. 66). */
	record ByDate(LocalDate dueOn) implements Cadence {
	}

	/** A follow-up text the importer could not read; the preview asks the coordinator to choose. */
	record Unrecognised(String text) implements Cadence {
	}

}
