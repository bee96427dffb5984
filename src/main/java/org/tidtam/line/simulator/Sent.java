package org.tidtam.line.simulator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One send LINE accepted (reply, push, multicast or broadcast): what tests assert on.
 *
 * @param requestId the {@code x-line-request-id} of the accepted request
 * @param endpoint {@code reply}, {@code push}, {@code multicast} or {@code broadcast}
 * @param to the recipients; for a reply the chat its reply token belongs to; for a broadcast the friends
 * @param messages the request's {@code messages} array as sent
 * @param retryKey the {@code X-Line-Retry-Key}, or null
 * @param at when LINE accepted it (platform clock)
 */
public record Sent(String requestId, String endpoint, List<String> to, JsonNode messages, UUID retryKey, Instant at) {

	public Sent {
		to = List.copyOf(to);
	}

	/** The message objects one by one. */
	public List<JsonNode> messageList() {
		java.util.ArrayList<JsonNode> list = new java.util.ArrayList<>();
		this.messages.forEach(list::add);
		return list;
	}

	/** The first message's {@code text} (or {@code altText}), handy in assertions. */
	public String firstText() {
		JsonNode first = this.messages.path(0);
		return first.has("text") ? first.get("text").asText() : first.path("altText").asText(null);
	}

}
