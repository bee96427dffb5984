package org.tidtam.line.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tidtam.line.limits.LineLimits;
import org.tidtam.line.limits.LineOpenApiValidator;
import org.tidtam.line.limits.Violation;

/**
 * A fake LINE platform that behaves like LINE where the bot can tell (LINE-PLATFORM.md §11): the
 * Messaging API (reply tokens single use and expiring, retry keys with 409, LINE's validation and
 * limits, profiles, groups, loading animation, quota, content with 202/404/410), fault injection, and
 * the users' side: signed webhooks in LINE's current shape. Used inside the app as the LINE simulator,
 * behind MockWebServer in tests, and directly in unit tests.
 * <p>
 * No framework types: HTTP adapters convert to {@link FakeRequest} and from {@link FakeResponse}.
 * Thread-safe; webhooks are posted outside the lock because the bot may call back (reply) while it
 * handles them. Records are capped ({@value #MAX_RECORDS} each) so a long-running simulator does not
 * grow without bound.
 */
public final class FakeLinePlatform {

	/** The bot's name in mentions and bot info. */
	public static final String BOT_DISPLAY_NAME = "ติดตาม";

	static final int MAX_RECORDS = 10_000;

	static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

	private static final Duration RETRY_KEY_TTL = Duration.ofHours(24);

	/** A redelivered event's reply token works at most this long after the event (§3.1). */
	private static final Duration REDELIVERED_TOKEN_CAP = Duration.ofMinutes(20);

	private static final Pattern CHAT_ID = Pattern.compile("[UCR][0-9a-f]{32}");

	private static final Pattern USER_ID = Pattern.compile("U[0-9a-f]{32}");

	private static final Pattern PROFILE = Pattern.compile("/v2/bot/profile/([^/]+)");

	private static final Pattern GROUP_MEMBER = Pattern.compile("/v2/bot/group/([^/]+)/member/([^/]+)");

	private static final Pattern GROUP_SUMMARY = Pattern.compile("/v2/bot/group/([^/]+)/summary");

	private static final Pattern GROUP_COUNT = Pattern.compile("/v2/bot/group/([^/]+)/members/count");

	private static final Pattern CONTENT = Pattern.compile("/v2/bot/message/([^/]+)/content(/transcoding|/preview)?");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * @param channelSecret signs webhooks
	 * @param channelToken the only bearer token accepted
	 * @param botUserId {@code destination} of webhooks, the bot's own user id
	 * @param replyTokenTtl how long a reply token works after its webhook (LINE: 1 minute)
	 * @param validator LINE's OpenAPI description; null to check LINE's limits only
	 */
	public record Settings(String channelSecret, String channelToken, String botUserId, Duration replyTokenTtl,
			LineOpenApiValidator validator) {

		public Settings {
			Objects.requireNonNull(channelSecret, "channelSecret");
			Objects.requireNonNull(channelToken, "channelToken");
			Objects.requireNonNull(botUserId, "botUserId");
			Objects.requireNonNull(replyTokenTtl, "replyTokenTtl");
		}

		/** A random bot user id, LINE's one-minute reply tokens, no spec validation. */
		public static Settings defaults(String channelSecret, String channelToken) {
			return new Settings(channelSecret, channelToken, randomId("U"), Duration.ofSeconds(60), null);
		}

		public Settings withValidator(LineOpenApiValidator validator) {
			return new Settings(this.channelSecret, this.channelToken, this.botUserId, this.replyTokenTtl, validator);
		}

		public Settings withReplyTokenTtl(Duration ttl) {
			return new Settings(this.channelSecret, this.channelToken, this.botUserId, ttl, this.validator);
		}

		public Settings withBotUserId(String botUserId) {
			return new Settings(this.channelSecret, this.channelToken, botUserId, this.replyTokenTtl, this.validator);
		}

	}

	private final Settings settings;

	private final Clock clock;

	private final Object lock = new Object();

	private final Map<String, User> users = new LinkedHashMap<>();

	private final Map<String, Group> groups = new LinkedHashMap<>();

	private final Map<String, Content> contents = new LinkedHashMap<>();

	private final Map<String, ReplyToken> replyTokens = new LinkedHashMap<>();

	private final Map<UUID, Accepted> retryKeys = new LinkedHashMap<>();

	private final Set<String> markAsReadTokens = new LinkedHashSet<>();

	private final Map<String, ObjectNode> webhookEvents = new LinkedHashMap<>();

	private final Deque<Sent> sent = new ArrayDeque<>();

	private final Deque<Call> calls = new ArrayDeque<>();

	private final Deque<ChatEntry> timeline = new ArrayDeque<>();

	private final List<FaultSlot> faults = new ArrayList<>();

	private final Map<String, RateBucket> rateLimits = new LinkedHashMap<>();

	private long seq;

	private long nextMessageId = 600_000_000_000_000_000L;

	private long quotaUsed;

	private Long monthlyQuota;

	private volatile WebhookTransport transport;

	private volatile RandomFault randomFault;

	public FakeLinePlatform(Settings settings, Clock clock) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	public Settings settings() {
		return this.settings;
	}

	public String botUserId() {
		return this.settings.botUserId();
	}

	// ---------------------------------------------------------------- API side

	/** Answers one request to LINE's API or data host, as LINE would. */
	public FakeResponse handle(FakeRequest request) {
		String requestId = UUID.randomUUID().toString();
		String retryKey = request.header("X-Line-Retry-Key");
		FakeResponse response;
		synchronized (this.lock) {
			response = handleLocked(request, requestId, retryKey);
			response = response.withHeader("x-line-request-id", requestId);
			String type = response.contentType();
			String responseText = (type == null || type.startsWith(FakeResponse.JSON) || type.startsWith("text/"))
					? response.bodyText() : "(" + response.body().length + " bytes " + type + ")";
			add(this.calls, new Call(requestId, request.host(), request.method(), request.path(), response.status(),
					request.bodyText(), responseText, retryKey, now()));
		}
		return response;
	}

