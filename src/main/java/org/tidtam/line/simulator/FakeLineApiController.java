package org.tidtam.line.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import org.tidtam.line.LineChannel;

/**
 * The fake LINE platform over HTTP inside the app (simulator mode): {@code /simulator/line-api/**}
 * is {@code api.line.me}, {@code /simulator/line-data/**} is {@code api-data.line.me}. Because the
 * LINE SDK drops an end point's path (its paths are absolute), requests that arrive as plain
 * {@code /v2/bot/**} are served too, the host told by the path (content and rich-menu images are
 * data-host paths). Also serves user content to the simulator page.
 */
@RestController
@ConditionalOnLineSimulator
class FakeLineApiController {

	private static final Pattern DATA_HOST_PATHS = Pattern
		.compile("/v2/bot/(message/[^/]+/content(/.*)?|richmenu/[^/]+/content|audienceGroup/upload/byFile.*)");

	private final ObjectProvider<FakeLinePlatform> platform;

	/**
	 * The platform is looked up per request, so that a web slice test that scans every controller
	 * but has no simulator wiring still starts (and gets 404 here).
	 */
	FakeLineApiController(ObjectProvider<FakeLinePlatform> platform) {
		this.platform = platform;
	}

	private FakeLinePlatform platform() {
		FakeLinePlatform platform = this.platform.getIfAvailable();
		if (platform == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "LINE simulator not running");
		}
		return platform;
	}

	@RequestMapping(LineChannel.SIMULATED_API_PATH + "/**")
	ResponseEntity<byte[]> api(HttpServletRequest request) throws IOException, InterruptedException {
		return serve(request, FakeRequest.Host.API, LineChannel.SIMULATED_API_PATH);
	}

	@RequestMapping(LineChannel.SIMULATED_DATA_PATH + "/**")
	ResponseEntity<byte[]> data(HttpServletRequest request) throws IOException, InterruptedException {
		return serve(request, FakeRequest.Host.DATA, LineChannel.SIMULATED_DATA_PATH);
	}

	@RequestMapping("/v2/bot/**")
	ResponseEntity<byte[]> unprefixed(HttpServletRequest request) throws IOException, InterruptedException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return serve(request, DATA_HOST_PATHS.matcher(path).matches() ? FakeRequest.Host.DATA : FakeRequest.Host.API,
				"");
	}

	/** A user's photo or file, for the simulator page to show. */
	@GetMapping("/simulator/content/{messageId}")
	ResponseEntity<byte[]> content(@PathVariable String messageId) {
		FakeLinePlatform.StoredContent content = platform().storedContent(messageId);
		if (content == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(content.bytes());
	}

	private ResponseEntity<byte[]> serve(HttpServletRequest request, FakeRequest.Host host, String prefix)
			throws IOException, InterruptedException {
		String path = request.getRequestURI().substring(request.getContextPath().length() + prefix.length());
		if (request.getQueryString() != null) {
			path = path + "?" + request.getQueryString();
		}
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.put(name, request.getHeader(name));
		}
		byte[] body = request.getInputStream().readAllBytes();
		FakeResponse response = platform().handle(new FakeRequest(host, request.getMethod(), path, headers, body));
		Duration delay = response.delay();
		if (!delay.isZero()) {
			// the "slow LINE" fault: hold the answer so the bot's client runs into its timeout
			Thread.sleep(delay.toMillis());
		}
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(response.status());
		response.headers().forEach(builder::header);
		if (response.contentType() != null) {
			builder.contentType(MediaType.parseMediaType(response.contentType()));
		}
		return builder.body(response.body());
	}

}
