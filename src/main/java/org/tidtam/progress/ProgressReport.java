package org.tidtam.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One progress report on one assignment. Never overwritten: a correction is a new report that
 * {@code corrects} the earlier one (which gets {@code supersededBy}); a withdrawal sets
 * {@code withdrawnAt}. {@code idempotencyKey} (the dialog id, or the web form's token) is unique, so
 * a double tap or a redelivered event records once.
 */
@Document(ProgressReport.COLLECTION)
public class ProgressReport {

	public static final String COLLECTION = "progress_reports";

	public static final String ASSIGNMENT_ID = "assignmentId";

	public static final String PLAN_ID = "planId";

	public static final String DIVISION_ID = "divisionId";

	public static final String MEASURE_ID = "measureId";

	public static final String REPORTED_AT = "reportedAt";

	public static final String IDEMPOTENCY_KEY = "idempotencyKey";

	public static final String SUPERSEDED_BY = "supersededBy";

	public static final String WITHDRAWN_AT = "withdrawnAt";

	public static final String REPORTED_BY = "reportedBy";

	public static final String EVIDENCE = "evidence";

	public static final String CHAT_ID = "chatId";

	public static final String LINE_USER_ID = "lineUserId";

	/** How a report came in. */
	public enum Source {

		/** The step-by-step dialog in LINE. */
		CHAT,
		/** A typed shorthand such as "#3 … 80%", confirmed in LINE. */
		SHORTHAND,
		/** Recorded by a coordinator in the web admin on someone's behalf. */
		WEB

	}

	@Id
	private String id;

	private String idempotencyKey;

	private String planId;

	private String measureId;

	private String assignmentId;

	private String divisionId;

	private ProgressStatus status;

	/** What was done, as the person wrote it. */
	private String text;

	/** 0–100, when given. */
	private Integer percent;

	private List<Evidence> evidence = new ArrayList<>();

	/** URLs found in the text (e.g. where a notice was published). */
	private List<String> links = new ArrayList<>();

	/** The person (id) the report is from; null when a coordinator recorded it for the division. */
	private String reportedBy;

	private String reportedByName;

	/** The admin username when recorded on someone's behalf (shown as such). */
	private String recordedBy;

	private Source source;

	/** The LINE group or chat it came from (opaque id), for the confirmation. */
	private String chatId;

	/** The LINE user who reported in chat (opaque id): photos they send just after belong to it. */
	private String lineUserId;

	private Instant reportedAt;

	private String corrects;

	private String supersededBy;

	private Instant withdrawnAt;

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

	public String getPlanId() {
		return this.planId;
	}

	public void setPlanId(String planId) {
		this.planId = planId;
	}

	public String getMeasureId() {
		return this.measureId;
	}

	public void setMeasureId(String measureId) {
		this.measureId = measureId;
	}

	public String getAssignmentId() {
		return this.assignmentId;
	}

	public void setAssignmentId(String assignmentId) {
		this.assignmentId = assignmentId;
	}

	public String getDivisionId() {
		return this.divisionId;
	}

	public void setDivisionId(String divisionId) {
		this.divisionId = divisionId;
	}

	public ProgressStatus getStatus() {
		return this.status;
	}

	public void setStatus(ProgressStatus status) {
		this.status = status;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Integer getPercent() {
		return this.percent;
	}

	public void setPercent(Integer percent) {
		this.percent = percent;
	}

	public List<Evidence> getEvidence() {
		return this.evidence;
	}

	public void setEvidence(List<Evidence> evidence) {
		this.evidence = evidence == null ? new ArrayList<>() : new ArrayList<>(evidence);
	}

	public List<String> getLinks() {
		return this.links;
	}

	public void setLinks(List<String> links) {
		this.links = links == null ? new ArrayList<>() : new ArrayList<>(links);
	}

	public String getReportedBy() {
		return this.reportedBy;
	}

	public void setReportedBy(String reportedBy) {
		this.reportedBy = reportedBy;
	}

	public String getReportedByName() {
		return this.reportedByName;
	}

	public void setReportedByName(String reportedByName) {
		this.reportedByName = reportedByName;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public void setRecordedBy(String recordedBy) {
		this.recordedBy = recordedBy;
	}

	public Source getSource() {
		return this.source;
	}

	public void setSource(Source source) {
		this.source = source;
	}

	public String getChatId() {
		return this.chatId;
	}

	public void setChatId(String chatId) {
		this.chatId = chatId;
	}

	public String getLineUserId() {
		return this.lineUserId;
	}

	public void setLineUserId(String lineUserId) {
		this.lineUserId = lineUserId;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

	public void setReportedAt(Instant reportedAt) {
		this.reportedAt = reportedAt;
	}

	public String getCorrects() {
		return this.corrects;
	}

	public void setCorrects(String corrects) {
		this.corrects = corrects;
	}

	public String getSupersededBy() {
		return this.supersededBy;
	}

	public void setSupersededBy(String supersededBy) {
		this.supersededBy = supersededBy;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	public void setWithdrawnAt(Instant withdrawnAt) {
		this.withdrawnAt = withdrawnAt;
	}

	/** Counts: neither withdrawn nor replaced by a correction. */
	public boolean current() {
		return this.withdrawnAt == null && this.supersededBy == null;
	}

	public long evidenceCount() {
		return this.evidence.stream().filter(e -> !e.withdrawn()).count();
	}

}
