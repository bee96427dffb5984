package org.tidtam.complaints;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Praise, a suggestion or a criticism (ข้อเสนอแนะ/ติชม) a citizen sent; routed to the coordinator. */
@Document(Feedback.COLLECTION)
public class Feedback {

	public static final String COLLECTION = "feedback";

	public enum Kind {

		PRAISE("ชมเชย"), SUGGESTION("ข้อเสนอแนะ"), CRITICISM("ติ/ข้อควรปรับปรุง");

		private final String thai;

		Kind(String thai) {
			this.thai = thai;
		}

		public String thai() {
			return this.thai;
		}

	}

	@Id
	private String id;

	private Kind kind;

	private String text;

	private String lineUserId;

	private Instant createdAt;

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

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
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

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

}
