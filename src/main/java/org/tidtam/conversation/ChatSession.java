package org.tidtam.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A dialog in progress: per person per chat (in a group, each person has their own), the flow, its
 * draft as JSON, the earlier drafts for "back", and when it expires. A dialog that timed out is kept a
 * while longer as <em>lapsed</em>: no draft, only its flow and when it lapsed, so that a late answer is
 * told the dialog timed out rather than taken as something new.
 */
@Document(ChatSession.COLLECTION)
public class ChatSession {

	public static final String COLLECTION = "chat_sessions";

	public static final String EXPIRES_AT = "expiresAt";

	public static final String LAPSED_AT = "lapsedAt";

	/** "back" can undo this many steps. */
	static final int MAX_HISTORY = 20;

	@Id
	private String id;

	private String chatKey;

	private String chatId;

	private String chatKind;

	private String userId;

	private String flow;

	private String draft;

	private List<String> history = new ArrayList<>();

	private Instant startedAt;

	private Instant updatedAt;

	private Instant expiresAt;

	/** When the expiry sweep ended this dialog; null while it is under way. */
	private Instant lapsedAt;

	@Version
	private Long version;

	/** A new dialog of {@code flow} for the person in {@code chat}, started at {@code startedAt}. */
	public static ChatSession start(ChatRef chat, String flow, java.time.Instant startedAt) {
		ChatSession session = new ChatSession();
		session.setId(idOf(chat));
		session.setChatKey(chat.key());
		session.setChatId(chat.chatId());
		session.setChatKind(chat.kind().name());
		session.setUserId(chat.userId());
		session.setFlow(flow);
		session.setStartedAt(startedAt);
		return session;
	}

	public static String idOf(ChatRef chat) {
		return chat.key() + "|" + (chat.userId() == null ? "-" : chat.userId());
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getChatKey() {
		return this.chatKey;
	}

	public void setChatKey(String chatKey) {
		this.chatKey = chatKey;
	}

	public String getChatId() {
		return this.chatId;
	}

	public void setChatId(String chatId) {
		this.chatId = chatId;
	}

	public String getChatKind() {
		return this.chatKind;
	}

	public void setChatKind(String chatKind) {
		this.chatKind = chatKind;
	}

	public String getUserId() {
		return this.userId;
	}

	public void setUserId(String userId) {
		this.userId = userId;
	}

	public String getFlow() {
		return this.flow;
	}

	public void setFlow(String flow) {
		this.flow = flow;
	}

	public String getDraft() {
		return this.draft;
	}

	public void setDraft(String draft) {
		this.draft = draft;
	}

	public List<String> getHistory() {
		return this.history;
	}

	public void setHistory(List<String> history) {
		this.history = history;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public void setStartedAt(Instant startedAt) {
		this.startedAt = startedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public void setExpiresAt(Instant expiresAt) {
		this.expiresAt = expiresAt;
	}

	public Instant getLapsedAt() {
		return this.lapsedAt;
	}

	public void setLapsedAt(Instant lapsedAt) {
		this.lapsedAt = lapsedAt;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public ChatRef chat() {
		return new ChatRef(ChatRef.Kind.valueOf(this.chatKind), this.chatId, this.userId);
	}

}
