package org.tidtam.line.simulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.tidtam.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The simulator's HTTP side: the fake LINE hosts inside the app and the simulator page's JSON API. */
@WebMvcTest(controllers = { SimulatorApiController.class, FakeLineApiController.class })
@AutoConfigureMockMvc(addFilters = false)
@Import(SimulatorControllersTests.Beans.class)
class SimulatorControllersTests {

	static final String TOKEN = "sim-token";

	static final ObjectMapper JSON = new ObjectMapper();

	@TestConfiguration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		FakeLinePlatform fakeLinePlatform() {
			return new FakeLinePlatform(FakeLinePlatform.Settings.defaults("0123456789abcdef0123456789abcdef", TOKEN),
					new MutableClock());
		}

		@Bean
		SimulatorPersonas simulatorPersonas(FakeLinePlatform platform) {
			return SimulatorPersonas.seeded(platform);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	FakeLinePlatform platform;

	@Autowired
	SimulatorPersonas personas;

	List<String> webhooks = new ArrayList<>();

	@BeforeEach
	void captureWebhooks() {
		this.platform.reset();
		this.platform.setWebhookTransport((body, signature) -> {
			this.webhooks.add(new String(body, java.nio.charset.StandardCharsets.UTF_8));
			return 200;
		});
	}

	JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsByteArray());
	}

	@Test
	void personasAreSeededWithThaiNamesAndAGroupForStaff() throws Exception {
		JsonNode personas = json(this.mvc.perform(get("/simulator/api/personas")).andExpect(status().isOk()).andReturn());
		assertThat(personas.findValuesAsText("name")).contains("สมชาย ใจดี", "มาลี ศรีสุข", "วิไลวรรณ ช่างคิด");
		JsonNode staff = personas.get(2);
		assertThat(staff.get("role").asText()).isEqualTo("staff");
		assertThat(staff.get("groupName").asText()).isEqualTo("กองช่าง – เทศบาลตำบลตัวอย่าง");
		assertThat(staff.get("groupId").asText()).matches("C[0-9a-f]{32}");
		assertThat(personas.get(0).get("groupId").isNull()).isTrue();

		JsonNode created = json(this.mvc
			.perform(post("/simulator/api/personas").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"ประยุทธ์ ขยัน\",\"role\":\"staff\",\"groupName\":\"กองช่าง – เทศบาลตำบลตัวอย่าง\"}"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(created.get("groupId").asText()).isEqualTo(staff.get("groupId").asText());
		assertThat(created.get("userId").asText()).matches("U[0-9a-f]{32}");
	}

	@Test
	void aCitizenSendsTextTheBotRepliesAndTheTimelineShowsBoth() throws Exception {
		String userId = this.personas.find("somchai").orElseThrow().userId();
		JsonNode sent = json(this.mvc
			.perform(post("/simulator/api/send").contentType(MediaType.APPLICATION_JSON)
				.content("{\"personaId\":\"somchai\",\"where\":\"user\",\"type\":\"text\",\"text\":\"ไฟถนนดับ\"}"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(sent.get("status").asInt()).isEqualTo(200);
		assertThat(sent.get("chatId").asText()).isEqualTo(userId);
		String replyToken = JSON.readTree(this.webhooks.get(0)).at("/events/0/replyToken").asText();

		this.mvc
			.perform(post("/simulator/line-api/v2/bot/message/reply").header("Authorization", "Bearer " + TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"replyToken\":\"" + replyToken
						+ "\",\"messages\":[{\"type\":\"text\",\"text\":\"รับเรื่องแล้วครับ\"}]}"))
			.andExpect(status().isOk())
			.andExpect(header().exists("x-line-request-id"));

		JsonNode timeline = json(
				this.mvc.perform(get("/simulator/api/timeline").param("chatId", userId).param("after", "0")).andReturn());
		JsonNode entries = timeline.get("entries");
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0).get("from").asText()).isEqualTo("user");
		assertThat(entries.get(0).get("text").asText()).isEqualTo("ไฟถนนดับ");
		assertThat(entries.get(0).get("displayName").asText()).isEqualTo("สมชาย ใจดี");
		assertThat(entries.get(1).get("from").asText()).isEqualTo("bot");
		assertThat(entries.get(1).get("via").asText()).isEqualTo("reply");
		assertThat(entries.get(1).at("/message/text").asText()).isEqualTo("รับเรื่องแล้วครับ");
		long seq = entries.get(1).get("seq").asLong();
		assertThat(json(this.mvc.perform(get("/simulator/api/timeline").param("chatId", userId)
			.param("after", Long.toString(seq))).andReturn()).get("entries")).isEmpty();
	}

	@Test
	void imagesAreServedOnTheDataHostAndToThePage() throws Exception {
		this.mvc
			.perform(post("/simulator/api/send").contentType(MediaType.APPLICATION_JSON)
				.content("{\"personaId\":\"wilaiwan\",\"where\":\"group\",\"type\":\"image\"}"))
			.andExpect(status().isOk());
		JsonNode event = JSON.readTree(this.webhooks.get(0)).at("/events/0");
		assertThat(event.at("/source/type").asText()).isEqualTo("group");
		String messageId = event.at("/message/id").asText();
		MvcResult data = this.mvc
			.perform(get("/simulator/line-data/v2/bot/message/" + messageId + "/content").header("Authorization",
					"Bearer " + TOKEN))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andReturn();
		assertThat(data.getResponse().getContentAsByteArray()).startsWith((byte) 0xff, (byte) 0xd8);
		// the LINE SDK drops the /simulator/line-data prefix: the unprefixed path works too
		this.mvc
			.perform(get("/v2/bot/message/" + messageId + "/content").header("Authorization", "Bearer " + TOKEN))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"));
		this.mvc.perform(get("/simulator/content/" + messageId))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"));
		this.mvc.perform(get("/simulator/content/404")).andExpect(status().isNotFound());
	}

	@Test
	void faultsFromThePageReachTheBotsCalls() throws Exception {
		String userId = this.personas.find("malee").orElseThrow().userId();
		this.mvc
			.perform(post("/simulator/api/faults").contentType(MediaType.APPLICATION_JSON)
				.content("{\"endpoint\":\"push\",\"kind\":\"status\",\"status\":503,\"times\":1}"))
			.andExpect(status().isOk());
		JsonNode pending = json(this.mvc.perform(get("/simulator/api/faults")).andReturn()).get("pending");
		assertThat(pending).hasSize(1);
		assertThat(pending.get(0).get("kind").asText()).isEqualTo("status");
		assertThat(pending.get(0).get("status").asInt()).isEqualTo(503);
		assertThat(pending.get(0).get("remaining").asInt()).isEqualTo(1);
		String push = "{\"to\":\"" + userId + "\",\"messages\":[{\"type\":\"text\",\"text\":\"แจ้ง\"}]}";
		this.mvc
			.perform(post("/v2/bot/message/push").header("Authorization", "Bearer " + TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(push))
			.andExpect(status().isServiceUnavailable());
		this.mvc
			.perform(post("/v2/bot/message/push").header("Authorization", "Bearer " + TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(push))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/simulator/line-api/v2/bot/profile/" + userId).header("Authorization", "Bearer wrong"))
			.andExpect(status().isUnauthorized());
		assertThat(this.platform.sentTo(userId)).hasSize(1);
	}

	/** The page offers "times 0 = until cleared": every matching call fails until the page clears the faults. */
	@Test
	void aFaultInjectedZeroTimesPlaysUntilCleared() throws Exception {
		String userId = this.personas.find("malee").orElseThrow().userId();
		this.mvc
			.perform(post("/simulator/api/faults").contentType(MediaType.APPLICATION_JSON)
				.content("{\"endpoint\":\"push\",\"kind\":\"status\",\"status\":500,\"times\":0}"))
			.andExpect(status().isOk());
		String push = "{\"to\":\"" + userId + "\",\"messages\":[{\"type\":\"text\",\"text\":\"แจ้ง\"}]}";
		for (int i = 0; i < 3; i++) {
			this.mvc
				.perform(post("/v2/bot/message/push").header("Authorization", "Bearer " + TOKEN)
					.contentType(MediaType.APPLICATION_JSON)
					.content(push))
				.andExpect(status().isInternalServerError());
		}
		JsonNode pending = json(this.mvc.perform(get("/simulator/api/faults")).andReturn()).get("pending");
		assertThat(pending).singleElement().satisfies(f -> assertThat(f.path("untilCleared").asBoolean()).isTrue());

		this.mvc
			.perform(post("/simulator/api/faults").contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"clear\"}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/v2/bot/message/push").header("Authorization", "Bearer " + TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(push))
			.andExpect(status().isOk());
	}

}
