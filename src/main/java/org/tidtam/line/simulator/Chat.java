package org.tidtam.line.simulator;

/**
 * Where a user acts: a 1:1 chat with the bot, or a group (or legacy room) the bot is in.
 *
 * @param type {@code user}, {@code group} or {@code room}
 * @param chatId the user id for 1:1, else the group or room id (what the bot pushes to)
 * @param userId the acting user
 */
public record Chat(String type, String chatId, String userId) {

	public static Chat user(String userId) {
		return new Chat("user", userId, userId);
	}

	public static Chat group(String groupId, String userId) {
		return new Chat("group", groupId, userId);
	}

	public static Chat room(String roomId, String userId) {
		return new Chat("room", roomId, userId);
	}

}
