package org.tidtam.line.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request to the fake LINE platform, as the bot's LINE client sent it, free of any HTTP
 * framework so that the same platform runs inside the app, behind MockWebServer, or in a plain test.
 * Header names are case-insensitive, as LINE and HTTP treat them.
 *
 * @param host which LINE host was called ({@code api.line.me} or {@code api-data.line.me})
 * @param method HTTP method
 * @param path LINE's path, e.g. {@code /v2/bot/message/push}; a query string is allowed
 * @param headers request headers (one value each)
 * @param body the raw body, empty when none
 */
public record FakeRequest(Host host, String method, String path, Map<String, String> headers, byte[] body) {

	/** LINE's two hosts: everything but blobs, and blobs (message content, rich-menu images). */
	public enum Host {

		API, DATA

	}

	public FakeRequest {
		TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		if (headers != null) {
			headers.forEach((name, value) -> {
				if (name != null && value != null) {
					caseInsensitive.put(name, value);
				}
			});
		}
		headers = Collections.unmodifiableMap(caseInsensitive);
		body = (body != null) ? body : new byte[0];
	}

	/** A request with a JSON body and the given bearer token: the usual shape in tests. */
	public static FakeRequest json(Host host, String method, String path, String token, String body) {
		return new FakeRequest(host, method, path,
				Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json; charset=UTF-8"),
				(body != null) ? body.getBytes(StandardCharsets.UTF_8) : null);
	}

	/** The header's value (name case-insensitive), or null. */
	public String header(String name) {
		return this.headers.get(name);
	}

	/** The path without its query string. */
	public String pathOnly() {
		int q = this.path.indexOf('?');
		return (q < 0) ? this.path : this.path.substring(0, q);
	}

	public String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

}
