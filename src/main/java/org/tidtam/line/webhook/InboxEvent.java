package org.tidtam.line.webhook;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One webhook event as LINE sent it, stored before the webhook is acknowledged. The id is LINE's
 * {@code webhookEventId} (or {@code sha256:<hex>} of the event for older payloads without one), so a
 * redelivery or a duplicate can never be stored, or handled, twice.
 */
@Document(InboxEvent.COLLECTION)
public class InboxEvent {

	public static final String COLLECTION = "line_inbox";

	public static final String STATE = "state";

	public static final String CHAT_KEY = "chatKey";

	public static final String NEXT_ATTEMPT_AT = "nextAttemptAt";

	public static final String RECEIVED_AT = "receivedAt";

	public static final String EVENT_TIMESTAMP = "eventTimestamp";

	public static final String SEQUENCE = "sequence";

	public enum State {

		/** Stored, waiting to be handled. */
		PENDING,
		/** Claimed by a worker (until its lease runs out). */
		PROCESSING,
		/** Handled. */
		DONE,
		/** Stored and deliberately not handled: standby mode, unknown types. */
		IGNORED,
		/** Failed; will be tried again at {@code nextAttemptAt}. */
		RETRY,
		/** Failed too often: dead letter, waiting for an admin. */
		DEAD

	}

	@Id
	private String id;

	private String type;

	private String messageType;

	private String mode;

	private String chatKey;

	private String userId;

	private String replyToken;

	private long eventTimestamp;

	private Instant receivedAt;

	/** Arrival order in this store: handling order within a chat. */
	private long sequence;

	private boolean redelivery;

	private int duplicates;

	private String payload;

	private State state = State.PENDING;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant leaseUntil;

	private String lastError;

	private Instant processedAt;

	/** True for events from a 1:1 chat: their content is a citizen's personal data (admins only). */
	private boolean personalData;

	/**
	 * True for events said inside a confidential dialog (a corruption report): no admin page shows who
	 * sent them or what they held; the integrity module keeps the report, and its reads are audited.
	 */
	private boolean confidential;

	@Version
	private Long version;

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getMessageType() {
		return this.messageType;
	}

	public void setMessageType(String messageType) {
		this.messageType = messageType;
	}

	public String getMode() {
		return this.mode;
	}

	public void setMode(String mode) {
		this.mode = mode;
	}

	public String getChatKey() {
		return this.chatKey;
	}

	public void setChatKey(String chatKey) {
		this.chatKey = chatKey;
	}

	public String getUserId() {
		return this.userId;
	}

	public void setUserId(String userId) {
		this.userId = userId;
	}

	public String getReplyToken() {
		return this.replyToken;
	}

	public void setReplyToken(String replyToken) {
		this.replyToken = replyToken;
	}

	public long getEventTimestamp() {
		return this.eventTimestamp;
	}

	public void setEventTimestamp(long eventTimestamp) {
		this.eventTimestamp = eventTimestamp;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public void setReceivedAt(Instant receivedAt) {
		this.receivedAt = receivedAt;
	}

	public long getSequence() {
		return this.sequence;
	}

	public void setSequence(long sequence) {
		this.sequence = sequence;
	}

	public boolean isRedelivery() {
		return this.redelivery;
	}

	public void setRedelivery(boolean redelivery) {
		this.redelivery = redelivery;
	}

	public int getDuplicates() {
		return this.duplicates;
	}

	public void setDuplicates(int duplicates) {
		this.duplicates = duplicates;
	}

	public String getPayload() {
		return this.payload;
	}

	public void setPayload(String payload) {
		this.payload = payload;
	}

	public State getState() {
		return this.state;
	}

	public void setState(State state) {
		this.state = state;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public void setAttempts(int attempts) {
		this.attempts = attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public void setNextAttemptAt(Instant nextAttemptAt) {
		this.nextAttemptAt = nextAttemptAt;
	}

	public Instant getLeaseUntil() {
		return this.leaseUntil;
	}

	public void setLeaseUntil(Instant leaseUntil) {
		this.leaseUntil = leaseUntil;
	}

	public String getLastError() {
		return this.lastError;
	}

	public void setLastError(String lastError) {
		this.lastError = lastError;
	}

	public Instant getProcessedAt() {
		return this.processedAt;
	}

	public void setProcessedAt(Instant processedAt) {
		this.processedAt = processedAt;
	}

	public boolean isPersonalData() {
		return this.personalData;
	}

	public void setPersonalData(boolean personalData) {
		this.personalData = personalData;
	}

	public boolean isConfidential() {
		return this.confidential;
	}

	public void setConfidential(boolean confidential) {
		this.confidential = confidential;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
