package org.tidtam.complaints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One complaint (เรื่องร้องเรียน/ร้องทุกข์) with everything that happened to it: the timeline holds every
 * status change and note, public (the citizen sees it) or internal (officers only). Changes are single
 * findAndModify updates of this one document (no transactions).
 */
@Document(Complaint.COLLECTION)
public class Complaint {

	public static final String COLLECTION = "complaints";

	public static final String TICKET = "ticket";

	public static final String LINE_USER_ID = "lineUserId";

	public static final String STATUS = "status";

	public static final String CATEGORY_ID = "categoryId";

	public static final String DIVISION_ID = "divisionId";

	public static final String DESCRIPTION = "description";

	public static final String CREATED_AT = "createdAt";

	public static final String UPDATED_AT = "updatedAt";

	public static final String TIMELINE = "timeline";

	public static final String PHOTOS = "photos";

	public static final String REOPENED = "reopenCount";

	public static final String IDEMPOTENCY_KEY = "idempotencyKey";

	public static final String FISCAL_YEAR = "fiscalYear";

	public static final String CLOSED_AT = "closedAt";

	public static final String RATING = "rating";

	public static final String RATED_AT = "ratedAt";

	public static final String ACKNOWLEDGE_BY = "acknowledgeBy";

	public static final String RESULT_BY = "resultBy";

	public static final String FORM_KEYS = "formKeys";

	public static final String EARLIER_RESULT_BY = "earlierResultBy";

	public enum ContactMode {

		/** The citizen's LINE display name. */
		LINE_NAME,
		/** A phone number the citizen typed. */
		PHONE,
		/** No name, no phone (the LINE user id is still kept, to answer in the chat). */
		ANONYMOUS

	}

	/** A photo: from the chat ({@code lineMessageId}, stored by the adapter) or uploaded by an officer ({@code fileId}). */
	public record Photo(String lineMessageId, String fileId, String stage, Instant addedAt) {

		public static final String BEFORE = "before";

		public static final String AFTER = "after";

	}

	/** Where: a shared LINE location and/or a typed address; {@code outsideArea} when far from the office's area. */
	public record Place(String address, Double latitude, Double longitude, boolean outsideArea) {
	}

	public record Contact(ContactMode mode, String name, String phone) {
	}

	/**
	 * One step of the case. {@code status} is the status after the step (a note leaves it unchanged);
	 * {@code internal} entries never reach the citizen.
	 */
	public record Entry(ComplaintStatus status, Instant at, String by, String note, boolean internal,
			List<String> photoIds, String divisionId) {

		/** {@code by} of a step the citizen took (reopening the case from LINE), not an officer's user name. */
		public static final String BY_CITIZEN = "citizen";

		public Entry {
			photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
		}

		/** True for a step the citizen took: pages name the citizen in words, not by this code. */
		public boolean byCitizen() {
			return BY_CITIZEN.equals(this.by);
		}

	}

	/** A result date that a reopening replaced, and when: past figures still judge the case by it. */
	public record EarlierDeadline(java.time.LocalDate resultBy, Instant replacedAt) {
	}

	@Id
	private String id;

	private String ticket;

	private int fiscalYear;

	private String channel = "LINE";

	private String lineUserId;

	private String categoryId;

	private String categoryName;

	private String divisionId;

	private String description;

	private List<Photo> photos = new ArrayList<>();

	private Place place;

	private Contact contact;

	private ComplaintStatus status = ComplaintStatus.RECEIVED;

	private List<Entry> timeline = new ArrayList<>();

	private String duplicateOf;

	private int reopenCount;

	private Integer rating;

	/** When the citizen gave {@link #rating} (null for ratings stored before this was kept). */
	private Instant ratedAt;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant closedAt;

	private java.time.LocalDate acknowledgeBy;

	private java.time.LocalDate resultBy;

	/** The result dates before each reopening, oldest first. */
	private List<EarlierDeadline> earlierResultBy = new ArrayList<>();

	private String idempotencyKey;

	/**
	 * The one-time keys of the officers' case-page forms already applied here: a second submit of the
	 * same page (double click, back and send again) finds its key and changes nothing.
	 */
	private List<String> formKeys = new ArrayList<>();

	@Version
	private Long version;

	/**
	 * The entries a citizen may read: the public ones, and each internal one that changed the status,
	 * as the status alone.
	 */
	public List<Entry> publicTimeline() {
		List<Entry> steps = new ArrayList<>();
		for (int i = 0; i < this.timeline.size(); i++) {
			Entry e = this.timeline.get(i);
			if (!e.internal()) {
				steps.add(e);
			}
			else if (changedStatus(i)) {
				// the new status is the citizen's to know; the officers' note and photos are not
				steps.add(new Entry(e.status(), e.at(), e.by(), null, true, List.of(), e.divisionId()));
			}
		}
		return steps;
	}

	/** True when the step at {@code index} gave the case another status than the step before it. */
	public boolean changedStatus(int index) {
		return index > 0 && index < this.timeline.size()
				&& this.timeline.get(index).status() != this.timeline.get(index - 1).status();
	}

