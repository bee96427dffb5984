package org.tidtam.line.outbound;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message the bot has decided to send, kept until LINE has accepted it. Its retry key is chosen
 * once and sent with every attempt, so a retry after a timeout or a 5xx is never a second message.
 */
@Document(OutboxMessage.COLLECTION)
public class OutboxMessage {

	public static final String COLLECTION = "line_outbox";

	public static final String STATE = "state";

	public static final String NEXT_ATTEMPT_AT = "nextAttemptAt";

	public static final String CREATED_AT = "createdAt";

	public static final String SEQUENCE = "sequence";

	public static final String TO = "to";

	public enum Kind {

		/** Reply with the event's token while it is fresh, else push (the answer to a user's message). */
		REPLY,
		/** Push to one user, group or room. */
		PUSH,
		/** Multicast to at most 500 users (one chunk of a larger fan-out). */
		MULTICAST

	}

	public enum State {

		/** Waiting to be sent (or to be tried again at {@code nextAttemptAt}). */
		PENDING,
		/** An attempt is under way (until its lease runs out). */
		SENDING,
		/** LINE accepted it (or answered 409: an earlier attempt was accepted). */
		SENT,
		/** LINE refused it with a 4xx other than 409/429: recorded, not retried. */
		FAILED,
		/** Retried too often: dead letter, waiting for an admin. */
		DEAD

	}

	@Id
	private String id;

	private Kind kind;

	/** User, group or room id (REPLY and PUSH). */
	private String to;

	/** User ids (MULTICAST), at most 500. */
	private List<String> recipients;

	private String replyToken;

	private Instant replyTokenExpiresAt;

	/** The LINE message objects, as the JSON array LINE receives. */
	private String messagesJson;

	private UUID retryKey;

	private State state = State.PENDING;

	/** "reply", "push" or "multicast": how it finally went. */
	private String sentVia;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant leaseUntil;

	private Integer lastStatus;

	private String lastError;

	private String requestId;

	private String acceptedRequestId;

	private Instant createdAt;

	/**
	 * Orders messages made in the same millisecond (the store keeps times to the millisecond): the
	 * batches of one answer, or an answer and a notice. Increasing within an app instance.
	 */
	private long sequence;

	private Instant sentAt;

	/** The webhook event this answers, if any. */
	private String sourceEventId;

	/** What it is for ("welcome", "assignment-notice" …): for the admin list and metrics. */
	private String purpose;

	/** True when the content is a citizen's personal data: shown to admins only. */
	private boolean personalData;

	/** True for messages of a confidential dialog (a corruption report): no admin page shows recipient or content. */
	private boolean confidential;

	@Version
	private Long version;

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

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public List<String> getRecipients() {
		return this.recipients;
	}

	public void setRecipients(List<String> recipients) {
		this.recipients = recipients;
	}

	public String getReplyToken() {
		return this.replyToken;
	}

	public void setReplyToken(String replyToken) {
		this.replyToken = replyToken;
	}

	public Instant getReplyTokenExpiresAt() {
		return this.replyTokenExpiresAt;
	}

	public void setReplyTokenExpiresAt(Instant replyTokenExpiresAt) {
		this.replyTokenExpiresAt = replyTokenExpiresAt;
	}

	public String getMessagesJson() {
		return this.messagesJson;
	}

	public void setMessagesJson(String messagesJson) {
		this.messagesJson = messagesJson;
	}

	public UUID getRetryKey() {
		return this.retryKey;
	}

	public void setRetryKey(UUID retryKey) {
		this.retryKey = retryKey;
	}

	public State getState() {
		return this.state;
	}

	public void setState(State state) {
		this.state = state;
	}

	public String getSentVia() {
		return this.sentVia;
	}

	public void setSentVia(String sentVia) {
		this.sentVia = sentVia;
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

	public Integer getLastStatus() {
		return this.lastStatus;
	}

	public void setLastStatus(Integer lastStatus) {
		this.lastStatus = lastStatus;
	}

	public String getLastError() {
		return this.lastError;
	}

	public void setLastError(String lastError) {
		this.lastError = lastError;
	}

	public String getRequestId() {
		return this.requestId;
	}

	public void setRequestId(String requestId) {
		this.requestId = requestId;
	}

	public String getAcceptedRequestId() {
		return this.acceptedRequestId;
	}

	public void setAcceptedRequestId(String acceptedRequestId) {
		this.acceptedRequestId = acceptedRequestId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

	public long getSequence() {
		return this.sequence;
	}

	public void setSequence(long sequence) {
		this.sequence = sequence;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public void setSentAt(Instant sentAt) {
		this.sentAt = sentAt;
	}

	public String getSourceEventId() {
		return this.sourceEventId;
	}

	public void setSourceEventId(String sourceEventId) {
		this.sourceEventId = sourceEventId;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
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
