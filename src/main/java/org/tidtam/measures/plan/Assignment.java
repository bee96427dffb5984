package org.tidtam.measures.plan;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tidtam.measures.AssignmentState;

/**
 * The unit of follow-up: one measure for one responsible division. Unique per (measure, division), which
 * the store enforces, so two publishes or a double-click never assign a division twice. Removing an owner
 * archives its assignment: the acknowledgement and the reports it received remain history.
 */
@Document(Assignment.COLLECTION)
public class Assignment {

	public static final String COLLECTION = "assignments";

	public static final String ID = "_id";

	public static final String PLAN_ID = "planId";

	public static final String MEASURE_ID = "measureId";

	public static final String DIVISION_ID = "divisionId";

	public static final String STATE = "state";

	public static final String DUE_ON = "dueOn";

	public static final String ACKNOWLEDGED_BY = "acknowledgedBy";

	public static final String ACKNOWLEDGED_AT = "acknowledgedAt";

	public static final String NOTICE_SENT_AT = "noticeSentAt";

	public static final String ARCHIVED_AT = "archivedAt";

	public static final String UPDATED_AT = "updatedAt";

	public static final String VERSION = "version";

	@Id
	private String id;

	private String planId;

	private String measureId;

	private String divisionId;

	private AssignmentState state = AssignmentState.NOT_STARTED;

	/** From the measure's cadence in the plan's fiscal year; null when the cadence is not set. */
	private LocalDate dueOn;

	/** The person (id) who pressed รับทราบ (acknowledge) first. */
	private String acknowledgedBy;

	private Instant acknowledgedAt;

	/** When the notice to the division went out; the reminder job counts from here. */
	private Instant noticeSentAt;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant archivedAt;

	@Version
	private Long version;

	Assignment() {
	}

	Assignment(String planId, String measureId, String divisionId, LocalDate dueOn, Instant createdAt) {
		this.planId = planId;
		this.measureId = measureId;
		this.divisionId = divisionId;
		this.dueOn = dueOn;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	public String getId() {
		return this.id;
	}

	public String getPlanId() {
		return this.planId;
	}

	public String getMeasureId() {
		return this.measureId;
	}

	public String getDivisionId() {
		return this.divisionId;
	}

	public AssignmentState getState() {
		return this.state;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public String getAcknowledgedBy() {
		return this.acknowledgedBy;
	}

	public Instant getAcknowledgedAt() {
		return this.acknowledgedAt;
	}

	public Instant getNoticeSentAt() {
		return this.noticeSentAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getArchivedAt() {
		return this.archivedAt;
	}

	public boolean isArchived() {
		return this.archivedAt != null;
	}

	public Long getVersion() {
		return this.version;
	}

}
