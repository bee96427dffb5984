package org.tidtam.complaints;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A kind of complaint the organisation offers in the chat (at most {@value ComplaintCategories#MAX} plus
 * "อื่น ๆ"), the division that handles it by default, and its deadlines: acknowledge within
 * {@code acknowledgeDays} business days, tell the result within {@code resultDays} days.
 */
@Document(ComplaintCategory.COLLECTION)
public class ComplaintCategory {

	public static final String COLLECTION = "complaint_categories";

	public static final String ACTIVE = "active";

	public static final String SORT_ORDER = "sortOrder";

	public static final String OTHER = "other";

	@Id
	private String id;

	private String name;

	private String defaultDivisionId;

	private int acknowledgeDays = 3;

	private int resultDays = 15;

	private boolean other;

	/** Ask the citizen "is it still fixed?" some days after closing (off for e.g. one-off events). */
	private boolean followUp = true;

	private boolean active = true;

	private int sortOrder;

	@Version
	private Long version;

	public ComplaintCategory() {
	}

	public ComplaintCategory(String name, String defaultDivisionId, int sortOrder, boolean other) {
		this.name = name;
		this.defaultDivisionId = defaultDivisionId;
		this.sortOrder = sortOrder;
		this.other = other;
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDefaultDivisionId() {
		return this.defaultDivisionId;
	}

	public void setDefaultDivisionId(String defaultDivisionId) {
		this.defaultDivisionId = defaultDivisionId;
	}

	public int getAcknowledgeDays() {
		return this.acknowledgeDays;
	}

	public void setAcknowledgeDays(int acknowledgeDays) {
		this.acknowledgeDays = acknowledgeDays;
	}

	public int getResultDays() {
		return this.resultDays;
	}

	public void setResultDays(int resultDays) {
		this.resultDays = resultDays;
	}

	public boolean isOther() {
		return this.other;
	}

	public void setOther(boolean other) {
		this.other = other;
	}

	public boolean isFollowUp() {
		return this.followUp;
	}

	public void setFollowUp(boolean followUp) {
		this.followUp = followUp;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
