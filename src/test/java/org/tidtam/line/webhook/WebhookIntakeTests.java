package org.tidtam.line.webhook;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.tidtam.shared.store.StoreDurability;
import org.tidtam.support.SharedFiles;
import org.tidtam.support.Webhooks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook through real HTTP, handling switched off: what is stored, what is refused, and that a
 * redelivery or duplicate is stored once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "line.bot.channel-secret=" + WebhookSignatureTests.EXAMPLES_SECRET, "line.bot.channel-token=test-token",
				"line.bot.api-end-point=http://127.0.0.1:9", "line.bot.blob-end-point=http://127.0.0.1:9",
				"tidtam.store.in-memory=true", "tidtam.inbox.enabled=false", "tidtam.outbox.poll-interval=PT1H" })
class WebhookIntakeTests {

	static final String SECRET = WebhookSignatureTests.EXAMPLES_SECRET;

	@LocalServerPort
	int port;

	@Autowired
	InboxRepository inbox;

	@Autowired
	InboxWriter writer;

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void clean() {
		this.inbox.deleteAll();
	}

	String url() {
		return "http://127.0.0.1:" + this.port + "/callback";
	}

	@Test
	void examplesWithTheirKnownSignaturesAreStored() throws Exception {
		for (String[] row : WebhookSignatureTests.rows()) {
			byte[] body = SharedFiles.bytes("line/webhook-examples/" + row[0]);
			HttpResponse<String> response = Webhooks.post(url(), body, row[2]);
			int expected = row[0].equals("bad-destination.json") ? 400 : 200;
			assertThat(response.statusCode()).as(row[0]).isEqualTo(expected);
			this.inbox.deleteAll(); // the examples share one webhookEventId
		}
	}

	@Test
	void followIsStoredPendingWithItsChat() {
		byte[] body = SharedFiles.bytes("line/webhook-examples/follow-isUnblocked.json");
		assertThat(Webhooks.post(url(), body, Webhooks.sign(SECRET, body)).statusCode()).isEqualTo(200);
		InboxEvent event = this.inbox.findById("01J0000000000000000000000A").orElseThrow();
		assertThat(event.getType()).isEqualTo("follow");
		assertThat(event.getState()).isEqualTo(InboxEvent.State.PENDING);
		assertThat(event.getChatKey()).isEqualTo("user:U11111111111111111111111111111111");
		assertThat(event.getReplyToken()).isEqualTo("85cbe770fa8b4f45bbe077b1d4be4a36");
		assertThat(event.isPersonalData()).isTrue();
		assertThat(event.getPayload()).contains("\"isUnblocked\":false");
	}

	@Test
	void wrongOrMissingSignatureIsRefusedAndNothingStored() {
		byte[] body = SharedFiles.bytes("line/webhook-examples/follow-isUnblocked.json");
		assertThat(Webhooks.post(url(), body, Webhooks.sign("another-secret", body)).statusCode()).isEqualTo(400);
		assertThat(Webhooks.post(url(), body, null).statusCode()).isEqualTo(400);
		assertThat(Webhooks.post(url(), body, "not base64 at all!").statusCode()).isEqualTo(400);
		assertThat(this.inbox.count()).isZero();
	}

	@Test
	void malformedJsonWithAValidSignatureIs400() {
		assertThat(Webhooks.postSigned(url(), SECRET, "{\"destination\":").statusCode()).isEqualTo(400);
		assertThat(Webhooks.postSigned(url(), SECRET, "[1,2]").statusCode()).isEqualTo(400);
		assertThat(Webhooks.postSigned(url(), SECRET,
				"{\"destination\":\"Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"events\":[{\"no\":\"type\"}]}")
			.statusCode()).isEqualTo(400);
		assertThat(this.inbox.count()).isZero();
	}

	@Test
	void verifyButtonWithNoEventsIs200() {
		byte[] body = SharedFiles.bytes("line/webhook-examples/empty-events-verify.json");
		assertThat(Webhooks.post(url(), body, Webhooks.sign(SECRET, body)).statusCode()).isEqualTo(200);
	}

	@Test
	void bodiesOverOneMegabyteAre413() {
		byte[] big = new byte[1024 * 1024 + 10];
		Arrays.fill(big, (byte) ' ');
		String head = "{\"destination\":\"Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"events\":[]}";
		System.arraycopy(head.getBytes(StandardCharsets.UTF_8), 0, big, 0, head.length());
		assertThat(Webhooks.post(url(), big, Webhooks.sign(SECRET, big)).statusCode()).isEqualTo(413);
	}

	@Test
	void redeliveriesAndDuplicatesAreStoredOnce() {
		String first = event("01HZZZZZZZZZZZZZZZZZZZZZZ1", "active", "message", false);
		String again = event("01HZZZZZZZZZZZZZZZZZZZZZZ1", "active", "message", true);
		assertThat(Webhooks.postSigned(url(), SECRET, first).statusCode()).isEqualTo(200);
		assertThat(Webhooks.postSigned(url(), SECRET, again).statusCode()).isEqualTo(200);
		assertThat(Webhooks.postSigned(url(), SECRET, first).statusCode()).isEqualTo(200);
		assertThat(this.inbox.count()).isEqualTo(1);
		assertThat(this.inbox.findById("01HZZZZZZZZZZZZZZZZZZZZZZ1").orElseThrow().getDuplicates()).isEqualTo(2);
	}

