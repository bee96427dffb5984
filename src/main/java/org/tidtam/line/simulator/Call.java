package org.tidtam.line.simulator;

import java.time.Instant;

/**
 * Every request the fake LINE platform received, rejected ones included, for tests that check what
 * the bot did when LINE said no (and for the simulator page's log).
 *
 * @param requestId {@code x-line-request-id} given to it
 * @param host API or DATA
 * @param method HTTP method
 * @param path LINE path with query
 * @param status the status answered
 * @param requestBody the body as text
 * @param responseBody the answer as text (binary content is summarized)
 * @param retryKey the {@code X-Line-Retry-Key} header as sent, or null
 * @param at when it arrived
 */
public record Call(String requestId, FakeRequest.Host host, String method, String path, int status, String requestBody,
		String responseBody, String retryKey, Instant at) {
}
