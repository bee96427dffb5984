package org.tidtam.line.simulator;

/**
 * How the fake platform delivers a signed webhook body to the bot. The default posts over HTTP like
 * LINE; tests may plug in MockMvc or a direct call instead.
 */
@FunctionalInterface
public interface WebhookTransport {

	/**
	 * @return the bot's HTTP status, or 0 when it did not answer (timeout, refused)
	 */
	int post(byte[] body, String signature);

}