	private FakeResponse handleLocked(FakeRequest request, String requestId, String retryKey) {
		String authorization = request.header("Authorization");
		if (authorization == null || !authorization.equals("Bearer " + this.settings.channelToken())) {
			return error(401, "Authentication failed due to the following reason: "
					+ ((authorization == null) ? "no token. Confirm that the access token in the authorization header is valid."
							: "invalid token. Confirm that the access token in the authorization header is valid."));
		}
		if (request.body().length > MAX_BODY_BYTES) {
			return error(413, "Request Entity Too Large");
		}
		String path = request.pathOnly();
		String method = request.method().toUpperCase(java.util.Locale.ROOT);
		String endpoint = endpointOf(request.host(), method, path);
		RateBucket bucket = this.rateLimits.get(endpoint);
		if (bucket != null && !bucket.tryTake(now())) {
			return error(429, "The API rate limit has been exceeded. Try again later.");
		}
		Fault fault = takeFault(endpoint);
		if (fault instanceof Fault.Status status) {
			return error(status.status(), status.message());
		}
		if (fault instanceof Fault.NonJson nonJson) {
			return new FakeResponse(nonJson.status(), Map.of(), "text/html",
					nonJson.body().getBytes(StandardCharsets.UTF_8), Duration.ZERO);
		}
		FakeResponse response = route(request, method, path, endpoint, requestId, retryKey);
		if (fault instanceof Fault.Slow slow) {
			response = response.withDelay(slow.delay());
		}
		if (fault instanceof Fault.ResponseLost && response.status() < 300) {
			response = error(500, "An error occurred in the API server");
		}
		return response;
	}

	private FakeResponse route(FakeRequest request, String method, String path, String endpoint, String requestId,
			String retryKey) {
		boolean retryable = Set.of("push", "multicast", "broadcast", "narrowcast").contains(endpoint);
		if (retryKey != null && !retryable) {
			return error(400, "X-Line-Retry-Key is not supported for this API");
		}
		if (request.host() == FakeRequest.Host.DATA) {
			Matcher content = CONTENT.matcher(path);
			if ("GET".equals(method) && content.matches()) {
				return content(content.group(1), content.group(2));
			}
			return notFound();
		}
		if ("POST".equals(method)) {
			switch (path) {
				case "/v2/bot/message/reply":
				case "/v2/bot/message/push":
				case "/v2/bot/message/multicast":
				case "/v2/bot/message/broadcast":
					return send(request, endpoint, requestId, retryKey);
				case "/v2/bot/chat/loading/start":
					return loading(request);
				case "/v2/bot/chat/markAsRead":
					return markAsRead(request);
				default:
					return notFound();
			}
		}
		if (!"GET".equals(method)) {
			return notFound();
		}
		Matcher m;
		if ((m = PROFILE.matcher(path)).matches()) {
			User user = this.users.get(m.group(1));
			return (user == null || user.blocked) ? notFound() : ok(profile(user));
		}
		if ((m = GROUP_MEMBER.matcher(path)).matches()) {
			Group group = this.groups.get(m.group(1));
			User user = this.users.get(m.group(2));
			// a member's profile works regardless of friendship or block (§5)
			return (group == null || !group.botIn || user == null || !group.members.contains(user.userId)) ? notFound()
					: ok(profile(user));
		}
		if ((m = GROUP_SUMMARY.matcher(path)).matches()) {
			Group group = this.groups.get(m.group(1));
			if (group == null || !group.botIn) {
				return notFound();
			}
			ObjectNode summary = JSON.createObjectNode().put("groupId", group.groupId).put("groupName", group.name);
			return ok(summary);
		}
		if ((m = GROUP_COUNT.matcher(path)).matches()) {
			Group group = this.groups.get(m.group(1));
			return (group == null || !group.botIn) ? notFound()
					: ok(JSON.createObjectNode().put("count", group.members.size()));
		}
		switch (path) {
			case "/v2/bot/info":
				return ok(JSON.createObjectNode()
					.put("userId", this.settings.botUserId())
					.put("basicId", "@tidtam")
					.put("displayName", BOT_DISPLAY_NAME)
					.put("chatMode", "bot")
					.put("markAsReadMode", "manual"));
			case "/v2/bot/message/quota":
				return ok((this.monthlyQuota == null) ? JSON.createObjectNode().put("type", "none")
						: JSON.createObjectNode().put("type", "limited").put("value", this.monthlyQuota));
			case "/v2/bot/message/quota/consumption":
				return ok(JSON.createObjectNode().put("totalUsage", this.quotaUsed));
			default:
				return notFound();
		}
	}

