package org.tidtam.reports;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the coordinator changed in a plan's year-end report: the edited "what was done" text per measure
 * (kept over the draft, which is recomputed from the reports every time) and the indicator scores of
 * the new assessment for the outcome column. One document a plan; its id is the plan id.
 */
@Document(YearEndEdits.COLLECTION)
public class YearEndEdits {

	public static final String COLLECTION = "year_end_edits";

	@Id
	private String planId;

	/** measure id -> the coordinator's text for สรุปผลการดำเนินการตามมาตรการ. */
	private Map<String, String> whatWasDone = new HashMap<>();

	/** indicator code -> score 0–100 of the new assessment. */
	private Map<String, Double> scores = new HashMap<>();

	private String editedBy;

	private Instant editedAt;

	@Version
	private Long version;

	YearEndEdits() {
	}

	YearEndEdits(String planId) {
		this.planId = planId;
	}

	public String getPlanId() {
		return this.planId;
	}

	public Map<String, String> getWhatWasDone() {
		return Map.copyOf(this.whatWasDone);
	}

	public Map<String, Double> getScores() {
		return Map.copyOf(this.scores);
	}

	public String getEditedBy() {
		return this.editedBy;
	}

	public Instant getEditedAt() {
		return this.editedAt;
	}

}
