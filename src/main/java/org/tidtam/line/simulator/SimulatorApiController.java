package org.tidtam.line.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The JSON API behind the simulator page: who can chat, act as one of them, read a chat's timeline,
 * and make LINE misbehave. JSON is written with Jackson 2, the LINE SDK's, so that message objects go
 * out exactly as the bot sent them.
 * <p>
 * {@code GET /personas}, {@code POST /personas} {@code {"name","role","groupName"}},
 * {@code POST /send} {@code {"personaId","where":"user|group","type","text","data","params",
 * "packageId","stickerId","title","address","latitude","longitude"}} → {@code {"status","chatId"}},
 * {@code GET /timeline?chatId=&after=} → {@code {"entries":[...]}}, {@code GET|POST /faults}
 * {@code {"endpoint","kind":"status|slow|lost|nonjson|clear","status","delayMs","times"}} →
 * {@code {"pending":[{"endpoint","kind","status"?,"delayMs"?,"remaining"}]}}.
 */
@RestController
@RequestMapping(path = "/simulator/api", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnLineSimulator
class SimulatorApiController {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Plays of a fault injected with {@code times} 0: more than any session makes. */
	static final int UNTIL_CLEARED = Integer.MAX_VALUE;

	private final ObjectProvider<FakeLinePlatform> platformProvider;

	private final ObjectProvider<SimulatorPersonas> personasProvider;

	private final byte[] testImage;

	/**
	 * Beans are looked up per request, so that a web slice test that scans every controller but has
	 * no simulator wiring still starts (and gets 404 here).
	 */
	SimulatorApiController(ObjectProvider<FakeLinePlatform> platform, ObjectProvider<SimulatorPersonas> personas) {
		this.platformProvider = platform;
		this.personasProvider = personas;
		try (InputStream in = new ClassPathResource("simulator/test-image.jpg").getInputStream()) {
			this.testImage = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("simulator/test-image.jpg missing from the classpath", ex);
		}
	}

	@GetMapping("/personas")
	String personas() {
		ArrayNode out = JSON.createArrayNode();
		cast().all().forEach((p) -> out.add(persona(p)));
		return write(out);
	}

	@PostMapping(path = "/personas", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> createPersona(@RequestBody byte[] body) {
		JsonNode in = read(body);
		try {
			SimulatorPersonas.Persona created = cast().create(text(in, "name"),
					(text(in, "role") != null) ? text(in, "role") : "citizen", text(in, "groupName"));
			return ResponseEntity.ok(write(persona(created)));
		}
		catch (IllegalArgumentException ex) {
			return badRequest(ex.getMessage());
		}
	}

	@PostMapping(path = "/send", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> send(@RequestBody byte[] body) {
		JsonNode in = read(body);
		SimulatorPersonas.Persona persona = cast().find(String.valueOf(text(in, "personaId"))).orElse(null);
		if (persona == null) {
			return badRequest("unknown personaId");
		}
		boolean inGroup = "group".equals(text(in, "where"));
		if (inGroup && persona.groupId() == null) {
			return badRequest("this persona is in no group");
		}
		Chat chat = inGroup ? Chat.group(persona.groupId(), persona.userId()) : Chat.user(persona.userId());
		String type = (text(in, "type") != null) ? text(in, "type") : "text";
		WebhookOutcome outcome;
		switch (type) {
			case "text" -> outcome = platform().text(chat, orEmpty(text(in, "text")));
			case "sticker" -> outcome = platform().sticker(chat, orDefault(text(in, "packageId"), "446"),
					orDefault(text(in, "stickerId"), "1988"));
			case "location" -> outcome = platform().location(chat, orDefault(text(in, "title"), "ตำแหน่งที่แจ้ง"),
					orDefault(text(in, "address"), ""), in.path("latitude").asDouble(13.7563),
					in.path("longitude").asDouble(100.5018));
			case "image" -> outcome = platform().image(chat, this.testImage, "image/jpeg");
			case "postback" -> {
				Map<String, String> params = new LinkedHashMap<>();
				in.path("params").fields().forEachRemaining((e) -> params.put(e.getKey(), e.getValue().asText()));
				outcome = platform().postback(chat, orEmpty(text(in, "data")), params, text(in, "text"));
			}
			case "follow" -> outcome = platform().follow(persona.userId());
			case "unfollow" -> outcome = platform().unfollow(persona.userId());
			case "join", "leave" -> {
				if (persona.groupId() == null) {
					return badRequest("this persona is in no group");
				}
				chat = Chat.group(persona.groupId(), persona.userId());
				outcome = "join".equals(type) ? platform().join(persona.groupId())
						: platform().leave(persona.groupId());
			}
			default -> {
				return badRequest("unknown type " + type);
			}
		}
		ObjectNode out = JSON.createObjectNode().put("status", outcome.status()).put("chatId", chat.chatId());
		if (!outcome.sent()) {
			out.put("delivered", false);
		}
		return ResponseEntity.ok(write(out));
	}

	@GetMapping("/timeline")
	String timeline(@RequestParam String chatId, @RequestParam(defaultValue = "0") long after) {
		ObjectNode out = JSON.createObjectNode();
		ArrayNode entries = out.putArray("entries");
		for (TimelineEntry entry : platform().timeline(chatId, after)) {
			ObjectNode e = entries.addObject();
			e.put("seq", entry.seq());
			e.put("at", entry.at().toString());
			e.put("from", entry.from());
			e.put("userId", entry.userId());
			e.put("displayName", entry.displayName());
			e.put("kind", entry.kind());
			e.put("text", entry.text());
			e.set("message", entry.message());
			e.put("via", entry.via());
			e.put("contentUrl", entry.contentUrl());
		}
		return write(out);
	}

	@GetMapping("/faults")
	String faults() {
		ObjectNode out = JSON.createObjectNode();
		ArrayNode pending = out.putArray("pending");
		for (FakeLinePlatform.PendingFault p : platform().pendingFaults()) {
			ObjectNode f = pending.addObject().put("endpoint", p.endpoint()).put("remaining", p.remaining());
			if (p.remaining() >= UNTIL_CLEARED / 2) {
				f.put("untilCleared", true);
			}
			if (p.fault() instanceof Fault.Status status) {
				f.put("kind", "status").put("status", status.status());
			}
			else if (p.fault() instanceof Fault.NonJson nonJson) {
				f.put("kind", "nonjson").put("status", nonJson.status());
			}
			else if (p.fault() instanceof Fault.Slow slow) {
				f.put("kind", "slow").put("delayMs", slow.delay().toMillis());
			}
			else {
				f.put("kind", "lost");
			}
		}
		return write(out);
	}

	@PostMapping(path = "/faults", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> injectFault(@RequestBody byte[] body) {
		JsonNode in = read(body);
		String kind = orDefault(text(in, "kind"), "status");
		String endpoint = orDefault(text(in, "endpoint"), "*");
		// the page's "0 = until cleared": played on every matching call until the page clears it
		int requested = in.path("times").asInt(1);
		int times = (requested <= 0) ? UNTIL_CLEARED : requested;
		int status = in.path("status").asInt(500);
		Fault fault;
		switch (kind) {
			case "clear" -> {
				platform().clearFaults();
				return ResponseEntity.ok(faults());
			}
			case "status" -> fault = Fault.status(status);
			case "slow" -> fault = Fault.slow(Duration.ofMillis(in.path("delayMs").asLong(11_000)));
			case "lost" -> fault = Fault.ACCEPTED_BUT_RESPONSE_LOST;
			case "nonjson" -> fault = Fault.nonJson(in.has("status") ? status : 502);
			default -> {
				return badRequest("unknown kind " + kind);
			}
		}
		platform().injectFault(endpoint, fault, times);
		return ResponseEntity.ok(faults());
	}

	private FakeLinePlatform platform() {
		return required(this.platformProvider.getIfAvailable());
	}

	private SimulatorPersonas cast() {
		return required(this.personasProvider.getIfAvailable());
	}

	private static <T> T required(T bean) {
		if (bean == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "LINE simulator not running");
		}
		return bean;
	}

	private static ObjectNode persona(SimulatorPersonas.Persona p) {
		return JSON.createObjectNode()
			.put("id", p.id())
			.put("name", p.name())
			.put("role", p.role())
			.put("userId", p.userId())
			.put("groupId", p.groupId())
			.put("groupName", p.groupName());
	}

	private static ResponseEntity<String> badRequest(String message) {
		return ResponseEntity.badRequest().body(write(JSON.createObjectNode().put("message", message)));
	}

	private static JsonNode read(byte[] body) {
		try {
			JsonNode node = JSON.readTree(body);
			return (node != null) ? node : JSON.createObjectNode();
		}
		catch (IOException ex) {
			return JSON.createObjectNode();
		}
	}

	private static String write(JsonNode node) {
		try {
			return JSON.writeValueAsString(node);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(JsonNode in, String field) {
		JsonNode value = in.get(field);
		return (value == null || value.isNull()) ? null : value.asText();
	}

	private static String orEmpty(String s) {
		return (s != null) ? s : "";
	}

	private static String orDefault(String s, String fallback) {
		return (s == null || s.isBlank()) ? fallback : s;
	}

}
