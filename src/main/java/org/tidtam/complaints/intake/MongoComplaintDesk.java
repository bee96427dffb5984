package org.tidtam.complaints.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tidtam.complaints.CitizenProfiles;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintCategories;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.NewComplaint;
import org.tidtam.shared.ThaiDates;

/** The desk the dialogs use, backed by the complaint services. */
@Component
class MongoComplaintDesk implements ComplaintDesk {

	private final ComplaintCategories categories;

	private final ComplaintService complaints;

	private final CitizenProfiles profiles;

	private final org.tidtam.complaints.ComplaintAftercare aftercare;

	MongoComplaintDesk(ComplaintCategories categories, ComplaintService complaints, CitizenProfiles profiles,
			org.tidtam.complaints.ComplaintAftercare aftercare) {
		this.aftercare = aftercare;
		this.categories = categories;
		this.complaints = complaints;
		this.profiles = profiles;
	}

	@Override
	public List<CategoryChoice> categories() {
		return this.categories.active()
			.stream()
			.map(c -> new CategoryChoice(c.getId(), c.getName(), c.getAcknowledgeDays(), c.getResultDays()))
			.toList();
	}

	@Override
	public long filedToday(String lineUserId) {
		return this.complaints.filedToday(lineUserId);
	}

	@Override
	public Filed submit(NewComplaint complaint) {
		Complaint saved = this.complaints.submit(complaint);
		return new Filed(saved.getTicket(), saved.getAcknowledgeBy(), saved.getResultBy());
	}

	@Override
	public Optional<String> displayName(String lineUserId) {
		return this.profiles.displayName(lineUserId);
	}

	@Override
	public List<CaseLine> casesOf(String lineUserId) {
		return this.complaints.ofCitizen(lineUserId, TrackingFlow.MAX_LISTED)
			.stream()
			.map(c -> new CaseLine(c.getTicket(), c.getCategoryName(), c.getStatus().thai(), day(c)))
			.toList();
	}

	@Override
	public Optional<CaseDetail> caseOf(String lineUserId, String ticket) {
		return this.complaints.citizensCase(lineUserId, ticket)
			.map(c -> new CaseDetail(c.getTicket(), c.getCategoryName(), c.getStatus().thai(), day(c),
					c.publicTimeline().stream().map(e -> new Step(e.status().thai(), e.at(), e.note())).toList()));
	}

	@Override
	public boolean stillFixed(String complaintId, String lineUserId) {
		return this.aftercare.stillFixed(complaintId, lineUserId);
	}

	@Override
	public boolean rate(String complaintId, String lineUserId, int rating) {
		return this.complaints.rate(complaintId, lineUserId, rating);
	}

	@Override
	public Optional<String> reopen(String complaintId, String lineUserId) {
		return this.complaints.reopen(complaintId, lineUserId).map(Complaint::getTicket);
	}

	private static LocalDate day(Complaint c) {
		return LocalDate.ofInstant(c.getCreatedAt(), ThaiDates.BANGKOK);
	}

}
