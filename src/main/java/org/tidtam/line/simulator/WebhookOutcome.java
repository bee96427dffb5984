package org.tidtam.line.simulator;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What happened when the fake platform posted a webhook to the bot.
 *
 * @param status the bot's HTTP status; 0 when it did not answer within LINE's 2 seconds or could
 * not be reached; {@link #NOT_SENT} when LINE had nothing to send it
 * @param webhookEventIds ids of the events in the body, in order
 * @param body the exact webhook body posted (compact UTF-8 JSON)
 */
public record WebhookOutcome(int status, List<String> webhookEventIds, String body) {

	/** The status of a webhook LINE never sent (the bot is not in the group the user wrote in). */
	public static final int NOT_SENT = -1;

	static WebhookOutcome notSent() {
		return new WebhookOutcome(NOT_SENT, List.of(), "");
	}

	/** False when LINE sent the bot nothing for what the user did. */
	public boolean sent() {
		return this.status != NOT_SENT;
	}

	public boolean ok() {
		return this.status >= 200 && this.status < 300;
	}

	/** The first event's reply token, or null (no event, or an event LINE gives none). */
	public String replyToken() {
		try {
			JsonNode token = new ObjectMapper().readTree(this.body).at("/events/0/replyToken");
			return token.isTextual() ? token.asText() : null;
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	/** The first event's {@code message.id}, or null. */
	public String messageId() {
		try {
			JsonNode id = new ObjectMapper().readTree(this.body).at("/events/0/message/id");
			return id.isTextual() ? id.asText() : null;
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	/** The only event's id: for the usual one-event webhook. */
	public String webhookEventId() {
		return this.webhookEventIds.isEmpty() ? null : this.webhookEventIds.get(0);
	}

}
