package org.tidtam.line.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator page ({@code index.html} + {@code simulator.js}) in headless Chromium against a fake of
 * the simulator's JSON API (the contract the Java side implements): Enter sends, the answer appears by
 * polling, tapped quick replies and buttons become the right webhook events, staff switch to their group,
 * faults are posted as the API expects. Citizen text stays text.
 */
class SimulatorPageBrowserTests {

	private static final Path RESOURCES = Paths.get("src/main/resources");

	private static final ObjectMapper mapper = new ObjectMapper();

	private static HeadlessChromium chromium;

	private static ChromeDriver driver;

	private static MockWebServer server;

	private static final FakeSimulatorApi api = new FakeSimulatorApi();

	@BeforeAll
	static void start() throws Exception {
		chromium = HeadlessChromium.start(1100, 1200);
		driver = chromium.driver();
		server = new MockWebServer();
		server.setDispatcher(api);
		server.start();
	}

	@AfterAll
	static void stop() {
		if (chromium != null) {
			chromium.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@BeforeEach
	void openPage() {
		api.reset();
		driver.get(server.url("/simulator").toString());
		waitUntil(() -> new Select(driver.findElement(By.id("persona"))).getOptions().size() == 2);
	}

	@Test
	void enterSendsTextAndTheBotsAnswerAppearsAsText() throws Exception {
		String typed = "ไฟดับหน้าตลาด <b onmouseover=alert(1)>ด่วน</b>";
		driver.findElement(By.id("text")).sendKeys(typed, Keys.ENTER);

		JsonNode sent = api.nextSend();
		assertThat(sent.path("personaId").asText()).isEqualTo("p-citizen");
		assertThat(sent.path("where").asText()).isEqualTo("user");
		assertThat(sent.path("type").asText()).isEqualTo("text");
		assertThat(sent.path("text").asText()).isEqualTo(typed);

		waitUntil(() -> driver.findElements(By.cssSelector(".sim-entry.from-bot")).size() == 1);
		WebElement mine = driver.findElement(By.cssSelector(".sim-entry.from-user .lr-text"));
		assertThat(mine.getText()).isEqualTo(typed);
		WebElement answer = driver.findElement(By.cssSelector(".sim-entry.from-bot"));
		assertThat(answer.findElement(By.cssSelector(".sim-entry-name")).getText()).isEqualTo("ติดตาม");
		assertThat(answer.findElement(By.cssSelector(".lr-text")).getText()).isEqualTo("ได้รับ: " + typed);
		assertThat(driver.findElements(By.cssSelector("#timeline b"))).isEmpty();
		assertThat(driver.findElement(By.id("text")).getAttribute("value")).isEmpty();
	}

	@Test
	void quickReplyChipsSendPostbacksAndDisappearOnceTheUserAnswers() throws Exception {
		driver.findElement(By.id("text")).sendKeys("เมนู", Keys.ENTER);
		api.nextSend();
		waitUntil(() -> !driver.findElements(By.cssSelector("#quick-reply-slot .lr-chip")).isEmpty());
		WebElement chip = driver.findElement(By.cssSelector("#quick-reply-slot .lr-chip"));
		assertThat(chip.getText()).isEqualTo("แจ้งเรื่องร้องเรียน");
		chip.click();

		JsonNode sent = api.nextSend();
		assertThat(sent.path("type").asText()).isEqualTo("postback");
		assertThat(sent.path("data").asText()).isEqualTo("flow=complaint");
		assertThat(sent.path("text").asText()).isEqualTo("ขอแจ้งเรื่องร้องเรียน");
		waitUntil(() -> driver.findElements(By.cssSelector(".sim-entry.from-user")).size() == 2);
		assertThat(driver.findElements(By.cssSelector(".sim-entry.from-user .lr-text")).get(1).getText())
			.isEqualTo("ขอแจ้งเรื่องร้องเรียน");
	}

	@Test
	void stickersPlacesAndFollowAreSentAsLineWouldDeliverThem() throws Exception {
		driver.findElement(By.cssSelector("[data-tray=stickers]")).click();
		driver.findElement(By.cssSelector("#stickers button")).click();
		JsonNode sticker = api.nextSend();
		assertThat(sticker.path("type").asText()).isEqualTo("sticker");
		assertThat(sticker.path("packageId").asText()).isEqualTo("446");
		assertThat(sticker.path("stickerId").asText()).isEqualTo("1988");

		driver.findElement(By.cssSelector("[data-tray=locations]")).click();
		driver.findElement(By.cssSelector("#locations button")).click();
		JsonNode place = api.nextSend();
		assertThat(place.path("type").asText()).isEqualTo("location");
		assertThat(place.path("title").asText()).isEqualTo("หน้าตลาดสดเทศบาล");
		assertThat(place.path("latitude").isNumber()).isTrue();

		driver.findElement(By.cssSelector("#events-user [data-event=follow]")).click();
		assertThat(api.nextSend().path("type").asText()).isEqualTo("follow");
		driver.findElement(By.id("send-image")).click();
		assertThat(api.nextSend().path("type").asText()).isEqualTo("image");
	}

	@Test
	void staffTalkInTheirNamedGroupAndCanInviteTheBot() throws Exception {
		WebElement group = driver.findElement(By.cssSelector("input[name=where][value=group]"));
		assertThat(group.isEnabled()).as("citizens have no group").isFalse();
		new Select(driver.findElement(By.id("persona"))).selectByValue("p-staff");
		waitUntil(group::isEnabled);
		group.click();
		waitUntil(() -> driver.findElement(By.id("events-group")).isDisplayed());
		assertThat(driver.findElement(By.id("events-user")).isDisplayed()).isFalse();
		assertThat(driver.findElement(By.id("chat-title")).getText()).isEqualTo("กองช่าง เทศบาลบ้านสวน");

		driver.findElement(By.cssSelector("#events-group [data-event=join]")).click();
		JsonNode join = api.nextSend();
		assertThat(join.path("personaId").asText()).isEqualTo("p-staff");
		assertThat(join.path("where").asText()).isEqualTo("group");
		assertThat(join.path("type").asText()).isEqualTo("join");
	}

	@Test
	void faultsAreInjectedAndClearedThroughTheApi() throws Exception {
		driver.findElement(By.cssSelector("#faults-panel summary")).click();
		new Select(driver.findElement(By.id("fault-endpoint"))).selectByValue("push");
		new Select(driver.findElement(By.id("fault-kind"))).selectByValue("status:429");
		driver.findElement(By.cssSelector("#fault-form button[type=submit]")).click();
		JsonNode fault = api.nextFault();
		assertThat(fault.path("endpoint").asText()).isEqualTo("push");
		assertThat(fault.path("kind").asText()).isEqualTo("status");
		assertThat(fault.path("status").asInt()).isEqualTo(429);
		assertThat(fault.path("times").asInt()).isEqualTo(1);

		driver.findElement(By.id("fault-clear")).click();
		JsonNode clear = api.nextFault();
		assertThat(clear.path("endpoint").asText()).isEqualTo("*");
		assertThat(clear.path("kind").asText()).isEqualTo("clear");
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(driver, Duration.ofSeconds(5)).until((d) -> condition.getAsBoolean());
	}

	/** The simulator's JSON API as its contract describes it, with one canned bot answer per message. */
	static final class FakeSimulatorApi extends Dispatcher {

		private final BlockingQueue<JsonNode> sends = new LinkedBlockingQueue<>();

		private final BlockingQueue<JsonNode> faults = new LinkedBlockingQueue<>();

		private final List<ObjectNode> timeline = new ArrayList<>();

		synchronized void reset() {
			this.sends.clear();
			this.faults.clear();
			this.timeline.clear();
		}

		JsonNode nextSend() throws InterruptedException {
			JsonNode body = this.sends.poll(5, TimeUnit.SECONDS);
			assertThat(body).as("a POST to /simulator/api/send").isNotNull();
			return body;
		}

		JsonNode nextFault() throws InterruptedException {
			JsonNode body = this.faults.poll(5, TimeUnit.SECONDS);
			assertThat(body).as("a POST to /simulator/api/faults").isNotNull();
			return body;
		}

		@Override
		public MockResponse dispatch(RecordedRequest request) {
			try {
				String path = request.getUrl().encodedPath();
				if (path.equals("/simulator")) {
					return file(RESOURCES.resolve("templates/simulator/index.html"), "text/html; charset=utf-8");
				}
				if (path.startsWith("/simulator/api/")) {
					return api(request, path.substring("/simulator/api/".length()));
				}
				if (path.startsWith("/simulator/") && !path.contains("..")) {
					Path file = RESOURCES.resolve("static" + path);
					String type = path.endsWith(".css") ? "text/css" : "text/javascript";
					return Files.isRegularFile(file) ? file(file, type + "; charset=utf-8") : status(404);
				}
				return status(404);
			}
			catch (IOException ex) {
				return status(500);
			}
		}

		private synchronized MockResponse api(RecordedRequest request, String endpoint) throws IOException {
			switch (request.getMethod() + " " + endpoint) {
				case "GET personas":
					return json(mapper.readTree("""
							[{"id":"p-citizen","name":"สมศรี ใจดี","role":"citizen","userId":"U-citizen","groupId":null,"groupName":null},
							 {"id":"p-staff","name":"วิชัย ช่างดี","role":"staff","userId":"U-staff","groupId":"C-chang","groupName":"กองช่าง เทศบาลบ้านสวน"}]"""));
				case "POST send":
					JsonNode send = mapper.readTree(request.getBody().string(StandardCharsets.UTF_8));
					this.sends.add(send);
					answer(send);
					return json(mapper.createObjectNode().put("status", 200).put("chatId", chatId(send)));
				case "GET timeline":
					String chatId = request.getUrl().queryParameter("chatId");
					long after = Long.parseLong(request.getUrl().queryParameter("after"));
					ArrayNode entries = mapper.createArrayNode();
					this.timeline.stream()
						.filter((e) -> e.path("chatId").asText().equals(chatId) && e.path("seq").asLong() > after)
						.forEach(entries::add);
					return json(mapper.createObjectNode().set("entries", entries));
				case "POST faults":
					this.faults.add(mapper.readTree(request.getBody().string(StandardCharsets.UTF_8)));
					return json(mapper.createObjectNode().put("ok", true));
				case "GET faults":
					return json(mapper.createArrayNode());
				default:
					return status(404);
			}
		}

		private void answer(JsonNode send) {
			String chatId = chatId(send);
			String userId = send.path("personaId").asText().equals("p-staff") ? "U-staff" : "U-citizen";
			String type = send.path("type").asText();
			ObjectNode user = entry(chatId, "user", type).put("userId", userId).put("displayName", "สมศรี ใจดี");
			if (send.hasNonNull("text")) {
				user.put("text", send.get("text").asText());
			}
			if (!"text".equals(type)) {
				return;
			}
			String text = send.path("text").asText();
			ObjectNode message = mapper.createObjectNode().put("type", "text").put("text", "ได้รับ: " + text);
			if (text.equals("เมนู")) {
				message.set("quickReply", mapper.valueToTree(Map.of("items", List.of(Map.of("type", "action", "action",
						Map.of("type", "postback", "label", "แจ้งเรื่องร้องเรียน", "data", "flow=complaint",
								"displayText", "ขอแจ้งเรื่องร้องเรียน"))))));
			}
			entry(chatId, "bot", "text").put("via", "reply").set("message", message);
		}

		private ObjectNode entry(String chatId, String from, String kind) {
			ObjectNode entry = mapper.createObjectNode()
				.put("seq", this.timeline.size() + 1)
				.put("at", Instant.now().toString())
				.put("from", from)
				.put("kind", kind)
				.put("chatId", chatId);
			this.timeline.add(entry);
			return entry;
		}

		private static String chatId(JsonNode send) {
			if ("group".equals(send.path("where").asText())) {
				return "C-chang";
			}
			return send.path("personaId").asText().equals("p-staff") ? "U-staff" : "U-citizen";
		}

		private static MockResponse file(Path file, String contentType) throws IOException {
			return new MockResponse.Builder().code(200)
				.addHeader("Content-Type", contentType)
				.body(Files.readString(file))
				.build();
		}

		private static MockResponse json(JsonNode body) throws IOException {
			return new MockResponse.Builder().code(200)
				.addHeader("Content-Type", "application/json")
				.body(mapper.writeValueAsString(body))
				.build();
		}

		private static MockResponse status(int code) {
			return new MockResponse.Builder().code(code).build();
		}

	}

}
