package org.tidtam.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.progress.ProgressStatus;
import org.tidtam.shared.FiscalYear;

/**
 * The monthly meeting's follow-up summary (รายงานการติดตามผลการดำเนินงานตามมาตรการ ประจำเดือน), as of the
 * start of the meeting day: per responsible division, each item's state, the latest report since the
 * previous meeting, on time or not, overdue, and how many earlier meetings it was already open at.
 *
 * @param since the previous meeting's date, or the fiscal year's start when there was none: reports made
 * from this day up to the day before the meeting count as "since the previous meeting"
 * @param planId null when the fiscal year has no plan in force (none, or a draft not yet published)
 * @param citizenVoice empty when no figures are available (the complaints module is not there yet)
 */
public record MonthlySummary(String meetingId, LocalDate meetingDate, LocalDate previousMeeting, LocalDate since,
		FiscalYear fiscalYear, String planId, List<DivisionSection> divisions, Map<AssignmentState, Long> counts,
		Optional<CitizenVoiceFigures.Figures> citizenVoice, List<Reporting> reporting) {

	public MonthlySummary {
		divisions = List.copyOf(divisions);
		counts = Map.copyOf(counts);
		reporting = List.copyOf(reporting);
	}

	/**
	 * How the monthly items reported for one meeting of the year (this one included): of those expected
	 * (monthly cadence, assigned before the previous meeting), how many sent a report in time for it.
	 */
	public record Reporting(LocalDate meeting, long reported, long missing) {

	}

	public List<Item> items() {
		return this.divisions.stream().flatMap(d -> d.items().stream()).toList();
	}

	/** Divisions that have an item expecting a report and sent none since the previous meeting. */
	public List<DivisionSection> notReported() {
		return this.divisions.stream().filter(DivisionSection::missingReports).toList();
	}

	/** Overdue items, most overdue first. */
	public List<Item> overdue() {
		return items().stream()
			.filter(Item::overdue)
			.sorted(java.util.Comparator.comparingLong(Item::daysOverdue).reversed().thenComparing(Item::number))
			.toList();
	}

	public List<Item> carriedOver() {
		return items().stream().filter(i -> i.carriedOver() > 0).toList();
	}

	public record DivisionSection(String divisionId, String divisionName, List<Item> items) {

		public DivisionSection {
			items = List.copyOf(items);
		}

		/**
		 * An item that was expected to report (not new, not already done before) has none for this meeting:
		 * none since the last meeting, or for a monthly item only the previous month's late report.
		 */
		public boolean missingReports() {
			return this.items.stream().anyMatch(Item::expectedReportMissing);
		}

	}

	/**
	 * One follow-up item (a measure or a resolution for one division).
	 *
	 * @param state as of the meeting day (from the reports made before it)
	 * @param latest the newest report since the previous meeting, if any
	 * @param onTime whether {@code latest} came by the due date (a monthly item's is late when it was the
	 * previous month's late report, sent after that deadline and by that meeting: it does not count for this
	 * meeting too, ReportingPeriods.account); null without a report
	 * @param daysOverdue days past the due date at the meeting, 0 when not overdue
	 * @param carriedOver how many earlier meetings this item was already open at (not for monthly items, which
	 * are on every agenda)
	 * @param isNew assigned since the previous meeting: no report was expected yet
	 */
	public record Item(String assignmentId, String measureId, int number, String title, boolean resolution,
			MeasureCadence.Kind cadence, String divisionId, AssignmentState state, LocalDate dueOn, Latest latest,
			Boolean onTime, boolean overdue, long daysOverdue, int carriedOver, boolean isNew) {

		public boolean reported() {
			return this.latest != null;
		}

		boolean expectedReportMissing() {
			boolean answered = this.latest != null
					&& !(this.cadence == MeasureCadence.Kind.MONTHLY_MEETING && Boolean.FALSE.equals(this.onTime));
			return !answered && !this.isNew && this.state != AssignmentState.DONE;
		}

	}

	/** The newest report of an item since the previous meeting. */
	public record Latest(String reportId, Instant reportedAt, String reportedByName, ProgressStatus status, String text,
			Integer percent, long evidenceCount, List<String> links) {

		public Latest {
			links = List.copyOf(links);
		}

	}

}