	private FakeResponse send(FakeRequest request, String endpoint, String requestId, String retryKey) {
		UUID key = null;
		if (retryKey != null) {
			try {
				key = UUID.fromString(retryKey);
				if (!key.toString().equalsIgnoreCase(retryKey)) {
					throw new IllegalArgumentException(retryKey);
				}
			}
			catch (IllegalArgumentException ex) {
				return violations(List.of(new Violation("X-Line-Retry-Key", "Must be a UUID")));
			}
		}
		JsonNode body;
		try {
			body = parse(request.body());
		}
		catch (JsonProcessingException ex) {
			JsonLocation location = ex.getLocation();
			return error(400, "The request body could not be parsed as JSON (line: "
					+ ((location != null) ? location.getLineNr() : 1) + ", column: "
					+ ((location != null) ? location.getColumnNr() : 1) + ")");
		}
		List<Violation> violations = new ArrayList<>();
		if (this.settings.validator() != null) {
			violations.addAll(this.settings.validator().validate("POST", request.path(), request.bodyText(), retryKey));
		}
		for (Violation violation : LineLimits.check(endpoint, body)) {
			if (!violations.contains(violation)) {
				violations.add(violation);
			}
		}
		if (violations.isEmpty()) {
			violations.addAll(recipientViolations(endpoint, body));
		}
		if (!violations.isEmpty()) {
			return violations(violations);
		}
		Instant now = now();
		if (key != null) {
			expireRetryKeys(now);
			Accepted earlier = this.retryKeys.get(key);
			if (earlier != null) {
				ObjectNode conflict = JSON.createObjectNode().put("message", "The retry key is already accepted");
				if ("push".equals(endpoint)) {
					conflict.set("sentMessages", earlier.sentMessages.deepCopy());
				}
				return json(409, conflict).withHeader("x-line-accepted-request-id", earlier.requestId);
			}
		}
		List<String> to;
		switch (endpoint) {
			case "reply" -> {
				String token = body.path("replyToken").asText("");
				ReplyToken replyToken = this.replyTokens.get(token);
				if (replyToken == null || replyToken.used || !now.isBefore(replyToken.expiresAt)) {
					return error(400, "Invalid reply token");
				}
				replyToken.used = true;
				to = List.of(replyToken.chatId);
			}
			case "push" -> to = List.of(body.path("to").asText());
			case "multicast" -> {
				List<String> ids = new ArrayList<>();
				body.path("to").forEach((id) -> ids.add(id.asText()));
				to = ids;
			}
			default -> to = this.users.values().stream().filter((u) -> u.friend && !u.blocked).map((u) -> u.userId).toList();
		}
		JsonNode messages = body.path("messages");
		if (!"reply".equals(endpoint)) {
			long cost = (long) deliverableRecipients(to) * messages.size();
			if (this.monthlyQuota != null && this.quotaUsed + cost > this.monthlyQuota) {
				return error(429, "You have reached your monthly limit.");
			}
			this.quotaUsed += cost;
		}
		ArrayNode sentMessages = JSON.createArrayNode();
		for (int i = 0; i < messages.size(); i++) {
			ObjectNode item = sentMessages.addObject().put("id", Long.toString(this.nextMessageId++));
			item.put("quoteToken", randomToken(11));
		}
		add(this.sent, new Sent(requestId, endpoint, to, messages.deepCopy(), key, now));
		for (String chatId : to) {
			for (JsonNode message : messages) {
				String text = message.has("text") ? message.get("text").asText() : message.path("altText").asText(null);
				addTimeline(chatId, "bot", null, message.path("type").asText(), text, message.deepCopy(), endpoint, null);
			}
		}
		if (key != null) {
			this.retryKeys.put(key, new Accepted(requestId, sentMessages, now));
		}
		if ("reply".equals(endpoint) || "push".equals(endpoint)) {
			ObjectNode ok = JSON.createObjectNode();
			ok.set("sentMessages", sentMessages);
			return ok(ok);
		}
		return ok(JSON.createObjectNode());
	}

	/** What LINE checks about recipients beyond the spec: id formats, users only in a multicast. */
	private List<Violation> recipientViolations(String endpoint, JsonNode body) {
		List<Violation> out = new ArrayList<>();
		if ("push".equals(endpoint) && !CHAT_ID.matcher(body.path("to").asText("")).matches()) {
			out.add(new Violation("to", "The property, 'to', in the request body is invalid"));
		}
		if ("multicast".equals(endpoint)) {
			JsonNode to = body.path("to");
			for (int i = 0; i < to.size(); i++) {
				if (!USER_ID.matcher(to.get(i).asText("")).matches()) {
					out.add(new Violation("to[" + i + "]", "Must be a user id (U + 32 hex); groups and rooms are not allowed"));
				}
			}
		}
		return out;
	}

	/** LINE bills a push per recipient who gets it: friends, group members; blocked users are free. */
	private int deliverableRecipients(List<String> to) {
		int count = 0;
		for (String id : to) {
			Group group = this.groups.get(id);
			if (group != null) {
				count += group.members.size();
			}
			else {
				User user = this.users.get(id);
				if (user != null && !user.blocked) {
					count++;
				}
			}
		}
		return count;
	}

	private FakeResponse loading(FakeRequest request) {
		JsonNode body;
		try {
			body = parse(request.body());
		}
		catch (JsonProcessingException ex) {
			return error(400, "The request body could not be parsed as JSON (line: 1, column: 1)");
		}
		List<Violation> violations = new ArrayList<>();
		if (this.settings.validator() != null) {
			violations.addAll(this.settings.validator().validate("POST", request.path(), request.bodyText()));
		}
		for (Violation violation : LineLimits.checkLoading(body)) {
			if (!violations.contains(violation)) {
				violations.add(violation);
			}
		}
		String chatId = body.path("chatId").asText("");
		if (violations.isEmpty() && !USER_ID.matcher(chatId).matches()) {
			// only 1:1 chats show a loading animation (§7)
			violations.add(new Violation("chatId", "The property, 'chatId', in the request body is invalid"));
		}
		if (!violations.isEmpty()) {
			return violations(violations);
		}
		addTimeline(chatId, "bot", null, "loading", Integer.toString(body.path("loadingSeconds").asInt(20)), null,
				"loading", null);
		return json(202, JSON.createObjectNode());
	}

	private FakeResponse markAsRead(FakeRequest request) {
		JsonNode body;
		try {
			body = parse(request.body());
		}
		catch (JsonProcessingException ex) {
			return error(400, "The request body could not be parsed as JSON (line: 1, column: 1)");
		}
		if (!this.markAsReadTokens.contains(body.path("markAsReadToken").asText(""))) {
			return violations(List.of(new Violation("markAsReadToken", "Invalid markAsReadToken")));
		}
		return ok(JSON.createObjectNode());
	}

	private FakeResponse content(String messageId, String suffix) {
		Content content = this.contents.get(messageId);
		if (content == null) {
			return notFound();
		}
		if (content.expired) {
			return error(410, "Gone");
		}
		if ("/transcoding".equals(suffix)) {
			String status = (content.pollsBeforeReady > 0) ? "processing" : "succeeded";
			if (content.pollsBeforeReady > 0) {
				content.pollsBeforeReady--;
			}
			return ok(JSON.createObjectNode().put("status", status));
		}
		if (content.pollsBeforeReady > 0) {
			content.pollsBeforeReady--;
			return new FakeResponse(202, Map.of(), null, null, Duration.ZERO);
		}
		return new FakeResponse(200, Map.of(), content.contentType, content.bytes.clone(), Duration.ZERO);
	}

