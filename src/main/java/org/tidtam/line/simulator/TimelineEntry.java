package org.tidtam.line.simulator;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of a chat as the simulator page shows it: something a user did, or one message object
 * the bot sent.
 *
 * @param seq increasing over the whole platform, so the page asks for "everything after seq"
 * @param at platform clock
 * @param from {@code user} or {@code bot}
 * @param userId the user who acted (user entries), or null
 * @param displayName that user's name, or null
 * @param kind user side: {@code text}, {@code sticker}, {@code location}, {@code image}, {@code file},
 * {@code postback}, {@code follow}, {@code unfollow}, {@code join}, {@code leave}, {@code memberJoined},
 * {@code unsend}; bot side: the message type ({@code text}, {@code flex} …) or {@code loading}
 * @param text the text (user text, postback data or displayText, bot text or altText), or null
 * @param message user side: the webhook {@code message} object; bot side: the LINE message object sent
 * @param via bot side: {@code reply}, {@code push}, {@code multicast}, {@code broadcast} or
 * {@code loading}; user side: null
 * @param contentUrl for user images and files: where the simulator page fetches the bytes
 * ({@code /simulator/content/{messageId}}), else null
 */
public record TimelineEntry(long seq, Instant at, String from, String userId, String displayName, String kind,
		String text, JsonNode message, String via, String contentUrl) {
}
