package org.tidtam.complaints.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.tidtam.complaints.NewComplaint;

/**
 * What the citizen dialogs need from the rest of the app, so that the dialogs themselves stay pure
 * functions tested as scripts: the categories, the daily count, filing, and the citizen's own cases.
 */
public interface ComplaintDesk {

	List<CategoryChoice> categories();

	long filedToday(String lineUserId);

	Filed submit(NewComplaint complaint);

	/** The LINE display name, when the citizen chose to be named by it. */
	Optional<String> displayName(String lineUserId);

	/** The citizen's cases, newest first. */
	List<CaseLine> casesOf(String lineUserId);

	/** One case with its public timeline, only if this citizen filed it. */
	Optional<CaseDetail> caseOf(String lineUserId, String ticket);

	/** A 1–5 rating of a closed case by the citizen who filed it. */
	boolean rate(String complaintId, String lineUserId, int rating);

	/** "ยังเรียบร้อยดี" to the follow-up question. */
	default boolean stillFixed(String complaintId, String lineUserId) {
		return false;
	}

	/** "ยังไม่ได้รับการแก้ไข": reopens a done case; the ticket when it did. */
	Optional<String> reopen(String complaintId, String lineUserId);

	record CategoryChoice(String id, String name, int acknowledgeDays, int resultDays) {
	}

	record Filed(String ticket, LocalDate acknowledgeBy, LocalDate resultBy) {
	}

	record CaseLine(String ticket, String category, String status, LocalDate filedOn) {
	}

	record CaseDetail(String ticket, String category, String status, LocalDate filedOn, List<Step> steps) {
	}

	record Step(String status, java.time.Instant at, String note) {
	}

}
