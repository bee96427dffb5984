package org.tidtam.line.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.parser.LineSignatureValidator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Service;
import org.tidtam.line.LineChannel;

/**
 * Checks a webhook body's signature, splits it into events and commits each to the inbox, exactly
 * once: the inbox id is LINE's {@code webhookEventId}, so redeliveries and duplicates collide with
 * the first copy and are only counted.
 */
@Service
public class WebhookIntake {

	private static final Pattern BOT_USER_ID = Pattern.compile("U[0-9a-f]{32}");

	/** Event types the bot acts on; every other type is stored and ignored (LINE adds types without notice). */
	static final Set<String> HANDLED_TYPES = Set.of("message", "follow", "unfollow", "join", "leave", "memberJoined",
			"memberLeft", "postback", "unsend");

	public enum Status {

		ACCEPTED, BAD_SIGNATURE, MALFORMED

	}

	public record Outcome(Status status, String detail, List<String> stored) {

		static Outcome malformed(String detail) {
			return new Outcome(Status.MALFORMED, detail, List.of());
		}

	}

	private final LineSignatureValidator signatures;

	private final ObjectMapper json = new ObjectMapper();

	private final InboxWriter writer;

	private final InboxWorker worker;

	private final Clock clock;

	private final AtomicLong sequence;

	private final Counter received;

	private final Counter duplicates;

	private final Counter refused;

	private final Timer ackLatency;

	public WebhookIntake(LineChannel channel, InboxWriter writer, InboxWorker worker,
			Clock clock, MeterRegistry meters) {
		this.signatures = new LineSignatureValidator(channel.channelSecret().getBytes(StandardCharsets.UTF_8));
		this.writer = writer;
		this.worker = worker;
		this.clock = clock;
		this.sequence = new AtomicLong(clock.millis() * 1000);
		this.received = Counter.builder("tidtam.webhook.events.received")
			.description("Webhook events stored in the inbox (first copies)")
			.register(meters);
		this.duplicates = Counter.builder("tidtam.webhook.events.duplicate")
			.description("Redelivered or duplicate webhook events, stored once and not handled again")
			.register(meters);
		this.refused = Counter.builder("tidtam.webhook.requests.refused")
			.description("Webhook requests refused: bad signature, malformed body")
			.register(meters);
		this.ackLatency = Timer.builder("tidtam.webhook.ack.latency")
			.description("Time from receiving a webhook body to acknowledging it (stored and committed)")
			.publishPercentiles(0.5, 0.99)
			.register(meters);
	}

	public Outcome accept(String signature, byte[] body) {
		long started = System.nanoTime();
		if (!validSignature(signature, body)) {
			this.refused.increment();
			return new Outcome(Status.BAD_SIGNATURE, "invalid signature", List.of());
		}
		JsonNode root;
		try {
			root = this.json.readTree(body);
		}
		catch (java.io.IOException e) {
			this.refused.increment();
			return Outcome.malformed("body is not JSON");
		}
		if (root == null || !root.isObject() || !root.path("events").isArray()) {
			this.refused.increment();
			return Outcome.malformed("body has no events array");
		}
		if (!BOT_USER_ID.matcher(root.path("destination").asText("")).matches()) {
			this.refused.increment();
			return Outcome.malformed("destination is not a bot user id");
		}
		List<InboxEvent> events = new ArrayList<>();
		for (JsonNode node : root.path("events")) {
			if (!node.isObject() || !node.path("type").isTextual()) {
				this.refused.increment();
				return Outcome.malformed("an event has no type");
			}
			events.add(toInboxEvent(node));
		}
		// those the worker can take whole are stored already claimed and handed straight to it below
		this.worker.claim(events);
		// a 200 promises LINE we have the events: the writer returns once they are committed
		List<InboxEvent> firstCopies = events.isEmpty() ? List.of() : this.writer.write(events);
		this.received.increment(firstCopies.size());
		this.duplicates.increment(events.size() - firstCopies.size());
		List<InboxEvent> stored = firstCopies.stream().filter(e -> e.getState() != InboxEvent.State.IGNORED).toList();
		this.ackLatency.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
		if (!stored.isEmpty()) {
			this.worker.submit(stored);
		}
		return new Outcome(Status.ACCEPTED, null, stored.stream().map(InboxEvent::getId).toList());
	}

	private boolean validSignature(String signature, byte[] body) {
		if (signature == null || signature.isBlank()) {
			return false;
		}
		try {
			return this.signatures.validateSignature(body, signature.strip());
		}
		catch (IllegalArgumentException e) {
			// not even base64
			return false;
		}
	}

	private InboxEvent toInboxEvent(JsonNode node) {
		Instant now = this.clock.instant();
		InboxEvent event = new InboxEvent();
		String compact = node.toString();
		String id = node.path("webhookEventId").asText("");
		event.setId(id.isBlank() ? "sha256:" + sha256(compact) : id);
		event.setType(node.path("type").asText());
		event.setMode(node.path("mode").asText("active"));
		JsonNode source = node.path("source");
		String sourceType = source.path("type").asText("");
		String chatId = switch (sourceType) {
			case "group" -> source.path("groupId").asText(null);
			case "room" -> source.path("roomId").asText(null);
			default -> source.path("userId").asText(null);
		};
		event.setChatKey(chatId == null ? "none" : (sourceType.isEmpty() ? "user" : sourceType) + ":" + chatId);
		event.setUserId(source.path("userId").asText(null));
		event.setReplyToken(node.path("replyToken").asText(null));
		event.setMessageType(node.path("message").path("type").asText(null));
		event.setEventTimestamp(node.path("timestamp").asLong(now.toEpochMilli()));
		event.setRedelivery(node.path("deliveryContext").path("isRedelivery").asBoolean(false));
		event.setReceivedAt(now);
		event.setSequence(this.sequence.incrementAndGet());
		event.setPayload(compact);
		event.setPersonalData("user".equals(sourceType));
		event.setNextAttemptAt(now);
		boolean standby = "standby".equals(event.getMode());
		if (standby || !HANDLED_TYPES.contains(event.getType())) {
			// standby: another channel owns the chat and we must stay silent; unknown: LINE added a type
			event.setState(InboxEvent.State.IGNORED);
			event.setLastError(standby ? "standby mode: never answered" : "event type not handled");
		}
		return event;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
