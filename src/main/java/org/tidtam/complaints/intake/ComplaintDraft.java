package org.tidtam.complaints.intake;

import java.util.ArrayList;
import java.util.List;

import org.tidtam.complaints.intake.ComplaintDesk.CategoryChoice;

/**
 * A complaint being told in the chat. The categories are copied in when the dialog starts, so the
 * numbers the citizen sees stay valid for the whole dialog. {@code refusedToday} is set when the
 * daily limit is reached (the dialog then does not start).
 */
public record ComplaintDraft(String lineUserId, List<CategoryChoice> categories, Integer refusedAfter,
		String categoryId, String description, List<String> photos, boolean photosDone, boolean toldPhotoLimit,
		boolean placeDone, String address, Double latitude, Double longitude, boolean outsideArea, String contact,
		String phone) {

	public ComplaintDraft {
		categories = categories == null ? List.of() : List.copyOf(categories);
		photos = photos == null ? List.of() : List.copyOf(photos);
	}

	static ComplaintDraft start(String lineUserId, List<CategoryChoice> categories) {
		return new ComplaintDraft(lineUserId, categories, null, null, null, List.of(), false, false, false, null, null,
				null, false, null, null);
	}

	ComplaintDraft refused(int limit) {
		return new ComplaintDraft(this.lineUserId, List.of(), limit, null, null, List.of(), false, false, false, null,
				null, null, false, null, null);
	}

	ComplaintDraft withCategory(String id) {
		return new ComplaintDraft(this.lineUserId, this.categories, this.refusedAfter, id, this.description, this.photos,
				this.photosDone, this.toldPhotoLimit, this.placeDone, this.address, this.latitude, this.longitude,
				this.outsideArea, this.contact, this.phone);
	}

	ComplaintDraft withDescription(String text) {
		return new ComplaintDraft(this.lineUserId, this.categories, this.refusedAfter, this.categoryId, text, this.photos,
				this.photosDone, this.toldPhotoLimit, this.placeDone, this.address, this.latitude, this.longitude,
				this.outsideArea, this.contact, this.phone);
	}

	ComplaintDraft withPhoto(String messageId) {
		List<String> more = new ArrayList<>(this.photos);
		more.add(messageId);
		return new ComplaintDraft(this.lineUserId, this.categories, this.refusedAfter, this.categoryId, this.description,
				more, this.photosDone || more.size() >= ComplaintFlow.MAX_PHOTOS, this.toldPhotoLimit, this.placeDone,
				this.address, this.latitude, this.longitude, this.outsideArea, this.contact, this.phone);
	}

	ComplaintDraft finishPhotos() {
		return new ComplaintDraft(this.lineUserId, this.categories, this.refusedAfter, this.categoryId, this.description,
				this.photos, true, this.toldPhotoLimit, this.placeDone, this.address, this.latitude, this.longitude,
				this.outsideArea, this.contact, this.phone);
	}

	ComplaintDraft tellPhotoLimit() {
		return new ComplaintDraft(this.lineUserId, this.categories, this.refusedAfter, this.categoryId, this.description,
				this.photos, this.photosDone, true, this.placeDone, this.address, this.latitude, this.longitude,
				this.outsideArea, this.contact, this.phone);
	}

	ComplaintDraft withPlace(String address, Double latitude, Double longitude, boolean outside) {
		return new ComplaintDraft(this.lineUserId, this.categories, this.refusedAfter, this.categoryId, this.description,
				this.photos, this.photosDone, this.toldPhotoLimit, true, address, latitude, longitude, outside,
				this.contact, this.phone);
	}

	ComplaintDraft withContact(String mode, String phone) {
		return new ComplaintDraft(this.lineUserId, this.categories, this.refusedAfter, this.categoryId, this.description,
				this.photos, this.photosDone, this.toldPhotoLimit, this.placeDone, this.address, this.latitude,
				this.longitude, this.outsideArea, mode, phone);
	}

	CategoryChoice category() {
		return this.categories.stream().filter(c -> c.id().equals(this.categoryId)).findFirst().orElse(null);
	}

}