	// ---------------------------------------------------------------- faults

	/**
	 * Plays {@code fault} on the next {@code times} calls to {@code endpoint}: {@code reply},
	 * {@code push}, {@code multicast}, {@code broadcast}, {@code loading}, {@code content},
	 * {@code profile} (profiles and group member profiles) or {@code *} (any call). Faults queue in the
	 * order injected.
	 */
	public void injectFault(String endpoint, Fault fault, int times) {
		Objects.requireNonNull(endpoint, "endpoint");
		Objects.requireNonNull(fault, "fault");
		if (times < 1) {
			throw new IllegalArgumentException("times must be at least 1");
		}
		synchronized (this.lock) {
			this.faults.add(new FaultSlot(endpoint, fault, times));
		}
	}

	/**
	 * LINE's per-endpoint token bucket (§1.3): at most {@code requestsPerSecond} calls per second of the
	 * platform clock, then 429. Off by default (LINE's limits are far above what tests send); 0 or less
	 * turns it off again. Endpoints as for {@link #injectFault}.
	 */
	public void setRateLimit(String endpoint, int requestsPerSecond) {
		synchronized (this.lock) {
			if (requestsPerSecond <= 0) {
				this.rateLimits.remove(endpoint);
			}
			else {
				this.rateLimits.put(endpoint, new RateBucket(requestsPerSecond, now()));
			}
		}
	}

	/**
	 * Plays {@code fault} on a share {@code rate} (0–1) of calls to {@code endpoint}, chosen by a seeded
	 * random sequence so a run can be repeated; {@link #clearFaults()} stops it. For the benchmarks'
	 * "30 % injected 5xx".
	 */
	public void injectRandomFaults(String endpoint, Fault fault, double rate, long seed) {
		synchronized (this.lock) {
			this.randomFault = new RandomFault(endpoint, fault, rate, new java.util.Random(seed));
		}
	}

	public void clearFaults() {
		synchronized (this.lock) {
			this.faults.clear();
			this.randomFault = null;
		}
	}

	/** A fault still waiting to be played. */
	public record PendingFault(String endpoint, Fault fault, int remaining) {
	}

	/** Faults still waiting, in the order they will play: for tests and the simulator page. */
	public List<PendingFault> pendingFaults() {
		synchronized (this.lock) {
			return this.faults.stream().map((f) -> new PendingFault(f.endpoint, f.fault, f.remaining)).toList();
		}
	}

	private record RandomFault(String endpoint, Fault fault, double rate, java.util.Random random) {
	}

	private Fault takeFault(String endpoint) {
		RandomFault random = this.randomFault;
		if (random != null && (random.endpoint().equals("*") || random.endpoint().equals(endpoint))
				&& random.random().nextDouble() < random.rate()) {
			return random.fault();
		}
		Iterator<FaultSlot> it = this.faults.iterator();
		while (it.hasNext()) {
			FaultSlot slot = it.next();
			if (slot.endpoint.equals("*") || slot.endpoint.equals(endpoint)) {
				slot.remaining--;
				if (slot.remaining <= 0) {
					it.remove();
				}
				return slot.fault;
			}
		}
		return null;
	}

	private static String endpointOf(FakeRequest.Host host, String method, String path) {
		if (host == FakeRequest.Host.DATA) {
			return CONTENT.matcher(path).matches() ? "content" : "data";
		}
		switch (path) {
			case "/v2/bot/message/reply":
				return "reply";
			case "/v2/bot/message/push":
				return "push";
			case "/v2/bot/message/multicast":
				return "multicast";
			case "/v2/bot/message/broadcast":
				return "broadcast";
			case "/v2/bot/message/narrowcast":
				return "narrowcast";
			case "/v2/bot/chat/loading/start":
				return "loading";
			case "/v2/bot/chat/markAsRead":
				return "markAsRead";
			default:
		}
		if (PROFILE.matcher(path).matches() || GROUP_MEMBER.matcher(path).matches()) {
			return "profile";
		}
		return "other";
	}

	// ---------------------------------------------------------------- inspection

	/** Every accepted send, oldest first. */
	public List<Sent> sent() {
		synchronized (this.lock) {
			return List.copyOf(this.sent);
		}
	}

	/** Accepted sends that reached {@code chatId} (a user, group or room id). */
	public List<Sent> sentTo(String chatId) {
		synchronized (this.lock) {
			return this.sent.stream().filter((s) -> s.to().contains(chatId)).toList();
		}
	}

	/** Every request received, rejected ones included, oldest first. */
	public List<Call> calls() {
		synchronized (this.lock) {
			return List.copyOf(this.calls);
		}
	}

	/** Forgets sends, calls, timeline, reply tokens, retry keys, faults and quota use; keeps users, groups, content. */
	public void reset() {
		synchronized (this.lock) {
			this.sent.clear();
			this.calls.clear();
			this.timeline.clear();
			this.replyTokens.clear();
			this.retryKeys.clear();
			this.faults.clear();
			this.randomFault = null;
			this.webhookEvents.clear();
			this.markAsReadTokens.clear();
			this.quotaUsed = 0;
		}
	}

	/** Sets a monthly message quota (null: unlimited); pushes beyond it get LINE's 429. */
	public void setMonthlyQuota(Long quota) {
		synchronized (this.lock) {
			this.monthlyQuota = quota;
		}
	}

	/** What happened in one chat (user id, group id) after {@code afterSeq}, oldest first. */
	public List<TimelineEntry> timeline(String chatId, long afterSeq) {
		synchronized (this.lock) {
			return this.timeline.stream()
				.filter((e) -> e.chatId.equals(chatId) && e.entry.seq() > afterSeq)
				.map((e) -> e.entry)
				.toList();
		}
	}

