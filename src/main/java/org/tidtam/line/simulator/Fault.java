package org.tidtam.line.simulator;

import java.time.Duration;

/**
 * A failure the fake LINE platform plays on the next calls to an endpoint (LINE-PLATFORM.md §11.4),
 * so that the bot's retry, back-off and retry-key handling is exercised before LINE has a bad day.
 */
public sealed interface Fault permits Fault.Status, Fault.NonJson, Fault.Slow, Fault.ResponseLost {

	/**
	 * The send is accepted and recorded and its retry key remembered, but the answer is a 500: the
	 * bot cannot know it went out, and its retry with the same key must get a 409, not a second message.
	 */
	Fault ACCEPTED_BUT_RESPONSE_LOST = new ResponseLost();

	/** The request is refused with {@code status} and a LINE-shaped JSON body; nothing is sent. */
	static Fault status(int status) {
		return new Status(status, defaultMessage(status));
	}

	/** 429 with LINE's rate-limit message. */
	static Fault rateLimited() {
		return status(429);
	}

	/** An error whose body is not JSON (a proxy's HTML page): the SDK throws a parse exception. */
	static Fault nonJson(int status) {
		return new NonJson(status, "<html><body><h1>" + status + " Bad Gateway</h1></body></html>");
	}

	/** The request is handled normally, but the answer comes only after {@code delay}. */
	static Fault slow(Duration delay) {
		return new Slow(delay);
	}

	private static String defaultMessage(int status) {
		return switch (status) {
			case 429 -> "The API rate limit has been exceeded. Try again later.";
			case 400 -> "The request body has 1 error(s)";
			case 401 -> "Authentication failed due to the following reason: invalid token.";
			case 403 -> "Access to this API is not available for your account";
			case 404 -> "Not found";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			default -> "An error occurred in the API server";
		};
	}

	record Status(int status, String message) implements Fault {
	}

	record NonJson(int status, String body) implements Fault {
	}

	record Slow(Duration delay) implements Fault {
	}

	record ResponseLost() implements Fault {
	}

}
