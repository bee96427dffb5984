package org.tidtam.measures.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tidtam.shared.FiscalYear;

/**
 * A set of ITA indicators (ชุดตัวชี้วัด) for one fiscal year, or reusable across years when
 * {@code fiscalYear} is absent. Edited as one document with optimistic locking: sets are small and
 * edited by one coordinator.
 */
@Document(IndicatorSet.COLLECTION)
public class IndicatorSet {

	public static final String COLLECTION = "indicator_sets";

	public static final String FISCAL_YEAR = "fiscalYear";

	public static final String INDICATORS = "indicators";

	@Id
	private String id;

	/** Buddhist-era fiscal year, or null for a reusable set. */
	private Integer fiscalYear;

	private String name;

	/** The preset it was created from, or null for a copy. */
	private String preset;

	private List<Indicator> indicators = new ArrayList<>();

	private Instant createdAt;

	@Version
	private Long version;

	IndicatorSet() {
	}

	IndicatorSet(FiscalYear year, String name, String preset, List<Indicator> indicators, Instant createdAt) {
		this.fiscalYear = year == null ? null : year.buddhistYear();
		this.name = name;
		this.preset = preset;
		this.indicators = new ArrayList<>(indicators);
		this.createdAt = createdAt;
	}

	public String getId() {
		return this.id;
	}

	/** The fiscal year the set belongs to, or null when it is reusable. */
	public FiscalYear getFiscalYear() {
		return this.fiscalYear == null ? null : FiscalYear.of(this.fiscalYear);
	}

	public String getName() {
		return this.name;
	}

	public String getPreset() {
		return this.preset;
	}

	public List<Indicator> getIndicators() {
		return List.copyOf(this.indicators);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getVersion() {
		return this.version;
	}

	void setIndicators(List<Indicator> indicators) {
		this.indicators = new ArrayList<>(indicators);
	}

}