	// ---------------------------------------------------------------- users, groups, content

	/** A user who is the bot's friend (follow state), with a profile. */
	public void putUser(String userId, String displayName, String pictureUrl) {
		synchronized (this.lock) {
			User user = this.users.computeIfAbsent(userId, User::new);
			user.displayName = displayName;
			user.pictureUrl = pictureUrl;
			user.friend = true;
			user.blocked = false;
		}
	}

	/** The user blocked the bot: profile 404, pushes not delivered (nor billed). */
	public void blockUser(String userId) {
		synchronized (this.lock) {
			User user = this.users.computeIfAbsent(userId, User::new);
			user.blocked = true;
		}
	}

	/** A group the bot is in. */
	public void putGroup(String groupId, String name) {
		synchronized (this.lock) {
			Group group = this.groups.computeIfAbsent(groupId, Group::new);
			group.name = name;
			group.botIn = true;
		}
	}

	public void addGroupMember(String groupId, String userId) {
		synchronized (this.lock) {
			Group group = this.groups.computeIfAbsent(groupId, Group::new);
			group.members.add(userId);
		}
	}

	/** The display name of a known user, or null. */
	public String displayName(String userId) {
		synchronized (this.lock) {
			User user = this.users.get(userId);
			return (user != null) ? user.displayName : null;
		}
	}

	/** The name of a known group, or null. */
	public String groupName(String groupId) {
		synchronized (this.lock) {
			Group group = this.groups.get(groupId);
			return (group != null) ? group.name : null;
		}
	}

	public void putContent(String messageId, byte[] bytes, String contentType) {
		putPreparingContent(messageId, bytes, contentType, 0);
	}

	/** Content that answers 202 (and transcoding "processing") for the first {@code pollsBeforeReady} polls. */
	public void putPreparingContent(String messageId, byte[] bytes, String contentType, int pollsBeforeReady) {
		synchronized (this.lock) {
			this.contents.put(messageId, new Content(bytes.clone(), contentType, pollsBeforeReady));
		}
	}

	/** LINE deleted it: 410 from now on. */
	public void expireContent(String messageId) {
		synchronized (this.lock) {
			Content content = this.contents.get(messageId);
			if (content != null) {
				content.expired = true;
			}
		}
	}

	/** Stored content for the simulator page (ignores 202/410 states), or null. */
	public StoredContent storedContent(String messageId) {
		synchronized (this.lock) {
			Content content = this.contents.get(messageId);
			return (content != null) ? new StoredContent(content.bytes.clone(), content.contentType) : null;
		}
	}

	/** Bytes and media type of stored content. */
	public record StoredContent(byte[] bytes, String contentType) {
	}

	/** A fresh reply token for a chat, as a replyable webhook event would carry. */
	public String issueReplyToken(String chatId) {
		synchronized (this.lock) {
			return newReplyToken(chatId, now());
		}
	}

	private String newReplyToken(String chatId, Instant eventTime) {
		String token = HexFormat.of().formatHex(randomBytes(16));
		this.replyTokens.put(token, new ReplyToken(chatId, eventTime, eventTime.plus(this.settings.replyTokenTtl())));
		if (this.replyTokens.size() > MAX_RECORDS) {
			Iterator<String> it = this.replyTokens.keySet().iterator();
			it.next();
			it.remove();
		}
		return token;
	}

	// ---------------------------------------------------------------- users' side: webhooks

	/** Posts webhooks to this URL over HTTP like LINE (2 s timeout). */
	public void setWebhook(URI url) {
		this.transport = httpTransport(url);
	}

	/** Delivers webhooks through {@code transport} (MockMvc, a direct call …). */
	public void setWebhookTransport(WebhookTransport transport) {
		this.transport = transport;
	}

	/** A user sends a text message. */
	public WebhookOutcome text(Chat chat, String text) {
		return userMessage(chat, "text", text, (message) -> message.put("text", text), "active");
	}

	/** A user sends a text that starts with a mention of the bot ({@code isSelf: true}), as in groups. */
	public WebhookOutcome textMentioningBot(Chat chat, String text) {
		String mention = "@" + BOT_DISPLAY_NAME;
		String full = mention + " " + text;
		return userMessage(chat, "text", full, (message) -> {
			message.put("text", full);
			ObjectNode mentionee = message.putObject("mention").putArray("mentionees").addObject();
			mentionee.put("index", 0)
				.put("length", mention.length())
				.put("type", "user")
				.put("userId", this.settings.botUserId())
				.put("isSelf", true);
		}, "active");
	}

	/** A text sent while another module owns the chat ({@code mode: standby}): no reply token. */
	public WebhookOutcome standbyText(Chat chat, String text) {
		return userMessage(chat, "text", text, (message) -> message.put("text", text), "standby");
	}

	public WebhookOutcome sticker(Chat chat, String packageId, String stickerId) {
		return userMessage(chat, "sticker", null, (message) -> message.put("stickerId", stickerId)
			.put("packageId", packageId)
			.put("stickerResourceType", "STATIC"), "active");
	}

	public WebhookOutcome location(Chat chat, String title, String address, double latitude, double longitude) {
		return userMessage(chat, "location", title, (message) -> message.put("title", title)
			.put("address", address)
			.put("latitude", latitude)
			.put("longitude", longitude), "active");
	}

	/** A photo from the user's phone: stored as content (provider {@code line}) under the new message id. */
	public WebhookOutcome image(Chat chat, byte[] bytes, String contentType) {
		return userMessage(chat, "image", null, (message) -> {
			putContent(message.get("id").asText(), bytes, contentType);
			message.putObject("contentProvider").put("type", "line");
		}, "active");
	}

	/** A video LINE is still preparing: its content answers 202 for the first {@code pollsBeforeReady} polls. */
	public WebhookOutcome video(Chat chat, byte[] bytes, String contentType, int pollsBeforeReady) {
		return userMessage(chat, "video", null, (message) -> {
			putPreparingContent(message.get("id").asText(), bytes, contentType, pollsBeforeReady);
			message.put("duration", 10000).putObject("contentProvider").put("type", "line");
		}, "active");
	}

