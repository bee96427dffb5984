package org.tidtam.reports;

import java.time.LocalDate;
import java.util.List;

import org.tidtam.measures.AssignmentState;
import org.tidtam.shared.FiscalYear;

/**
 * Progress by measure for a date range (a quarter, a half-year, any range): per measure and division,
 * what was done in the range (the reports' digest), the latest percent and the state at its end.
 */
public record PeriodReport(String planId, FiscalYear fiscalYear, LocalDate from, LocalDate to, List<Row> rows) {

	public PeriodReport {
		rows = List.copyOf(rows);
	}

	public record Row(String measureId, int number, String title, boolean resolution, String divisionId,
			String divisionName, String whatWasDone, Integer percent, AssignmentState state, long reports) {

	}

}
