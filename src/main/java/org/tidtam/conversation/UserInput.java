package org.tidtam.conversation;

import java.util.Map;

/**
 * What a person did in a chat, free of any LINE type. The {@code line} adapter maps LINE's webhook
 * events onto these.
 */
public sealed interface UserInput {

	/** Typed text; {@code addressedToBot} when the bot was mentioned (groups). */
	record Text(String text, boolean addressedToBot) implements UserInput {
	}

	/** A tapped button or quick reply carrying data (a LINE postback), with picker values if any. */
	record Choice(String data, Map<String, String> params) implements UserInput {
	}

	/** A photo, video, audio or file the person sent; the bytes are fetched by the adapter. */
	record Media(String messageId, MediaKind kind, String fileName, Long size) implements UserInput {
	}

	/** A shared location. */
	record Place(String title, String address, double latitude, double longitude) implements UserInput {
	}

	/** A sticker: never text, so flows re-prompt. */
	record Sticker(String packageId, String stickerId) implements UserInput {
	}

	/** The person added the account as a friend (or unblocked it). */
	record Followed(boolean unblocked) implements UserInput {
	}

	/** The bot was invited into a group or room. */
	record JoinedGroup() implements UserInput {
	}

	enum MediaKind {

		IMAGE, VIDEO, AUDIO, FILE

	}

}
