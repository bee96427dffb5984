package org.tidtam.line.webhook;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * LINE's webhook. The body is read as raw bytes (the signature covers the exact bytes), checked with
 * the channel secret, every event is committed to the inbox, and only then does LINE get its 200:
 * nothing acknowledged can be lost. Handling happens later, off this thread.
 */
@RestController
class WebhookController {

	private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

	/** LINE's webhook bodies are far smaller; anything above this is not LINE. */
	static final int MAX_BODY_BYTES = 1024 * 1024;

	private final WebhookIntake intake;

	WebhookController(WebhookIntake intake) {
		this.intake = intake;
	}

	@PostMapping(path = "${line.bot.handler.path:/callback}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > MAX_BODY_BYTES) {
			return error(HttpStatus.PAYLOAD_TOO_LARGE, "body larger than 1 MB");
		}
		byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES);
		if (body == null) {
			return error(HttpStatus.PAYLOAD_TOO_LARGE, "body larger than 1 MB");
		}
		WebhookIntake.Outcome outcome = this.intake.accept(request.getHeader("x-line-signature"), body);
		return switch (outcome.status()) {
			// LINE reads only the status; an empty body needs no conversion
			case ACCEPTED -> ResponseEntity.ok().build();
			case BAD_SIGNATURE -> error(HttpStatus.BAD_REQUEST, "invalid signature");
			case MALFORMED -> error(HttpStatus.BAD_REQUEST, outcome.detail());
		};
	}

	private static ResponseEntity<String> error(HttpStatus status, String message) {
		log.warn("Webhook refused: {} ({})", status.value(), message);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "'") + "\"}");
	}

	/** Reads the whole body, or returns null as soon as it exceeds {@code max} bytes. */
	private static byte[] readAtMost(InputStream in, int max) throws IOException {
		byte[] bytes = in.readNBytes(max + 1);
		return bytes.length > max ? null : bytes;
	}

}
