package org.tidtam.measures.plan;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tidtam.shared.FiscalYear;

/**
 * The year's plan of measures (แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส): one per fiscal year, drafted by the
 * coordinator and published once, after which its measures are assigned and followed up.
 */
@Document(Plan.COLLECTION)
public class Plan {

	public static final String COLLECTION = "plans";

	public static final String ID = "_id";

	public static final String FISCAL_YEAR = "fiscalYear";

	public static final String STATUS = "status";

	public static final String PUBLISHED_AT = "publishedAt";

	public static final String PUBLISHED_BY = "publishedBy";

	public enum Status {

		/** ร่าง (draft): measures may be added, edited and removed freely; nobody is told. */
		DRAFT,
		/** เผยแพร่แล้ว (published): assignments exist; edits are announced, removals archive. */
		PUBLISHED

	}

	@Id
	private String id;

	/** Buddhist-era fiscal year; unique. */
	private int fiscalYear;

	private String indicatorSetId;

	private Status status = Status.DRAFT;

	private Instant publishedAt;

	/** The person (id) who published. */
	private String publishedBy;

	private Instant createdAt;

	@Version
	private Long version;

	Plan() {
	}

	Plan(FiscalYear year, String indicatorSetId, Instant createdAt) {
		this.fiscalYear = year.buddhistYear();
		this.indicatorSetId = indicatorSetId;
		this.createdAt = createdAt;
	}

	public String getId() {
		return this.id;
	}

	public FiscalYear getFiscalYear() {
		return FiscalYear.of(this.fiscalYear);
	}

	public String getIndicatorSetId() {
		return this.indicatorSetId;
	}

	public Status getStatus() {
		return this.status;
	}

	public boolean isPublished() {
		return this.status == Status.PUBLISHED;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
