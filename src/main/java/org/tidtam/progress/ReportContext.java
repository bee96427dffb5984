package org.tidtam.progress;

import java.util.List;
import java.util.Optional;

import org.tidtam.conversation.ChatRef;

/**
 * What the report dialog needs to know when it starts: who speaks (a linked person) and for which
 * division, and that division's open assignments, the most due first. Read once at the start so the
 * dialog itself stays a pure function over its draft.
 */
interface ReportContext {

	/** The linked person speaking in {@code chat}; in a bound group the group's division. */
	Optional<Reporter> reporter(ChatRef chat);

	/** Open (not archived, not done) assignments of the division in the current plan, most due first. */
	List<ReportTarget> openTargets(String divisionId);

	/** One assignment as a target, open or not (a correction may concern one already done). */
	Optional<ReportTarget> target(String assignmentId);

	/**
	 * Whether the assignment is still the division's (not archived): a measure may be cancelled or given
	 * to another division while someone is reporting on it.
	 */
	boolean stillAssigned(String assignmentId);

	/** The person's newest report that still counts, to view, correct or withdraw from chat. */
	Optional<ProgressReport> lastReportBy(String personId);

	/**
	 * The person's reports made in this chat in the last few minutes, newest first, each as a target
	 * whose {@code assignmentId} is the report's id: a photo sent now may belong to one of them.
	 */
	List<ReportTarget> recentReports(ChatRef chat);

}
