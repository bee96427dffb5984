package org.tidtam.measures.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tidtam.measures.importing.DivisionRef;

/**
 * A division (ส่วนราชการ: สำนัก, กอง, or a regional agency of a province). Deactivated rather than
 * deleted, because measures of past years still name it. The name is unique (index); names and aliases
 * are also kept apart across divisions by {@link DivisionService}, since the importer matches both.
 */
@Document(Division.COLLECTION)
public class Division {

	public static final String COLLECTION = "divisions";

	public static final String NAME = "name";

	public static final String ALIASES = "aliases";

	public static final String ACTIVE = "active";

	public static final String SORT_ORDER = "sortOrder";

	@Id
	private String id;

	private String name;

	private String shortName;

	private List<String> aliases = new ArrayList<>();

	/** Counted in ทุกส่วนราชการที่มีงานให้บริการ. */
	private boolean servesPublic;

	/** Counted in ส่วนราชการส่วนภูมิภาค (a province's regional agencies). */
	private boolean regional;

	private boolean active = true;

	/** The order the organisation lists its divisions in (creation order unless changed). */
	private int sortOrder;

	private Instant createdAt;

	@Version
	private Long version;

	public Division() {
	}

	public Division(String name, String shortName, List<String> aliases, boolean servesPublic, boolean regional) {
		this.name = name;
		this.shortName = shortName;
		this.aliases = new ArrayList<>(aliases);
		this.servesPublic = servesPublic;
		this.regional = regional;
	}

	/** The division as the importer sees it. */
	public DivisionRef toRef() {
		List<String> all = new ArrayList<>(this.aliases);
		if (this.shortName != null && !this.shortName.isBlank() && !all.contains(this.shortName)) {
			all.add(this.shortName);
		}
		return new DivisionRef(this.id, this.name, all, this.servesPublic, this.regional);
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

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public List<String> getAliases() {
		return this.aliases;
	}

	public void setAliases(List<String> aliases) {
		this.aliases = aliases;
	}

	public boolean isServesPublic() {
		return this.servesPublic;
	}

	public void setServesPublic(boolean servesPublic) {
		this.servesPublic = servesPublic;
	}

	public boolean isRegional() {
		return this.regional;
	}

	public void setRegional(boolean regional) {
		this.regional = regional;
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

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	@Override
	public String toString() {
		return "Division[" + this.name + (this.active ? "" : ", inactive") + "]";
	}

}
