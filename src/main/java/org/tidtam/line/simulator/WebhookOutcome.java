package org.tidtam.line.simulator;

import java.util.List;

/**
 * What happened when the fake platform posted a webhook to the bot.
 *
 * @param status the bot's HTTP status; 0 when it did not answer within LINE's 2 seconds or could
 * not be reached
 * @param webhookEventIds ids of the events in the body, in order
 * @param body the exact webhook body posted (compact UTF-8 JSON)
 */
public record WebhookOutcome(int status, List<String> webhookEventIds, String body) {

	public boolean ok() {
		return this.status >= 200 && this.status < 300;
	}

	/** The only event's id: for the usual one-event webhook. */
	public String webhookEventId() {
		return this.webhookEventIds.isEmpty() ? null : this.webhookEventIds.get(0);
	}

}
