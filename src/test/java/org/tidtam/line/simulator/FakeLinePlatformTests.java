package org.tidtam.line.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UserMentionee;
import com.linecorp.bot.webhook.model.UserSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidtam.line.limits.LineOpenApiValidator;
import org.tidtam.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FakeLinePlatformTests {

	static final String SECRET = "0123456789abcdef0123456789abcdef";

	static final String TOKEN = "test-token";

	static final String SOMCHAI = "U" + "1".repeat(32);

	static final String MALEE = "U" + "2".repeat(32);

	static final String GROUP = "C" + "3".repeat(32);

	static final ObjectMapper JSON = new ObjectMapper();

	MutableClock clock = new MutableClock();

	FakeLinePlatform platform;

	/** Webhook bodies and signatures the "bot" received. */
	List<byte[]> delivered = new ArrayList<>();

	List<String> signatures = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.platform = new FakeLinePlatform(FakeLinePlatform.Settings.defaults(SECRET, TOKEN), this.clock);
		this.platform.putUser(SOMCHAI, "สมชาย ใจดี", null);
		this.platform.putUser(MALEE, "มาลี ศรีสุข", "https://example.com/malee.png");
		this.platform.putGroup(GROUP, "กองช่าง");
		this.platform.addGroupMember(GROUP, SOMCHAI);
		this.platform.setWebhookTransport((body, signature) -> {
			this.delivered.add(body);
			this.signatures.add(signature);
			return 200;
		});
	}

	FakeResponse post(String path, String body) {
		return this.platform.handle(FakeRequest.json(FakeRequest.Host.API, "POST", path, TOKEN, body));
	}

	FakeResponse post(String path, String body, String retryKey) {
		Map<String, String> headers = new HashMap<>();
		headers.put("authorization", "Bearer " + TOKEN);
		headers.put("content-type", "application/json");
		headers.put("x-line-retry-key", retryKey);
		return this.platform.handle(new FakeRequest(FakeRequest.Host.API, "POST", path, headers,
				body.getBytes(StandardCharsets.UTF_8)));
	}

	FakeResponse get(FakeRequest.Host host, String path) {
		return this.platform.handle(FakeRequest.json(host, "GET", path, TOKEN, null));
	}

	static JsonNode json(FakeResponse response) throws IOException {
		return JSON.readTree(response.body());
	}

	static String reply(String token, String text) {
		return "{\"replyToken\":\"" + token + "\",\"messages\":[{\"type\":\"text\",\"text\":\"" + text + "\"}]}";
	}

	static String push(String to, String text) {
		return "{\"to\":\"" + to + "\",\"messages\":[{\"type\":\"text\",\"text\":\"" + text + "\"}]}";
	}

	@Test
	void replyTokenWorksOnceAndForTheChatItCameFrom() throws IOException {
		WebhookOutcome outcome = this.platform.text(Chat.user(SOMCHAI), "สวัสดี");
		String token = JSON.readTree(outcome.body()).at("/events/0/replyToken").asText();

		FakeResponse first = post("/v2/bot/message/reply", reply(token, "รับเรื่องแล้วครับ"));
		assertThat(first.status()).isEqualTo(200);
		assertThat(json(first).at("/sentMessages/0/id").asText()).matches("\\d{18}");
		assertThat(json(first).at("/sentMessages/0/quoteToken").asText()).isNotEmpty();
		assertThat(first.header("x-line-request-id")).isNotBlank();

		FakeResponse second = post("/v2/bot/message/reply", reply(token, "ซ้ำ"));
		assertThat(second.status()).isEqualTo(400);
		assertThat(json(second).get("message").asText()).isEqualTo("Invalid reply token");

		assertThat(this.platform.sent()).singleElement().satisfies((sent) -> {
			assertThat(sent.endpoint()).isEqualTo("reply");
			assertThat(sent.to()).containsExactly(SOMCHAI);
			assertThat(sent.firstText()).isEqualTo("รับเรื่องแล้วครับ");
		});
		assertThat(this.platform.calls()).extracting(Call::status).containsExactly(200, 400);
	}

	@Test
	void replyTokenExpiresAfterTheConfiguredTtl() {
		String fresh = this.platform.issueReplyToken(SOMCHAI);
		String stale = this.platform.issueReplyToken(SOMCHAI);
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(post("/v2/bot/message/reply", reply(fresh, "ทัน")).status()).isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(post("/v2/bot/message/reply", reply(stale, "ช้าไป")).status()).isEqualTo(400);
		assertThat(post("/v2/bot/message/reply", reply("unknown", "x")).status()).isEqualTo(400);
	}

	@Test
	void replyRefusesARetryKey() throws IOException {
		String token = this.platform.issueReplyToken(SOMCHAI);
		FakeResponse response = post("/v2/bot/message/reply", reply(token, "x"), UUID.randomUUID().toString());
		assertThat(response.status()).isEqualTo(400);
		assertThat(this.platform.sent()).isEmpty();
	}

	@Test
	void repeatedRetryKeyGets409WithTheAcceptedRequestIdAndIsNotSentTwice() throws IOException {
		String key = UUID.randomUUID().toString();
		FakeResponse first = post("/v2/bot/message/push", push(SOMCHAI, "แจ้งผล"), key);
		assertThat(first.status()).isEqualTo(200);

		FakeResponse again = post("/v2/bot/message/push", push(SOMCHAI, "แจ้งผล"), key);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.header("x-line-accepted-request-id")).isEqualTo(first.header("x-line-request-id"));
		assertThat(again.header("x-line-request-id")).isNotEqualTo(first.header("x-line-request-id"));
		assertThat(json(again).get("message").asText()).isEqualTo("The retry key is already accepted");
		assertThat(json(again).get("sentMessages")).isEqualTo(json(first).get("sentMessages"));

		assertThat(this.platform.sent()).singleElement()
			.satisfies((sent) -> assertThat(sent.retryKey()).isEqualTo(UUID.fromString(key)));
		assertThat(this.platform.sentTo(SOMCHAI)).hasSize(1);

		// remembered 24 hours only: then the same key is a new request
		this.clock.advance(Duration.ofHours(24));
		assertThat(post("/v2/bot/message/push", push(SOMCHAI, "แจ้งผล"), key).status()).isEqualTo(200);
		assertThat(this.platform.sent()).hasSize(2);
	}

	@Test
	void retryKeyMustBeAUuid() {
		assertThat(post("/v2/bot/message/push", push(SOMCHAI, "x"), "not-a-uuid").status()).isEqualTo(400);
	}

	@Test
	void multicastTo501UsersIs400AndGroupsAreNotAllowed() throws IOException {
		StringBuilder to = new StringBuilder();
		for (int i = 0; i < 501; i++) {
			to.append(i == 0 ? "" : ",").append('"').append(FakeLinePlatform.randomId("U")).append('"');
		}
		FakeResponse tooMany = post("/v2/bot/message/multicast",
				"{\"to\":[" + to + "],\"messages\":[{\"type\":\"text\",\"text\":\"a\"}]}");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(json(tooMany).get("message").asText()).isEqualTo("The request body has 1 error(s)");
		assertThat(json(tooMany).at("/details/0/property").asText()).isEqualTo("to");

		FakeResponse group = post("/v2/bot/message/multicast",
				"{\"to\":[\"" + SOMCHAI + "\",\"" + GROUP + "\"],\"messages\":[{\"type\":\"text\",\"text\":\"a\"}]}");
		assertThat(group.status()).isEqualTo(400);
		assertThat(json(group).at("/details/0/property").asText()).isEqualTo("to[1]");

		FakeResponse ok = post("/v2/bot/message/multicast",
				"{\"to\":[\"" + SOMCHAI + "\",\"" + MALEE + "\"],\"messages\":[{\"type\":\"text\",\"text\":\"a\"}]}");
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.bodyText()).isEqualTo("{}");
		assertThat(this.platform.sent()).singleElement()
			.satisfies((sent) -> assertThat(sent.to()).containsExactly(SOMCHAI, MALEE));
	}

	@Test
	void wrongTokenIs401() throws IOException {
		FakeResponse response = this.platform
			.handle(FakeRequest.json(FakeRequest.Host.API, "POST", "/v2/bot/message/push", "other", push(SOMCHAI, "x")));
		assertThat(response.status()).isEqualTo(401);
		assertThat(json(response).get("message").asText())
			.startsWith("Authentication failed due to the following reason: ");
		assertThat(response.header("x-line-request-id")).isNotBlank();
		assertThat(this.platform.sent()).isEmpty();
	}

	@Test
	void malformedJsonAndLimitViolationsAre400InLinesShape() throws IOException {
		FakeResponse broken = post("/v2/bot/message/push", "{\"to\":\"" + SOMCHAI + "\",\n\"messages\":[}");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(json(broken).get("message").asText())
			.matches("The request body could not be parsed as JSON \\(line: 2, column: \\d+\\)");

		FakeResponse tooLong = post("/v2/bot/message/push", push(SOMCHAI, "ก".repeat(5001)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(json(tooLong).at("/details/0/property").asText()).isEqualTo("messages[0].text");

		FakeResponse badTo = post("/v2/bot/message/push", push("somchai", "x"));
		assertThat(badTo.status()).isEqualTo(400);
		assertThat(this.platform.sent()).isEmpty();
	}

	@Test
	void injectedFaultsPlayForTheGivenNumberOfCallsThenStop() throws IOException {
		this.platform.injectFault("push", Fault.rateLimited(), 2);
		this.platform.injectFault("reply", Fault.status(500), 1);
		FakeResponse first = post("/v2/bot/message/push", push(SOMCHAI, "x"));
		assertThat(first.status()).isEqualTo(429);
		assertThat(json(first).get("message").asText()).isEqualTo("The API rate limit has been exceeded. Try again later.");
		assertThat(post("/v2/bot/message/push", push(SOMCHAI, "x")).status()).isEqualTo(429);
		assertThat(post("/v2/bot/message/push", push(SOMCHAI, "x")).status()).isEqualTo(200);
		assertThat(this.platform.sent()).hasSize(1);

		this.platform.injectFault("*", Fault.nonJson(502), 1);
		FakeResponse html = get(FakeRequest.Host.API, "/v2/bot/profile/" + SOMCHAI);
		assertThat(html.status()).isEqualTo(502);
		assertThat(html.contentType()).startsWith("text/html");

		this.platform.injectFault("profile", Fault.slow(Duration.ofSeconds(11)), 1);
		FakeResponse slow = get(FakeRequest.Host.API, "/v2/bot/profile/" + SOMCHAI);
		assertThat(slow.status()).isEqualTo(200);
		assertThat(slow.delay()).isEqualTo(Duration.ofSeconds(11));

		assertThat(this.platform.pendingFaults()).hasSize(1);
		this.platform.clearFaults();
		assertThat(post("/v2/bot/message/reply", reply(this.platform.issueReplyToken(SOMCHAI), "x")).status())
			.isEqualTo(200);
	}

	@Test
	void acceptedButResponseLostMakesTheRetryA409() {
		String key = UUID.randomUUID().toString();
		this.platform.injectFault("push", Fault.ACCEPTED_BUT_RESPONSE_LOST, 1);
		FakeResponse lost = post("/v2/bot/message/push", push(SOMCHAI, "แจ้งผล"), key);
		assertThat(lost.status()).isEqualTo(500);
		assertThat(this.platform.sent()).hasSize(1);

		FakeResponse retry = post("/v2/bot/message/push", push(SOMCHAI, "แจ้งผล"), key);
		assertThat(retry.status()).isEqualTo(409);
		assertThat(retry.header("x-line-accepted-request-id")).isEqualTo(lost.header("x-line-request-id"));
		assertThat(this.platform.sent()).hasSize(1);
	}

	@Test
	void contentIsPreparedThenServedAndCanBeMissingOrExpired() throws IOException {
		byte[] video = { 1, 2, 3, 4 };
		this.platform.putPreparingContent("100", video, "video/mp4", 2);
		assertThat(get(FakeRequest.Host.DATA, "/v2/bot/message/100/content").status()).isEqualTo(202);
		assertThat(json(get(FakeRequest.Host.DATA, "/v2/bot/message/100/content/transcoding")).get("status").asText())
			.isEqualTo("processing");
		assertThat(json(get(FakeRequest.Host.DATA, "/v2/bot/message/100/content/transcoding")).get("status").asText())
			.isEqualTo("succeeded");
		FakeResponse ready = get(FakeRequest.Host.DATA, "/v2/bot/message/100/content");
		assertThat(ready.status()).isEqualTo(200);
		assertThat(ready.contentType()).isEqualTo("video/mp4");
		assertThat(ready.body()).isEqualTo(video);

		assertThat(get(FakeRequest.Host.DATA, "/v2/bot/message/999/content").status()).isEqualTo(404);
		assertThat(get(FakeRequest.Host.API, "/v2/bot/message/100/content").status()).isEqualTo(404);
		this.platform.expireContent("100");
		assertThat(get(FakeRequest.Host.DATA, "/v2/bot/message/100/content").status()).isEqualTo(410);
	}

	@Test
	void imageFromAUserIsFetchableByItsMessageId() throws IOException {
		byte[] jpeg = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };
		WebhookOutcome outcome = this.platform.image(Chat.user(SOMCHAI), jpeg, "image/jpeg");
		JsonNode message = JSON.readTree(outcome.body()).at("/events/0/message");
		assertThat(message.get("type").asText()).isEqualTo("image");
		assertThat(message.at("/contentProvider/type").asText()).isEqualTo("line");
		FakeResponse content = get(FakeRequest.Host.DATA, "/v2/bot/message/" + message.get("id").asText() + "/content");
		assertThat(content.body()).isEqualTo(jpeg);
		assertThat(content.contentType()).isEqualTo("image/jpeg");
		assertThat(this.platform.timeline(SOMCHAI, 0)).singleElement()
			.satisfies((entry) -> assertThat(entry.contentUrl())
				.isEqualTo("/simulator/content/" + message.get("id").asText()));
	}

	@Test
	void signaturesMatchLinesKnownAnswers() throws IOException {
		Path examples = sharedDir().resolve("line/webhook-examples");
		List<String> lines = Files.readAllLines(examples.resolve("SIGNATURES.tsv"));
		int checked = 0;
		for (String line : lines) {
			if (line.startsWith("#") || line.startsWith("file\t") || line.isBlank()) {
				continue;
			}
			String[] columns = line.split("\t");
			byte[] body = Files.readAllBytes(examples.resolve(columns[0]));
			assertThat(body).hasSize(Integer.parseInt(columns[1]));
			assertThat(FakeLinePlatform.signature(SECRET, body)).as(columns[0]).isEqualTo(columns[2]);
			checked++;
		}
		assertThat(checked).isEqualTo(8);
		// LINE's documented example
		assertThat(FakeLinePlatform.signature("8c570fa6dd201bb328f1c1eac23a96d8",
				"{\"destination\":\"U8e742f61d673b39c7fff3cecb7536ef0\",\"events\":[]}".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs=");
	}

	@Test
	void textWebhookParsesWithTheLineSdkAndItsSignatureValidator() throws Exception {
		WebhookOutcome outcome = this.platform.text(Chat.user(SOMCHAI), "ขอแจ้งไฟถนนดับ");
		assertThat(outcome.status()).isEqualTo(200);
		WebhookParser parser = new WebhookParser(new LineSignatureValidator(SECRET.getBytes(StandardCharsets.US_ASCII)));
		CallbackRequest request = parser.handle(this.signatures.get(0), this.delivered.get(0));
		assertThat(request.destination()).isEqualTo(this.platform.botUserId()).matches("U[0-9a-f]{32}");
		MessageEvent event = (MessageEvent) request.events().get(0);
		assertThat(event.webhookEventId()).isEqualTo(outcome.webhookEventId()).matches("[0-9A-HJKMNP-TV-Z]{26}");
		assertThat(event.timestamp()).isEqualTo(this.clock.millis());
		assertThat(event.deliveryContext().isRedelivery()).isFalse();
		assertThat(((UserSource) event.source()).userId()).isEqualTo(SOMCHAI);
		assertThat(event.replyToken()).matches("[0-9a-f]{32}");
		TextMessageContent text = (TextMessageContent) event.message();
		assertThat(text.text()).isEqualTo("ขอแจ้งไฟถนนดับ");
		assertThat(text.id()).matches("\\d+");
		assertThat(text.quoteToken()).isNotEmpty();
		assertThat(text.markAsReadToken()).isNotEmpty();
		// the exact bytes, key order as LINE's examples
		assertThat(outcome.body()).startsWith("{\"destination\":\"" + this.platform.botUserId()
				+ "\",\"events\":[{\"type\":\"message\",\"timestamp\":" + this.clock.millis()
				+ ",\"mode\":\"active\",\"webhookEventId\":\"");
		assertThat(new String(this.delivered.get(0), StandardCharsets.UTF_8)).isEqualTo(outcome.body());
	}

	@Test
	void groupMentionOfTheBotLooksLikeLinesExample() throws Exception {
		this.platform.textMentioningBot(Chat.group(GROUP, SOMCHAI), "ขอสอบถามค่ะ");
		WebhookParser parser = new WebhookParser(new LineSignatureValidator(SECRET.getBytes(StandardCharsets.US_ASCII)));
		MessageEvent event = (MessageEvent) parser.handle(this.signatures.get(0), this.delivered.get(0)).events().get(0);
		assertThat(((GroupSource) event.source()).groupId()).isEqualTo(GROUP);
		assertThat(((GroupSource) event.source()).userId()).isEqualTo(SOMCHAI);
		TextMessageContent text = (TextMessageContent) event.message();
		assertThat(text.text()).isEqualTo("@ติดตาม ขอสอบถามค่ะ");
		UserMentionee mentionee = (UserMentionee) text.mention().mentionees().get(0);
		assertThat(mentionee.isSelf()).isTrue();
		assertThat(mentionee.userId()).isEqualTo(this.platform.botUserId());
		assertThat(text.text().substring(mentionee.index(), mentionee.index() + mentionee.length())).isEqualTo("@ติดตาม");
	}

	/** Once the bot is removed from a group, LINE sends it nothing from there until it is invited again. */
	@Test
	void aGroupTheBotLeftSendsItNoWebhooksUntilItJoinsAgain() {
		this.platform.leave(GROUP);
		int afterLeave = this.delivered.size();
		WebhookOutcome text = this.platform.text(Chat.group(GROUP, SOMCHAI), "@ติดตาม สถานะ");
		WebhookOutcome tap = this.platform.postback(Chat.group(GROUP, SOMCHAI), "ack=1", Map.of(), "รับทราบ");
		assertThat(text.sent()).isFalse();
		assertThat(tap.sent()).isFalse();
		assertThat(this.delivered).hasSize(afterLeave);
		// the members' words are still in the group
		assertThat(this.platform.timeline(GROUP, 0)).extracting(TimelineEntry::text).contains("@ติดตาม สถานะ", "รับทราบ");

		this.platform.join(GROUP);
		assertThat(this.platform.text(Chat.group(GROUP, SOMCHAI), "สถานะ").sent()).isTrue();
		assertThat(this.delivered).hasSize(afterLeave + 2);
		// 1:1 chats are not affected by a group
		assertThat(this.platform.text(Chat.user(SOMCHAI), "สถานะ").sent()).isTrue();
	}

	@Test
	void redeliveryKeepsIdAndReplyTokenAndStandbyHasNoToken() throws IOException {
		WebhookOutcome original = this.platform.postback(Chat.user(SOMCHAI), "action=book", Map.of("date", "2026-09-01"));
		this.clock.advance(Duration.ofMinutes(5));
		WebhookOutcome again = this.platform.redeliver(original.webhookEventId());
		JsonNode first = JSON.readTree(original.body()).at("/events/0");
		JsonNode second = JSON.readTree(again.body()).at("/events/0");
		assertThat(second.get("webhookEventId")).isEqualTo(first.get("webhookEventId"));
		assertThat(second.get("replyToken")).isEqualTo(first.get("replyToken"));
		assertThat(second.get("timestamp")).isEqualTo(first.get("timestamp"));
		assertThat(second.at("/deliveryContext/isRedelivery").asBoolean()).isTrue();
		assertThat(first.at("/postback/params/date").asText()).isEqualTo("2026-09-01");
		// the redelivered token works again (unused, within 20 minutes of the event)
		assertThat(post("/v2/bot/message/reply", reply(first.get("replyToken").asText(), "x")).status()).isEqualTo(200);

		JsonNode standby = JSON.readTree(this.platform.standbyText(Chat.user(SOMCHAI), "x").body()).at("/events/0");
		assertThat(standby.get("mode").asText()).isEqualTo("standby");
		assertThat(standby.has("replyToken")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> this.platform.redeliver("01NOPE"));
	}

	@Test
	void severalEventsInOneWebhookAndTheEmptyPing() throws Exception {
		String newcomer = FakeLinePlatform.randomId("U");
		WebhookOutcome batch = this.platform.deliverEvents(
				List.of(this.platform.textEvent(Chat.user(SOMCHAI), "เรื่องแรก"), this.platform.followEvent(newcomer)));
		assertThat(batch.webhookEventIds()).hasSize(2).doesNotHaveDuplicates();
		WebhookParser parser = new WebhookParser(new LineSignatureValidator(SECRET.getBytes(StandardCharsets.US_ASCII)));
		CallbackRequest parsed = parser.handle(this.signatures.get(0), this.delivered.get(0));
		assertThat(parsed.events()).hasSize(2);

		WebhookOutcome ping = this.platform.deliverEvents(List.of());
		assertThat(ping.body()).isEqualTo("{\"destination\":\"" + this.platform.botUserId() + "\",\"events\":[]}");
		assertThat(ping.webhookEventIds()).isEmpty();

		byte[] raw = "{\"destination\":\"xxxxxxxxxx\",\"events\":[]}".getBytes(StandardCharsets.UTF_8);
		this.platform.deliverRaw(raw);
		assertThat(this.delivered.get(2)).isEqualTo(raw);
		assertThat(this.signatures.get(2)).isEqualTo("TcGeXers7LzRQgyFB6W12pl3vlnLcANbwggzcP9Kn68=");
	}

	@Test
	void rateLimitIsATokenBucketOnThePlatformClock() {
		this.platform.setRateLimit("push", 2);
		assertThat(post("/v2/bot/message/push", push(SOMCHAI, "1")).status()).isEqualTo(200);
		assertThat(post("/v2/bot/message/push", push(SOMCHAI, "2")).status()).isEqualTo(200);
		assertThat(post("/v2/bot/message/push", push(SOMCHAI, "3")).status()).isEqualTo(429);
		this.clock.advance(Duration.ofMillis(500));
		assertThat(post("/v2/bot/message/push", push(SOMCHAI, "4")).status()).isEqualTo(200);
		assertThat(post("/v2/bot/message/push", push(SOMCHAI, "5")).status()).isEqualTo(429);
		this.platform.setRateLimit("push", 0);
		assertThat(post("/v2/bot/message/push", push(SOMCHAI, "6")).status()).isEqualTo(200);
		assertThat(this.platform.sent()).hasSize(4);
	}

	@Test
	void concurrentRetriesOfTheSameKeyAreSentOnce() throws Exception {
		List<String> keys = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
				UUID.randomUUID().toString(), UUID.randomUUID().toString());
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			List<java.util.concurrent.Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 32; i++) {
				String key = keys.get(i % keys.size());
				results.add(pool.submit(() -> post("/v2/bot/message/push", push(SOMCHAI, "x"), key).status()));
			}
			List<Integer> statuses = new ArrayList<>();
			for (java.util.concurrent.Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).filteredOn((s) -> s == 200).hasSize(4);
			assertThat(statuses).filteredOn((s) -> s == 409).hasSize(28);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.platform.sent()).hasSize(4);
		assertThat(this.platform.calls()).hasSize(32);
	}

	@Test
	void outcomeGivesTheReplyTokenAndMessageId() {
		WebhookOutcome outcome = this.platform.text(Chat.user(SOMCHAI), "x");
		assertThat(outcome.replyToken()).matches("[0-9a-f]{32}");
		assertThat(outcome.messageId()).matches("\\d+");
		assertThat(this.platform.unfollow(MALEE).replyToken()).isNull();
	}

	@Test
	void followUnfollowAndBlockedProfiles() throws IOException {
		String newcomer = FakeLinePlatform.randomId("U");
		JsonNode follow = JSON.readTree(this.platform.follow(newcomer).body()).at("/events/0");
		assertThat(follow.at("/follow/isUnblocked").asBoolean()).isFalse();
		assertThat(follow.has("replyToken")).isTrue();
		assertThat(get(FakeRequest.Host.API, "/v2/bot/profile/" + newcomer).status()).isEqualTo(200);

		JsonNode unfollow = JSON.readTree(this.platform.unfollow(newcomer).body()).at("/events/0");
		assertThat(unfollow.has("replyToken")).isFalse();
		FakeResponse gone = get(FakeRequest.Host.API, "/v2/bot/profile/" + newcomer);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(json(gone).get("message").asText()).isEqualTo("Not found");

		assertThat(JSON.readTree(this.platform.follow(newcomer).body()).at("/events/0/follow/isUnblocked").asBoolean())
			.isTrue();
		FakeResponse malee = get(FakeRequest.Host.API, "/v2/bot/profile/" + MALEE);
		assertThat(json(malee).get("displayName").asText()).isEqualTo("มาลี ศรีสุข");
		assertThat(json(malee).get("pictureUrl").asText()).isEqualTo("https://example.com/malee.png");
	}

	@Test
	void groupsLoadingQuotaAndUnknownPaths() throws IOException {
		assertThat(json(get(FakeRequest.Host.API, "/v2/bot/group/" + GROUP + "/summary")).get("groupName").asText())
			.isEqualTo("กองช่าง");
		assertThat(json(get(FakeRequest.Host.API, "/v2/bot/group/" + GROUP + "/members/count")).get("count").asInt())
			.isEqualTo(1);
		assertThat(get(FakeRequest.Host.API, "/v2/bot/group/" + GROUP + "/member/" + SOMCHAI).status()).isEqualTo(200);
		assertThat(get(FakeRequest.Host.API, "/v2/bot/group/" + GROUP + "/member/" + MALEE).status()).isEqualTo(404);
		assertThat(json(get(FakeRequest.Host.API, "/v2/bot/info")).get("userId").asText())
			.isEqualTo(this.platform.botUserId());

		assertThat(post("/v2/bot/chat/loading/start", "{\"chatId\":\"" + SOMCHAI + "\",\"loadingSeconds\":10}").status())
			.isEqualTo(202);
		assertThat(post("/v2/bot/chat/loading/start", "{\"chatId\":\"" + GROUP + "\",\"loadingSeconds\":10}").status())
			.isEqualTo(400);
		assertThat(post("/v2/bot/chat/loading/start", "{\"chatId\":\"" + SOMCHAI + "\",\"loadingSeconds\":7}").status())
			.isEqualTo(400);

		post("/v2/bot/message/push", push(GROUP, "ประชุม"));
		post("/v2/bot/message/push",
				"{\"to\":\"" + MALEE + "\",\"messages\":[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"text\",\"text\":\"b\"}]}");
		post("/v2/bot/message/reply", reply(this.platform.issueReplyToken(MALEE), "ฟรี"));
		assertThat(json(get(FakeRequest.Host.API, "/v2/bot/message/quota/consumption")).get("totalUsage").asInt())
			.isEqualTo(3);
		assertThat(json(get(FakeRequest.Host.API, "/v2/bot/message/quota")).get("type").asText()).isEqualTo("none");
		this.platform.setMonthlyQuota(3L);
		FakeResponse over = post("/v2/bot/message/push", push(MALEE, "เกิน"));
		assertThat(over.status()).isEqualTo(429);
		assertThat(json(over).get("message").asText()).isEqualTo("You have reached your monthly limit.");

		assertThat(get(FakeRequest.Host.API, "/v2/bot/nothing").status()).isEqualTo(404);
	}

	@Test
	void markAsReadNeedsATokenFromAWebhook() throws IOException {
		String token = JSON.readTree(this.platform.text(Chat.user(SOMCHAI), "x").body())
			.at("/events/0/message/markAsReadToken")
			.asText();
		assertThat(post("/v2/bot/chat/markAsRead", "{\"markAsReadToken\":\"" + token + "\"}").status()).isEqualTo(200);
		assertThat(post("/v2/bot/chat/markAsRead", "{\"markAsReadToken\":\"nope\"}").status()).isEqualTo(400);
	}

	@Test
	void timelineShowsUsersAndBotInOrder() {
		WebhookOutcome outcome = this.platform.text(Chat.user(SOMCHAI), "สวัสดี");
		String token = outcome.body().replaceAll(".*\"replyToken\":\"([0-9a-f]+)\".*", "$1");
		post("/v2/bot/message/reply", "{\"replyToken\":\"" + token
				+ "\",\"messages\":[{\"type\":\"text\",\"text\":\"สวัสดีครับ\"},{\"type\":\"sticker\",\"packageId\":\"446\",\"stickerId\":\"1988\"}]}");
		post("/v2/bot/message/push", push(MALEE, "ไม่ใช่แชตนี้"));
		List<TimelineEntry> entries = this.platform.timeline(SOMCHAI, 0);
		assertThat(entries).extracting(TimelineEntry::from).containsExactly("user", "bot", "bot");
		assertThat(entries).extracting(TimelineEntry::kind).containsExactly("text", "text", "sticker");
		assertThat(entries.get(0).displayName()).isEqualTo("สมชาย ใจดี");
		assertThat(entries.get(1).via()).isEqualTo("reply");
		assertThat(entries.get(1).message().get("text").asText()).isEqualTo("สวัสดีครับ");
		assertThat(this.platform.timeline(SOMCHAI, entries.get(1).seq())).hasSize(1);

		this.platform.reset();
		assertThat(this.platform.sent()).isEmpty();
		assertThat(this.platform.timeline(SOMCHAI, 0)).isEmpty();
		assertThat(this.platform.displayName(SOMCHAI)).isEqualTo("สมชาย ใจดี");
	}

	@Test
	void withTheSpecValidatorBothTheSpecAndLinesLimitsAreChecked() throws IOException {
		FakeLinePlatform validating = new FakeLinePlatform(FakeLinePlatform.Settings.defaults(SECRET, TOKEN)
			.withValidator(LineOpenApiValidator.fromDefaultLocation().orElseThrow()), this.clock);
		FakeResponse response = validating.handle(FakeRequest.json(FakeRequest.Host.API, "POST", "/v2/bot/message/push",
				TOKEN,
				"{\"to\":\"" + SOMCHAI
						+ "\",\"messages\":[{\"type\":\"text\",\"text\":\"เลือก\",\"quickReply\":{\"items\":[{\"action\":{\"type\":\"message\",\"label\":\"ใช่\",\"text\":\"ใช่\"}}]}}]}"));
		assertThat(response.status()).isEqualTo(400);
		// the spec misses an item without "type" (LineLimits catches it)
		assertThat(json(response).get("details").findValuesAsText("property"))
			.contains("messages[0].quickReply.items[0].type");
		FakeResponse specOnly = validating.handle(FakeRequest.json(FakeRequest.Host.API, "POST",
				"/v2/bot/message/push", TOKEN, "{\"to\":\"" + SOMCHAI + "\",\"messages\":[{\"type\":\"text\"}]}"));
		assertThat(specOnly.status()).isEqualTo(400);
		assertThat(json(specOnly).at("/details/0/property").asText()).isEqualTo("messages[0]");
		assertThat(json(specOnly).at("/details/0/message").asText()).contains("text");
		assertThat(validating.sent()).isEmpty();
	}

	static Path sharedDir() {
		String dir = System.getProperty("tidtam.shared.dir");
		return (dir != null) ? Paths.get(dir) : Paths.get("..", "shared");
	}

}
