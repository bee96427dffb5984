package org.tidtam.complaints;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A citizen's PDPA request for a copy of their data or its deletion, decided by a coordinator. */
@Document(DataRequest.COLLECTION)
public class DataRequest {

	public static final String COLLECTION = "data_requests";

	public static final String STATE = "state";

	public static final String CREATED_AT = "createdAt";

	public enum Kind {

		COPY, DELETE

	}

	public enum State {

		PENDING, APPROVED, REJECTED

	}

	/** What the coordinator's list is narrowed to: requests still to decide, or those decided. */
	public enum Stage {

		OPEN(State.PENDING), DECIDED(State.APPROVED, State.REJECTED);

		private final List<State> states;

		Stage(State... states) {
			this.states = List.of(states);
		}

		public List<State> states() {
			return this.states;
		}

	}

	@Id
	private String id;

	private Kind kind;

	private State state = State.PENDING;

	private String lineUserId;

	private Instant createdAt;

	private Instant decidedAt;

	private String decidedBy;

	private String idempotencyKey;

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public Kind getKind() {
		return this.kind;
	}

	public void setKind(Kind kind) {
		this.kind = kind;
	}

	public State getState() {
		return this.state;
	}

	public void setState(State state) {
		this.state = state;
	}

	public String getLineUserId() {
		return this.lineUserId;
	}

	public void setLineUserId(String lineUserId) {
		this.lineUserId = lineUserId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public void setDecidedAt(Instant decidedAt) {
		this.decidedAt = decidedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public void setDecidedBy(String decidedBy) {
		this.decidedBy = decidedBy;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

}
