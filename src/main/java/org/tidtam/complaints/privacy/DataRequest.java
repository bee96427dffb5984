package org.tidtam.complaints.privacy;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A citizen's PDPA request made in chat: a copy of their data, or its deletion. A coordinator decides;
 * the answer goes back in LINE. {@code key} (the dialog id) is unique, so one request is one document.
 */
@Document(DataRequest.COLLECTION)
public class DataRequest {

	public static final String COLLECTION = "privacy_requests";

	public enum Kind {

		/** ขอสำเนาข้อมูล. */
		COPY,
		/** ขอลบข้อมูล. */
		DELETE

	}

	public enum Status {

		PENDING, DONE, REJECTED

	}

	@Id
	private String id;

	private String key;

	private String number;

	private String lineUserId;

	private Kind kind;

	private Status status = Status.PENDING;

	private Instant requestedAt;

	private String decidedBy;

	private Instant decidedAt;

	private String reason;

	public String getId() {
		return this.id;
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getLineUserId() {
		return this.lineUserId;
	}

	public void setLineUserId(String lineUserId) {
		this.lineUserId = lineUserId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public void setKind(Kind kind) {
		this.kind = kind;
	}

	public Status getStatus() {
		return this.status;
	}

	public void setStatus(Status status) {
		this.status = status;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public void setRequestedAt(Instant requestedAt) {
		this.requestedAt = requestedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public void setDecidedBy(String decidedBy) {
		this.decidedBy = decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public void setDecidedAt(Instant decidedAt) {
		this.decidedAt = decidedAt;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