	/**
	 * The embedded store's in-process insert and the driver's bulk insert (the only way with a real
	 * MongoDB) store the same document and refuse the same duplicates.
	 */
	@Test
	void theInProcessInsertAndTheDriversStoreTheSameAndRefuseTheSameDuplicates() {
		InboxWriter byDriver = new InboxWriter(this.mongo, StoreDurability.WRITE_CONCERN, Optional.empty());
		assertThat(byDriver.write(List.of(stored("01HDRIVER00000000000000001"), stored("01HDRIVER00000000000000001"))))
			.extracting(InboxEvent::getId)
			.containsExactly("01HDRIVER00000000000000001");
		assertThat(this.writer.write(List.of(stored("01HINPROCESS0000000000001"), stored("01HINPROCESS0000000000001"))))
			.extracting(InboxEvent::getId)
			.containsExactly("01HINPROCESS0000000000001");
		// each refuses what the other stored
		assertThat(byDriver.write(List.of(stored("01HINPROCESS0000000000001")))).isEmpty();
		assertThat(this.writer.write(List.of(stored("01HDRIVER00000000000000001"), stored("01HBOTH000000000000000001"))))
			.extracting(InboxEvent::getId)
			.containsExactly("01HBOTH000000000000000001");

		org.bson.Document driverCopy = raw("01HDRIVER00000000000000001");
		org.bson.Document inProcessCopy = raw("01HINPROCESS0000000000001");
		assertThat(driverCopy.getInteger("duplicates")).isEqualTo(2);
		assertThat(inProcessCopy.getInteger("duplicates")).isEqualTo(2);
		driverCopy.remove("_id");
		inProcessCopy.remove("_id");
		assertThat(inProcessCopy).isEqualTo(driverCopy);
		assertThat(inProcessCopy.get(InboxEvent.RECEIVED_AT)).isInstanceOf(java.util.Date.class);
		assertThat(this.inbox.count()).isEqualTo(3);
	}

	static InboxEvent stored(String id) {
		InboxEvent event = new InboxEvent();
		event.setId(id);
		event.setType("message");
		event.setMessageType("text");
		event.setMode("active");
		event.setChatKey("user:U11111111111111111111111111111111");
		event.setUserId("U11111111111111111111111111111111");
		event.setReplyToken("token");
		event.setEventTimestamp(1_767_225_600_000L);
		event.setReceivedAt(Instant.parse("2026-11-22T02:00:00.123Z"));
		event.setSequence(1_767_225_600_000_000L);
		event.setPayload("{\"type\":\"message\",\"text\":\"สวัสดี \\\"ครับ\\\"\"}");
		event.setPersonalData(true);
		event.setState(InboxEvent.State.PROCESSING);
		event.setAttempts(1);
		event.setNextAttemptAt(Instant.parse("2026-11-22T02:00:00.123Z"));
		event.setLeaseUntil(Instant.parse("2026-11-22T02:00:30.123Z"));
		return event;
	}

	org.bson.Document raw(String id) {
		return this.mongo.getCollection(InboxEvent.COLLECTION).find(new org.bson.Document("_id", id)).first();
	}

	@Test
	void olderPayloadsWithoutAnIdAreDeduplicatedByHash() {
		String body = "{\"destination\":\"Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"events\":[{\"type\":\"follow\",\"timestamp\":1767225600000,"
				+ "\"source\":{\"type\":\"user\",\"userId\":\"U11111111111111111111111111111111\"},\"replyToken\":\"abc\"}]}";
		assertThat(Webhooks.postSigned(url(), SECRET, body).statusCode()).isEqualTo(200);
		assertThat(Webhooks.postSigned(url(), SECRET, body).statusCode()).isEqualTo(200);
		assertThat(this.inbox.findAll()).singleElement().satisfies(e -> assertThat(e.getId()).startsWith("sha256:"));
	}

	@Test
	void standbyAndUnknownTypesAreStoredAndIgnored() {
		assertThat(Webhooks.postSigned(url(), SECRET, event("01HSTANDBY0000000000000001", "standby", "message", false))
			.statusCode()).isEqualTo(200);
		assertThat(Webhooks.postSigned(url(), SECRET, event("01HUNKNOWN0000000000000001", "active", "somethingNew", false))
			.statusCode()).isEqualTo(200);
		assertThat(this.inbox.findById("01HSTANDBY0000000000000001").orElseThrow().getState())
			.isEqualTo(InboxEvent.State.IGNORED);
		assertThat(this.inbox.findById("01HUNKNOWN0000000000000001").orElseThrow().getState())
			.isEqualTo(InboxEvent.State.IGNORED);
	}

	static String event(String id, String mode, String type, boolean redelivery) {
		String replyToken = "standby".equals(mode) ? "" : ",\"replyToken\":\"tok-" + id + "\"";
		return "{\"destination\":\"Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"events\":[{\"type\":\"" + type
				+ "\",\"timestamp\":1767225600000,\"mode\":\"" + mode + "\",\"webhookEventId\":\"" + id
				+ "\",\"deliveryContext\":{\"isRedelivery\":" + redelivery
				+ "},\"source\":{\"type\":\"user\",\"userId\":\"U11111111111111111111111111111111\"}" + replyToken
				+ ",\"message\":{\"id\":\"1\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\"สวัสดีค่ะ\"}}]}";
	}

}