	/**
	 * Open past a deadline on {@code day}: not acknowledged by its acknowledge-by date, or without a
	 * result by its result-by date.
	 */
	public boolean overdueOn(java.time.LocalDate day) {
		return overdueOn(day, this.status);
	}

	/**
	 * The status the case had just before {@code t}: that of its last step before then (every step carries
	 * the status after it). A case without a timeline has only its present status to go by.
	 */
	public ComplaintStatus statusBefore(Instant t) {
		ComplaintStatus at = this.timeline.isEmpty() ? this.status : ComplaintStatus.RECEIVED;
		Instant latest = null;
		for (Entry e : this.timeline) {
			if (e.status() != null && e.at() != null && e.at().isBefore(t) && (latest == null || !e.at().isBefore(latest))) {
				at = e.status();
				latest = e.at();
			}
		}
		return at;
	}

	/** {@link #overdueOn} as the case stood at the start of {@code day} (Bangkok), whatever happened since. */
	public boolean overdueAsOf(java.time.LocalDate day) {
		Instant start = day.atStartOfDay(org.tidtam.shared.ThaiDates.BANGKOK).toInstant();
		return overdueOn(day, statusBefore(start), resultByAsOf(start));
	}

	/** The result date in force at {@code t}: a later reopening's fresh date does not reach back. */
	java.time.LocalDate resultByAsOf(Instant t) {
		if (this.earlierResultBy != null) {
			for (EarlierDeadline earlier : this.earlierResultBy) {
				if (earlier.replacedAt() != null && earlier.replacedAt().isAfter(t)) {
					return earlier.resultBy();
				}
			}
		}
		return this.resultBy;
	}

	private boolean overdueOn(java.time.LocalDate day, ComplaintStatus status) {
		return overdueOn(day, status, this.resultBy);
	}

	private boolean overdueOn(java.time.LocalDate day, ComplaintStatus status, java.time.LocalDate resultBy) {
		if (status.closed()) {
			return false;
		}
		boolean ackLate = status == ComplaintStatus.RECEIVED && this.acknowledgeBy != null && this.acknowledgeBy.isBefore(day);
		return ackLate || (resultBy != null && resultBy.isBefore(day));
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getTicket() {
		return this.ticket;
	}

	public void setTicket(String ticket) {
		this.ticket = ticket;
	}

	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public void setFiscalYear(int fiscalYear) {
		this.fiscalYear = fiscalYear;
	}

	public String getChannel() {
		return this.channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getLineUserId() {
		return this.lineUserId;
	}

	public void setLineUserId(String lineUserId) {
		this.lineUserId = lineUserId;
	}

	public String getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(String categoryId) {
		this.categoryId = categoryId;
	}

	public String getCategoryName() {
		return this.categoryName;
	}

	public void setCategoryName(String categoryName) {
		this.categoryName = categoryName;
	}

	public String getDivisionId() {
		return this.divisionId;
	}

	public void setDivisionId(String divisionId) {
		this.divisionId = divisionId;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<Photo> getPhotos() {
		return this.photos;
	}

	public void setPhotos(List<Photo> photos) {
		this.photos = photos;
	}

	public Place getPlace() {
		return this.place;
	}

	public void setPlace(Place place) {
		this.place = place;
	}

	public Contact getContact() {
		return this.contact;
	}

	public void setContact(Contact contact) {
		this.contact = contact;
	}

	public ComplaintStatus getStatus() {
		return this.status;
	}

	public void setStatus(ComplaintStatus status) {
		this.status = status;
	}

	public List<Entry> getTimeline() {
		return this.timeline;
	}

	public void setTimeline(List<Entry> timeline) {
		this.timeline = timeline;
	}

	public String getDuplicateOf() {
		return this.duplicateOf;
	}

	public void setDuplicateOf(String duplicateOf) {
		this.duplicateOf = duplicateOf;
	}

	public int getReopenCount() {
		return this.reopenCount;
	}

	public void setReopenCount(int reopenCount) {
		this.reopenCount = reopenCount;
	}

	public Integer getRating() {
		return this.rating;
	}

	public void setRating(Integer rating) {
		this.rating = rating;
	}

	public Instant getRatedAt() {
		return this.ratedAt;
	}

	public void setRatedAt(Instant ratedAt) {
		this.ratedAt = ratedAt;
	}

	/** The rating as it stood at {@code instant}: none if it was given later. */
	public Integer ratingBefore(Instant instant) {
		return this.rating == null || (this.ratedAt != null && !this.ratedAt.isBefore(instant)) ? null : this.rating;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public void setClosedAt(Instant closedAt) {
		this.closedAt = closedAt;
	}

	public java.time.LocalDate getAcknowledgeBy() {
		return this.acknowledgeBy;
	}

	public void setAcknowledgeBy(java.time.LocalDate acknowledgeBy) {
		this.acknowledgeBy = acknowledgeBy;
	}

	public java.time.LocalDate getResultBy() {
		return this.resultBy;
	}

	public void setResultBy(java.time.LocalDate resultBy) {
		this.resultBy = resultBy;
	}

	public List<EarlierDeadline> getEarlierResultBy() {
		return this.earlierResultBy;
	}

	public void setEarlierResultBy(List<EarlierDeadline> earlierResultBy) {
		this.earlierResultBy = earlierResultBy;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
