package org.tidtam.measures.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One measure (มาตรการ) of a plan: a row of the measures table. Its number is unique within the plan
 * (the document's own numbering, kept from the import); an archived measure keeps its number so the
 * published table and the year-end report stay consistent.
 */
@Document(Measure.COLLECTION)
public class Measure {

	public static final String COLLECTION = "measures";

	public static final String ID = "_id";

	public static final String PLAN_ID = "planId";

	public static final String NUMBER = "number";

	public static final String ARCHIVED_AT = "archivedAt";

	public static final String IMPORT_KEY = "importKey";

	public static final String FORM_KEY = "formKey";

	public static final String KIND = "kind";

	/** Resolutions are numbered from here on, apart from the plan's own measures (#901, #902 …). */
	public static final int RESOLUTION_NUMBERS_FROM = 901;

	/** What the follow-up item is; stored only for resolutions (null reads as {@link #MEASURE}). */
	public enum Kind {

		/** A measure of the year's plan (a row of the measures table). */
		MEASURE,
		/**
		 * A resolution of the monthly meeting (มติที่ประชุม): an action item for one division with a due
		 * date, followed up like a measure but not part of the published measures table.
		 */
		RESOLUTION

	}

	@Id
	private String id;

	private String planId;

	/** ที่ / ลำดับ: shown with Thai digits in documents. */
	private int number;

	/** ตัวชี้วัด: a code of the plan's indicator set, or the text as the table wrote it; may be null. */
	private String indicatorCode;

	/** มาตรการ / แนวทาง. */
	private String title;

	/** ขั้นตอนหรือวิธีการ. */
	private List<String> steps = new ArrayList<>();

	/** ผู้รับผิดชอบ: division ids, in the order given. */
	private List<String> divisionIds = new ArrayList<>();

	/** การกำกับติดตาม; null when not (yet) known. */
	private MeasureCadence cadence;

	/** The due date the cadence gives in the plan's fiscal year; kept so assignments and queries need no plan. */
	private LocalDate dueOn;

	/** The follow-up text as the table wrote it (kept when the importer could not read it). */
	private String followUpText;

	private String notes;

	/** The import that created it, or null when entered by hand. */
	private String importKey;

	/** The one-time key of the web form that added it by hand: the same form sent twice adds it once. */
	private String formKey;

	/** null for a plan measure; {@link Kind#RESOLUTION} for a meeting's action item. */
	private Kind kind;

	/** For a resolution: the meeting (an id of the reports module) that decided it. */
	private String origin;

	private Instant createdAt;

	private Instant updatedAt;

	/** Set when removed from a published plan: the measure and its history stay, follow-up stops. */
	private Instant archivedAt;

	@Version
	private Long version;

	Measure() {
	}

	Measure(String planId, int number, Instant createdAt) {
		this.planId = planId;
		this.number = number;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	public String getId() {
		return this.id;
	}

	public String getPlanId() {
		return this.planId;
	}

	public int getNumber() {
		return this.number;
	}

	public String getIndicatorCode() {
		return this.indicatorCode;
	}

	public String getTitle() {
		return this.title;
	}

	public List<String> getSteps() {
		return List.copyOf(this.steps);
	}

	public List<String> getDivisionIds() {
		return List.copyOf(this.divisionIds);
	}

	public MeasureCadence getCadence() {
		return this.cadence;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public String getFollowUpText() {
		return this.followUpText;
	}

	public String getNotes() {
		return this.notes;
	}

	public Kind getKind() {
		return this.kind == null ? Kind.MEASURE : this.kind;
	}

	public boolean isResolution() {
		return this.kind == Kind.RESOLUTION;
	}

	public String getOrigin() {
		return this.origin;
	}

	void resolutionOf(String meetingId) {
		this.kind = Kind.RESOLUTION;
		this.origin = meetingId;
	}

	public String getImportKey() {
		return this.importKey;
	}

	public String getFormKey() {
		return this.formKey;
	}

	void setFormKey(String formKey) {
		this.formKey = formKey;
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

	void apply(MeasureForm form, LocalDate dueOn, Instant now) {
		this.indicatorCode = form.indicatorCode();
		this.title = form.title();
		this.steps = new ArrayList<>(form.steps());
		this.divisionIds = new ArrayList<>(form.divisionIds());
		this.cadence = form.cadence();
		this.dueOn = dueOn;
		this.followUpText = form.followUpText();
		this.notes = form.notes();
		this.updatedAt = now;
	}

	void importedBy(String key) {
		this.importKey = key;
	}

	void archive(Instant now) {
		this.archivedAt = now;
		this.updatedAt = now;
	}

}
