package org.tidtam.complaints.integrity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A corruption report (เบาะแสการทุจริต). Confidential: only integrity officers read it, every read is
 * audited. {@code reporterSealed} is the reporter's LINE id sealed with AES-GCM, {@code reporterLookup}
 * a keyed hash of it; neither can be read back without the configured key.
 */
@Document(IntegrityReport.COLLECTION)
public class IntegrityReport {

	public static final String COLLECTION = "integrity_reports";

	public static final String TICKET = "ticket";

	public static final String LOOKUP = "reporterLookup";

	public static final String CREATED_AT = "createdAt";

	public static final String STATUS = "status";

	public static final String FISCAL_YEAR = "fiscalYear";

	/** A file the reporter sent, copied into the integrity bucket. */
	public record Evidence(String fileId, String fileName, String contentType, long size, Instant addedAt) {
	}

	/** Information the reporter added after filing. */
	public record Addition(Instant at, String text, List<Evidence> evidence) {
	}

	/** A step: {@code publicNote} goes to the reporter, {@code internalNote} and {@code by} never do. */
	public record Entry(IntegrityStatus status, Instant at, String by, String publicNote, String internalNote) {
	}

	@Id
	private String id;

	private String ticket;

	private int fiscalYear;

	private String description;

	private List<Evidence> evidence = new ArrayList<>();

	private List<Addition> additions = new ArrayList<>();

	/** Hashed ids of the dialogs that added information (one addition per dialog). */
	private List<String> additionKeys = new ArrayList<>();

	private boolean anonymous = true;

	private String reporterName;

	private String reporterPhone;

	private String reporterSealed;

	private String reporterLookup;

	private IntegrityStatus status = IntegrityStatus.RECEIVED;

	private List<Entry> timeline = new ArrayList<>();

	private Instant createdAt;

	private Instant closedAt;

	private String idempotencyKey;

	@Version
	private Long version;

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

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<Evidence> getEvidence() {
		return this.evidence;
	}

	public void setEvidence(List<Evidence> evidence) {
		this.evidence = evidence;
	}

	public List<Addition> getAdditions() {
		return this.additions;
	}

	public void setAdditions(List<Addition> additions) {
		this.additions = additions;
	}

	List<String> getAdditionKeys() {
		return this.additionKeys == null ? List.of() : this.additionKeys;
	}

	void setAdditionKeys(List<String> additionKeys) {
		this.additionKeys = additionKeys;
	}

	public boolean isAnonymous() {
		return this.anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

	public String getReporterName() {
		return this.reporterName;
	}

	public void setReporterName(String reporterName) {
		this.reporterName = reporterName;
	}

	public String getReporterPhone() {
		return this.reporterPhone;
	}

	public void setReporterPhone(String reporterPhone) {
		this.reporterPhone = reporterPhone;
	}

	String getReporterSealed() {
		return this.reporterSealed;
	}

	void setReporterSealed(String reporterSealed) {
		this.reporterSealed = reporterSealed;
	}

	String getReporterLookup() {
		return this.reporterLookup;
	}

	void setReporterLookup(String reporterLookup) {
		this.reporterLookup = reporterLookup;
	}

	public IntegrityStatus getStatus() {
		return this.status;
	}

	public void setStatus(IntegrityStatus status) {
		this.status = status;
	}

	public List<Entry> getTimeline() {
		return this.timeline;
	}

	public void setTimeline(List<Entry> timeline) {
		this.timeline = timeline;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public void setClosedAt(Instant closedAt) {
		this.closedAt = closedAt;
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

	/** Never prints content (a report may end up in a debugger or an exception message). */
	@Override
	public String toString() {
		return "IntegrityReport[" + this.id + "]";
	}

}