	/** A photo whose content LINE no longer has (the bot fetched it too late): 404 on download. */
	public WebhookOutcome imageGone(Chat chat) {
		return userMessage(chat, "image", null, (message) -> message.putObject("contentProvider").put("type", "line"),
				"active");
	}

	public WebhookOutcome file(Chat chat, String fileName, byte[] bytes, String contentType) {
		return userMessage(chat, "file", fileName, (message) -> {
			putContent(message.get("id").asText(), bytes, contentType);
			message.put("fileName", fileName).put("fileSize", bytes.length);
		}, "active");
	}

	/** The user tapped a postback action; {@code params} as a datetime picker gives them (may be null). */
	public WebhookOutcome postback(Chat chat, String data, Map<String, String> params) {
		return postback(chat, data, params, null);
	}

	/**
	 * The user tapped a postback action whose {@code displayText} (may be null) LINE shows in the chat as the
	 * user's own message; the webhook carries only the data. The timeline keeps the shown text, as the chat does.
	 */
	public WebhookOutcome postback(Chat chat, String data, Map<String, String> params, String displayText) {
		Prepared prepared;
		synchronized (this.lock) {
			ObjectNode event = event("postback", chat, true, "active", true);
			ObjectNode postback = event.putObject("postback").put("data", data);
			if (params != null && !params.isEmpty()) {
				ObjectNode p = postback.putObject("params");
				params.forEach(p::put);
			}
			userEntry(chat, "postback", (displayText == null || displayText.isBlank()) ? null : displayText, postback,
					null);
			if (botLeft(chat)) {
				return WebhookOutcome.notSent();
			}
			prepared = prepare(List.of(event));
		}
		return post(prepared);
	}

	/** The user adds the bot as a friend, or unblocks it ({@code isUnblocked} then true). */
	public WebhookOutcome follow(String userId) {
		Prepared prepared;
		synchronized (this.lock) {
			prepared = prepare(List.of(followEventLocked(userId)));
		}
		return post(prepared);
	}

	/** The user blocks the bot. */
	public WebhookOutcome unfollow(String userId) {
		Prepared prepared;
		synchronized (this.lock) {
			User user = this.users.computeIfAbsent(userId, User::new);
			user.blocked = true;
			Chat chat = Chat.user(userId);
			ObjectNode event = event("unfollow", chat, false, "active", false);
			userEntry(chat, "unfollow", null, null, null);
			prepared = prepare(List.of(event));
		}
		return post(prepared);
	}

	/** Someone invites the bot into a group. */
	public WebhookOutcome join(String groupId) {
		Prepared prepared;
		synchronized (this.lock) {
			this.groups.computeIfAbsent(groupId, Group::new).botIn = true;
			Chat chat = Chat.group(groupId, null);
			ObjectNode event = event("join", chat, true, "active", false);
			userEntry(chat, "join", null, null, null);
			prepared = prepare(List.of(event));
		}
		return post(prepared);
	}

	/** The bot is removed from a group. */
	public WebhookOutcome leave(String groupId) {
		Prepared prepared;
		synchronized (this.lock) {
			this.groups.computeIfAbsent(groupId, Group::new).botIn = false;
			Chat chat = Chat.group(groupId, null);
			ObjectNode event = event("leave", chat, false, "active", false);
			userEntry(chat, "leave", null, null, null);
			prepared = prepare(List.of(event));
		}
		return post(prepared);
	}

	public WebhookOutcome memberJoined(String groupId, List<String> userIds) {
		Prepared prepared;
		synchronized (this.lock) {
			Group group = this.groups.computeIfAbsent(groupId, Group::new);
			group.members.addAll(userIds);
			Chat chat = Chat.group(groupId, null);
			ObjectNode event = event("memberJoined", chat, true, "active", false);
			ArrayNode members = event.putObject("joined").putArray("members");
			userIds.forEach((id) -> members.addObject().put("type", "user").put("userId", id));
			userEntry(chat, "memberJoined", String.join(",", userIds), null, null);
			prepared = prepare(List.of(event));
		}
		return post(prepared);
	}

	/** The user unsends one of their messages. */
	public WebhookOutcome unsend(Chat chat, String messageId) {
		Prepared prepared;
		synchronized (this.lock) {
			ObjectNode event = event("unsend", chat, false, "active", true);
			event.putObject("unsend").put("messageId", messageId);
			userEntry(chat, "unsend", messageId, null, null);
			prepared = prepare(List.of(event));
		}
		return post(prepared);
	}

	/**
	 * The same event again, as LINE redelivers it: {@code isRedelivery: true}, same id and reply token.
	 * The token, if unused, works for another reply-token lifetime but never beyond 20 minutes after
	 * the event (§3.1).
	 */
	public WebhookOutcome redeliver(String webhookEventId) {
		Prepared prepared;
		synchronized (this.lock) {
			ObjectNode original = this.webhookEvents.get(webhookEventId);
			if (original == null) {
				throw new IllegalArgumentException("No webhook event " + webhookEventId);
			}
			ObjectNode again = original.deepCopy();
			((ObjectNode) again.get("deliveryContext")).put("isRedelivery", true);
			String token = again.path("replyToken").asText(null);
			ReplyToken replyToken = (token != null) ? this.replyTokens.get(token) : null;
			if (replyToken != null && !replyToken.used) {
				Instant now = now();
				Instant byTtl = now.plus(this.settings.replyTokenTtl());
				Instant cap = replyToken.eventTime.plus(REDELIVERED_TOKEN_CAP);
				replyToken.expiresAt = byTtl.isBefore(cap) ? byTtl : cap;
			}
			prepared = prepare(List.of(again), false);
		}
		return post(prepared);
	}

