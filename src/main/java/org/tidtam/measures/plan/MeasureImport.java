package org.tidtam.measures.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A confirmed import, keyed by the key the preview page gave its "confirm" button. The unique index on
 * the key makes a second confirm (a double-click, a resent form) save nothing more.
 */
@Document(MeasureImport.COLLECTION)
public class MeasureImport {

	public static final String COLLECTION = "measure_imports";

	public static final String IMPORT_KEY = "importKey";

	public static final String COMPLETED_AT = "completedAt";

	public static final String MEASURE_IDS = "measureIds";

	@Id
	private String id;

	private String importKey;

	private String planId;

	private int measureCount;

	private Instant startedAt;

	/** Null while the measures are being saved: a retry after a crash completes the import. */
	private Instant completedAt;

	private List<String> measureIds = new ArrayList<>();

	MeasureImport() {
	}

	MeasureImport(String importKey, String planId, int measureCount, Instant startedAt) {
		this.importKey = importKey;
		this.planId = planId;
		this.measureCount = measureCount;
		this.startedAt = startedAt;
	}

	public String getId() {
		return this.id;
	}

	public String getImportKey() {
		return this.importKey;
	}

	public String getPlanId() {
		return this.planId;
	}

	public int getMeasureCount() {
		return this.measureCount;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

	public List<String> getMeasureIds() {
		return List.copyOf(this.measureIds);
	}

}
