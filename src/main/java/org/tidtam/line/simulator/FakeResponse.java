package org.tidtam.line.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the fake LINE platform answers. {@code delay} is how long the HTTP adapter waits before
 * answering: the "slow LINE" fault, to push the bot's client into its read timeout.
 *
 * @param status HTTP status
 * @param headers response headers ({@code x-line-request-id} always among them)
 * @param contentType the body's media type, or null when there is no body
 * @param body the body bytes (empty, never null)
 * @param delay time to wait before answering ({@link Duration#ZERO} normally)
 */
public record FakeResponse(int status, Map<String, String> headers, String contentType, byte[] body, Duration delay) {

	public static final String JSON = "application/json";

	public FakeResponse {
		headers = Collections.unmodifiableMap(new LinkedHashMap<>((headers != null) ? headers : Map.of()));
		body = (body != null) ? body : new byte[0];
		delay = (delay != null) ? delay : Duration.ZERO;
	}

	public static FakeResponse json(int status, String json) {
		return new FakeResponse(status, Map.of(), JSON, json.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
	}

	public FakeResponse withHeader(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(this.headers);
		copy.put(name, value);
		return new FakeResponse(this.status, copy, this.contentType, this.body, this.delay);
	}

	public FakeResponse withDelay(Duration delay) {
		return new FakeResponse(this.status, this.headers, this.contentType, this.body, delay);
	}

	/** The header's value, name case-insensitive, or null. */
	public String header(String name) {
		return this.headers.entrySet()
			.stream()
			.filter((e) -> e.getKey().equalsIgnoreCase(name))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	public String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

}
