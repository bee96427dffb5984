package org.tidtam.measures.organisation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A LINE group bound to a division; the id is the LINE group id, so a group belongs to one division. */
@Document(LineGroupBinding.COLLECTION)
public class LineGroupBinding {

	public static final String COLLECTION = "line_group_bindings";

	public static final String DIVISION_ID = "divisionId";

	/** The LINE group id. */
	@Id
	private String id;

	private String divisionId;

	/** The person who bound it. */
	private String boundBy;

	private Instant boundAt;

	public LineGroupBinding() {
	}

	public LineGroupBinding(String groupId, String divisionId, String boundBy, Instant boundAt) {
		this.id = groupId;
		this.divisionId = divisionId;
		this.boundBy = boundBy;
		this.boundAt = boundAt;
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getDivisionId() {
		return this.divisionId;
	}

	public void setDivisionId(String divisionId) {
		this.divisionId = divisionId;
	}

	public String getBoundBy() {
		return this.boundBy;
	}

	public void setBoundBy(String boundBy) {
		this.boundBy = boundBy;
	}

	public Instant getBoundAt() {
		return this.boundAt;
	}

	public void setBoundAt(Instant boundAt) {
		this.boundAt = boundAt;
	}

}
