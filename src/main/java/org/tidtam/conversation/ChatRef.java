package org.tidtam.conversation;

/**
 * Where a conversation happens: a 1:1 chat with a user, or a LINE group/room (then {@code userId} is
 * the person speaking, when LINE tells us).
 */
public record ChatRef(Kind kind, String chatId, String userId) {

	public enum Kind {

		USER, GROUP, ROOM

	}

	public static ChatRef user(String userId) {
		return new ChatRef(Kind.USER, userId, userId);
	}

	public static ChatRef group(String groupId, String userId) {
		return new ChatRef(Kind.GROUP, groupId, userId);
	}

	public static ChatRef room(String roomId, String userId) {
		return new ChatRef(Kind.ROOM, roomId, userId);
	}

	public boolean oneToOne() {
		return this.kind == Kind.USER;
	}

	/** A stable key per chat, e.g. {@code user:U…} or {@code group:C…}: events are handled in order per key. */
	public String key() {
		return this.kind.name().toLowerCase() + ":" + this.chatId;
	}

}
