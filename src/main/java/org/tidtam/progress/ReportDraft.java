package org.tidtam.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * A progress report being put together in chat. The dialog asks for the first missing piece:
 * assignment, status, what was done, percent (may be skipped), evidence (may be skipped), then shows
 * a summary to confirm. {@code owner} is the LINE user whose dialog this is: buttons carry it, so in a
 * group nobody else's tap can answer it. {@code problem} is set when the dialog cannot go on (not
 * linked, nothing open): it is explained and closed at once.
 */
record ReportDraft(String owner, String personId, String name, boolean inGroup, String divisionId, String divisionName,
		List<ReportTarget> targets, int page, String assignmentId, ProgressStatus status, String text,
		boolean percentAsked, Integer percent, boolean evidenceAsked, List<EvidenceNote> evidence, List<String> links,
		ProgressReport.Source source, boolean fixing, String note, String problem, String corrects, Mode mode) {

	/** What the dialog is doing: a report (or correction), showing the last report, or confirming its withdrawal. */
	enum Mode {

		REPORT, LAST, WITHDRAW,
		/** Photos sent just after a report: which report do they belong to ({@code targets} hold the reports). */
		ATTACH

	}

	/** A photo or file sent during the dialog; its bytes are stored by the chat adapter. */
	record EvidenceNote(String messageId, String kind, String fileName) {
	}

	ReportDraft {
		targets = targets == null ? List.of() : List.copyOf(targets);
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
		links = links == null ? List.of() : List.copyOf(links);
		mode = mode == null ? Mode.REPORT : mode;
	}

	/** The person's last report, shown to view, correct or withdraw; confirming records a correction. */
	static ReportDraft last(String owner, Reporter reporter, boolean inGroup, List<ReportTarget> targets,
			ProgressReport report) {
		List<EvidenceNote> notes = report.getEvidence()
			.stream()
			.filter(e -> !e.withdrawn() && e.lineMessageId() != null)
			.map(e -> new EvidenceNote(e.lineMessageId(), "FILE", e.fileName()))
			.toList();
		return new ReportDraft(owner, reporter.personId(), reporter.name(), inGroup, reporter.divisionId(),
				reporter.divisionName(), targets, 0, report.getAssignmentId(), report.getStatus(), report.getText(), true,
				report.getPercent(), true, notes, report.getLinks(), report.getSource(), false, null, null, report.getId(),
				Mode.LAST);
	}

	/** Files sent within minutes after reporting; {@code reports} are the person's recent reports as targets. */
	static ReportDraft attach(String owner, Reporter reporter, boolean inGroup, List<ReportTarget> reports,
			EvidenceNote file) {
		return new ReportDraft(owner, reporter.personId(), reporter.name(), inGroup, reporter.divisionId(),
				reporter.divisionName(), reports, 0, null, null, null, true, null, true, List.of(file), List.of(),
				ProgressReport.Source.CHAT, false, null, null, null, Mode.ATTACH);
	}

	ReportDraft withCorrects(String reportId) {
		return new ReportDraft(owner, personId, name, inGroup, divisionId, divisionName, targets, page, assignmentId,
				status, text, percentAsked, percent, evidenceAsked, evidence, links, source, fixing, note, problem, reportId,
				mode);
	}

	ReportDraft withMode(Mode mode) {
		return new ReportDraft(owner, personId, name, inGroup, divisionId, divisionName, targets, page, assignmentId,
				status, text, percentAsked, percent, evidenceAsked, evidence, links, source, mode == Mode.REPORT, null,
				problem, corrects, mode);
	}

	static ReportDraft problem(String owner, String problem) {
		return new ReportDraft(owner, null, null, false, null, null, List.of(), 0, null, null, null, false, null, false,
				List.of(), List.of(), ProgressReport.Source.CHAT, false, null, problem, null, Mode.REPORT);
	}

	static ReportDraft start(String owner, Reporter reporter, boolean inGroup, List<ReportTarget> targets) {
		return new ReportDraft(owner, reporter.personId(), reporter.name(), inGroup, reporter.divisionId(),
				reporter.divisionName(), targets, 0, null, null, null, false, null, false, List.of(), List.of(),
				ProgressReport.Source.CHAT, false, null, null, null, Mode.REPORT);
	}

	ReportTarget target() {
		return this.targets.stream().filter(t -> t.assignmentId().equals(this.assignmentId)).findFirst().orElse(null);
	}

	ReportDraft withPage(int page) {
		return new ReportDraft(owner, personId, name, inGroup, divisionId, divisionName, targets, page, assignmentId,
				status, text, percentAsked, percent, evidenceAsked, evidence, links, source, fixing, null, problem, corrects, mode);
	}

	ReportDraft withAssignment(String assignmentId) {
		return new ReportDraft(owner, personId, name, inGroup, divisionId, divisionName, targets, page, assignmentId,
				status, text, percentAsked, percent, evidenceAsked, evidence, links, source, false, null, problem, corrects, mode);
	}

	ReportDraft withStatus(ProgressStatus status) {
		return new ReportDraft(owner, personId, name, inGroup, divisionId, divisionName, targets, page, assignmentId,
				status, text, percentAsked, percent, evidenceAsked, evidence, links, source, false, null, problem, corrects, mode);
	}

	ReportDraft withText(String text) {
		return new ReportDraft(owner, personId, name, inGroup, divisionId, divisionName, targets, page, assignmentId,
				status, text, percentAsked, percent, evidenceAsked, evidence, links, source, false, null, problem, corrects, mode);
	}

	ReportDraft withPercent(boolean asked, Integer percent) {
		return new ReportDraft(owner, personId, name, inGroup, divisionId, divisionName, targets, page, assignmentId,
				status, text, asked, percent, evidenceAsked, evidence, links, source, false, null, problem, corrects, mode);
	}

	ReportDraft withEvidenceAsked(boolean asked) {
		return new ReportDraft(owner, personId, name, inGroup, divisionId, divisionName, targets, page, assignmentId,
				status, text, percentAsked, percent, asked, evidence, links, source, false, null, problem, corrects, mode);
	}

	ReportDraft withEvidence(EvidenceNote note) {
		List<EvidenceNote> more = new ArrayList<>(this.evidence);
		more.add(note);
		return new ReportDraft(owner, personId, name, inGroup, divisionId, divisionName, targets, page, assignmentId,
				status, text, percentAsked, percent, evidenceAsked, more, links, source, fixing, null, problem, corrects, mode);
	}

	ReportDraft withoutEvidence() {
		return new ReportDraft(owner, personId, name, inGroup, divisionId, divisionName, targets, page, assignmentId,
				status, text, percentAsked, percent, false, List.of(), links, source, false, null, problem, corrects, mode);
	}

	ReportDraft withLinks(List<String> found) {
		List<String> more = new ArrayList<>(this.links);
		found.stream().filter(l -> !more.contains(l)).forEach(more::add);
		return new ReportDraft(owner, personId, name, inGroup, divisionId, divisionName, targets, page, assignmentId,
				status, text, percentAsked, percent, evidenceAsked, evidence, more, source, fixing, note, problem, corrects, mode);
	}

	ReportDraft withSource(ProgressReport.Source source) {
		return new ReportDraft(owner, personId, name, inGroup, divisionId, divisionName, targets, page, assignmentId,
				status, text, percentAsked, percent, evidenceAsked, evidence, links, source, fixing, note, problem, corrects, mode);
	}

	ReportDraft withFixing(boolean fixing) {
		return new ReportDraft(owner, personId, name, inGroup, divisionId, divisionName, targets, page, assignmentId,
				status, text, percentAsked, percent, evidenceAsked, evidence, links, source, fixing, null, problem, corrects, mode);
	}

	/** A one-off remark shown before the next question (e.g. "measure 9 is not yours"). */
	ReportDraft withNote(String note) {
		return new ReportDraft(owner, personId, name, inGroup, divisionId, divisionName, targets, page, assignmentId,
				status, text, percentAsked, percent, evidenceAsked, evidence, links, source, fixing, note, problem, corrects, mode);
	}

}