	/** Signs and posts {@code body} exactly as given (bad destinations, pings, LINE's own examples). */
	public WebhookOutcome deliverRaw(byte[] body) {
		List<String> ids = new ArrayList<>();
		try {
			JSON.readTree(body).path("events").forEach((e) -> ids.add(e.path("webhookEventId").asText(null)));
		}
		catch (IOException ex) {
			// not JSON: posted as is all the same
		}
		return post(new Prepared(body.clone(), ids));
	}

	/** Several events in one webhook, as LINE batches them (e.g. A's message and B's follow). */
	public WebhookOutcome deliverEvents(List<ObjectNode> events) {
		Prepared prepared;
		synchronized (this.lock) {
			prepared = prepare(events);
		}
		return post(prepared);
	}

	/** LINE's webhook signature: base64(HMAC-SHA256(secret's bytes, exact body bytes)). */
	public static String signature(String channelSecret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(channelSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A random LINE-style id: prefix ({@code U}, {@code C}, {@code R}) and 32 hex digits. */
	public static String randomId(String prefix) {
		return prefix + HexFormat.of().formatHex(randomBytes(16));
	}

	private interface MessageFiller {

		void fill(ObjectNode message);

	}

	/**
	 * A text message event, registered (reply token, timeline) but not posted: for
	 * {@link #deliverEvents(List)} batches such as one user's message and another's follow.
	 */
	public ObjectNode textEvent(Chat chat, String text) {
		synchronized (this.lock) {
			return messageEvent(chat, "text", text, (message) -> message.put("text", text), "active");
		}
	}

	/** A follow event, registered but not posted: for {@link #deliverEvents(List)} batches. */
	public ObjectNode followEvent(String userId) {
		synchronized (this.lock) {
			return followEventLocked(userId);
		}
	}

	private ObjectNode followEventLocked(String userId) {
		User user = this.users.computeIfAbsent(userId, User::new);
		boolean unblocked = user.blocked;
		user.friend = true;
		user.blocked = false;
		Chat chat = Chat.user(userId);
		ObjectNode event = event("follow", chat, true, "active", false);
		event.putObject("follow").put("isUnblocked", unblocked);
		userEntry(chat, "follow", null, null, null);
		return event;
	}

	private WebhookOutcome userMessage(Chat chat, String type, String text, MessageFiller filler, String mode) {
		Prepared prepared;
		synchronized (this.lock) {
			ObjectNode event = messageEvent(chat, type, text, filler, mode);
			if (botLeft(chat)) {
				return WebhookOutcome.notSent();
			}
			prepared = prepare(List.of(event));
		}
		return post(prepared);
	}

	/**
	 * True when the bot was removed from this group: the members still talk there, but LINE sends the bot
	 * none of it (no webhook, no reply token) until it is invited again.
	 */
	private boolean botLeft(Chat chat) {
		if (!"group".equals(chat.type())) {
			return false;
		}
		Group group = this.groups.get(chat.chatId());
		return group != null && !group.botIn;
	}

	private ObjectNode messageEvent(Chat chat, String type, String text, MessageFiller filler, String mode) {
		ObjectNode event = event("message", chat, "active".equals(mode), mode, true);
		ObjectNode message = event.putObject("message");
		String messageId = Long.toString(this.nextMessageId++);
		message.put("id", messageId).put("type", type);
		if (Set.of("text", "image", "video", "sticker").contains(type)) {
			message.put("quoteToken", randomToken(11));
		}
		String markAsReadToken = randomToken(12);
		message.put("markAsReadToken", markAsReadToken);
		this.markAsReadTokens.add(markAsReadToken);
		filler.fill(message);
		String contentUrl = ("image".equals(type) || "file".equals(type)) ? "/simulator/content/" + messageId : null;
		userEntry(chat, type, text, message, contentUrl);
		return event;
	}

	/** The common part of an event, keys in LINE's order; a reply token only where LINE gives one. */
	private ObjectNode event(String type, Chat chat, boolean replyable, String mode, boolean withUserInGroup) {
		Instant now = now();
		ObjectNode event = JSON.createObjectNode();
		event.put("type", type)
			.put("timestamp", now.toEpochMilli())
			.put("mode", mode)
			.put("webhookEventId", Ulid.of(now.toEpochMilli()));
		event.putObject("deliveryContext").put("isRedelivery", false);
		ObjectNode source = event.putObject("source").put("type", chat.type());
		switch (chat.type()) {
			case "group" -> source.put("groupId", chat.chatId());
			case "room" -> source.put("roomId", chat.chatId());
			default -> {
			}
		}
		if (chat.userId() != null && ("user".equals(chat.type()) || withUserInGroup)) {
			source.put("userId", chat.userId());
		}
		if (replyable && "active".equals(mode)) {
			event.put("replyToken", newReplyToken(chat.chatId(), now));
		}
		return event;
	}

	private void userEntry(Chat chat, String kind, String text, JsonNode message, String contentUrl) {
		String userId = chat.userId();
		User user = (userId != null) ? this.users.get(userId) : null;
		addTimeline(chat.chatId(), "user", userId, kind, text, (message != null) ? message.deepCopy() : null, null,
				contentUrl, (user != null) ? user.displayName : null);
	}

	private Prepared prepare(List<ObjectNode> events) {
		return prepare(events, true);
	}

	private Prepared prepare(List<ObjectNode> events, boolean remember) {
		ObjectNode body = JSON.createObjectNode().put("destination", this.settings.botUserId());
		ArrayNode array = body.putArray("events");
		List<String> ids = new ArrayList<>();
		for (ObjectNode event : events) {
			array.add(event);
			String id = event.path("webhookEventId").asText(null);
			ids.add(id);
			if (remember && id != null) {
				this.webhookEvents.put(id, event.deepCopy());
				if (this.webhookEvents.size() > MAX_RECORDS) {
					Iterator<String> it = this.webhookEvents.keySet().iterator();
					it.next();
					it.remove();
				}
			}
		}
		try {
			return new Prepared(JSON.writeValueAsBytes(body), ids);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private WebhookOutcome post(Prepared prepared) {
		WebhookTransport target = this.transport;
		if (target == null) {
			throw new IllegalStateException("No webhook: call setWebhook(URI) or setWebhookTransport(...) first");
		}
		int status = target.post(prepared.body, signature(this.settings.channelSecret(), prepared.body));
		return new WebhookOutcome(status, prepared.ids, new String(prepared.body, StandardCharsets.UTF_8));
	}

	private static WebhookTransport httpTransport(URI url) {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(2))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		return (body, signature) -> {
			HttpRequest request = HttpRequest.newBuilder(url)
				.timeout(Duration.ofSeconds(2))
				.header("Content-Type", "application/json; charset=utf-8")
				.header("x-line-signature", signature)
				.header("User-Agent", "LineBotWebhook/2.0")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
			try {
				return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			}
			catch (IOException ex) {
				// LINE logs request_timeout / could_not_connect: the bot did not take the event
				return 0;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return 0;
			}
		};
	}

	// ---------------------------------------------------------------- helpers

	private Instant now() {
		return this.clock.instant();
	}

	private void addTimeline(String chatId, String from, String userId, String kind, String text, JsonNode message,
			String via, String contentUrl) {
		addTimeline(chatId, from, userId, kind, text, message, via, contentUrl, null);
	}

	private void addTimeline(String chatId, String from, String userId, String kind, String text, JsonNode message,
			String via, String contentUrl, String displayName) {
		add(this.timeline, new ChatEntry(chatId, new TimelineEntry(++this.seq, now(), from, userId, displayName, kind,
				text, message, via, contentUrl)));
	}

	private static <T> void add(Deque<T> records, T record) {
		records.addLast(record);
		if (records.size() > MAX_RECORDS) {
			records.removeFirst();
		}
	}

	private void expireRetryKeys(Instant now) {
		this.retryKeys.values().removeIf((accepted) -> !now.isBefore(accepted.at.plus(RETRY_KEY_TTL)));
	}

	private static JsonNode parse(byte[] body) throws JsonProcessingException {
		JsonNode node = JSON.readTree(new String(body, StandardCharsets.UTF_8));
		if (node == null || node.isMissingNode()) {
			throw new com.fasterxml.jackson.core.JsonParseException(null, "empty body");
		}
		return node;
	}

	private static ObjectNode profile(User user) {
		ObjectNode profile = JSON.createObjectNode().put("displayName", user.displayName).put("userId", user.userId);
		if (user.pictureUrl != null) {
			profile.put("pictureUrl", user.pictureUrl);
		}
		profile.put("language", "th");
		return profile;
	}

	private static FakeResponse ok(JsonNode body) {
		return json(200, body);
	}

	private static FakeResponse json(int status, JsonNode body) {
		try {
			return new FakeResponse(status, Map.of(), FakeResponse.JSON, JSON.writeValueAsBytes(body), Duration.ZERO);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static FakeResponse error(int status, String message) {
		return json(status, JSON.createObjectNode().put("message", message));
	}

	private static FakeResponse notFound() {
		return error(404, "Not found");
	}

	private static FakeResponse violations(List<Violation> violations) {
		ObjectNode body = JSON.createObjectNode().put("message", "The request body has " + violations.size() + " error(s)");
		ArrayNode details = body.putArray("details");
		for (Violation violation : violations) {
			details.addObject().put("message", violation.message()).put("property", violation.property());
		}
		return json(400, body);
	}

	private static byte[] randomBytes(int n) {
		byte[] bytes = new byte[n];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static String randomToken(int length) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return out.toString();
	}

	private static final class User {

		final String userId;

		String displayName;

		String pictureUrl;

		boolean friend;

		boolean blocked;

		User(String userId) {
			this.userId = userId;
			this.displayName = "ผู้ใช้ " + userId.substring(Math.max(0, userId.length() - 4));
		}

	}

	private static final class Group {

		final String groupId;

		String name;

		boolean botIn = true;

		final Set<String> members = new LinkedHashSet<>();

		Group(String groupId) {
			this.groupId = groupId;
			this.name = "กลุ่ม " + groupId.substring(Math.max(0, groupId.length() - 4));
		}

	}

	private static final class Content {

		final byte[] bytes;

		final String contentType;

		int pollsBeforeReady;

		boolean expired;

		Content(byte[] bytes, String contentType, int pollsBeforeReady) {
			this.bytes = bytes;
			this.contentType = contentType;
			this.pollsBeforeReady = pollsBeforeReady;
		}

	}

	private static final class ReplyToken {

		final String chatId;

		final Instant eventTime;

		Instant expiresAt;

		boolean used;

		ReplyToken(String chatId, Instant eventTime, Instant expiresAt) {
			this.chatId = chatId;
			this.eventTime = eventTime;
			this.expiresAt = expiresAt;
		}

	}

	private record Accepted(String requestId, ArrayNode sentMessages, Instant at) {
	}

	private static final class FaultSlot {

		final String endpoint;

		final Fault fault;

		int remaining;

		FaultSlot(String endpoint, Fault fault, int remaining) {
			this.endpoint = endpoint;
			this.fault = fault;
			this.remaining = remaining;
		}

	}

	private record ChatEntry(String chatId, TimelineEntry entry) {
	}

	/** A token bucket refilled continuously with the platform clock. */
	private static final class RateBucket {

		final int perSecond;

		double tokens;

		Instant last;

		RateBucket(int perSecond, Instant now) {
			this.perSecond = perSecond;
			this.tokens = perSecond;
			this.last = now;
		}

		boolean tryTake(Instant now) {
			if (now.isAfter(this.last)) {
				double seconds = Duration.between(this.last, now).toNanos() / 1e9;
				this.tokens = Math.min(this.perSecond, this.tokens + seconds * this.perSecond);
				this.last = now;
			}
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return true;
			}
			return false;
		}

	}

	private record Prepared(byte[] body, List<String> ids) {
	}

}
