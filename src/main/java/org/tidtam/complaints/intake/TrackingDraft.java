package org.tidtam.complaints.intake;

import java.util.List;

import org.tidtam.complaints.intake.ComplaintDesk.CaseDetail;
import org.tidtam.complaints.intake.ComplaintDesk.CaseLine;

/** A one-shot lookup: the citizen's cases, or one case asked for by its ticket ({@code detail} empty when not theirs). */
public record TrackingDraft(List<CaseLine> cases, String asked, CaseDetail detail) {
}
