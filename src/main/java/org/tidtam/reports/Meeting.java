package org.tidtam.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A monthly meeting (การประชุมประจำเดือน): its date, from the organisation's schedule unless the
 * coordinator moved it, and the resolutions (มติที่ประชุม) recorded after it. One meeting a date (unique).
 */
@Document(Meeting.COLLECTION)
public class Meeting {

	public static final String COLLECTION = "meetings";

	public static final String DATE = "date";

	public static final String RESOLUTION_IDS = "resolutionIds";

	public static final String FORM_KEYS = "formKeys";

	@Id
	private String id;

	private LocalDate date;

	/** The follow-up items (measure ids of kind resolution) decided at this meeting, in order. */
	private List<String> resolutionIds = new ArrayList<>();

	/**
	 * The one-time keys of the resolution forms already recorded: the same page sent twice (double
	 * click, back and send again) finds its key and adds no second follow-up item.
	 */
	private List<String> formKeys = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	Meeting() {
	}

	Meeting(LocalDate date, Instant now) {
		this.date = date;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public String getId() {
		return this.id;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public List<String> getResolutionIds() {
		return List.copyOf(this.resolutionIds);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
