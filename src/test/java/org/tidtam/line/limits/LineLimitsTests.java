package org.tidtam.line.limits;

import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineLimitsTests {

	static final ObjectMapper JSON = new ObjectMapper();

	static JsonNode json(String s) {
		try {
			return JSON.readTree(s);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	static JsonNode push(String... messages) {
		return json("{\"to\":\"U1\",\"messages\":[" + String.join(",", messages) + "]}");
	}

	static String text(String t) {
		return "{\"type\":\"text\",\"text\":" + quote(t) + "}";
	}

	static String quote(String s) {
		try {
			return JSON.writeValueAsString(s);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	static List<String> properties(List<Violation> violations) {
		return violations.stream().map(Violation::property).toList();
	}

	@Test
	void countsThaiLabelsInGraphemeClusters() {
		assertThat("ยืนยันที่อยู่".length()).isEqualTo(13);
		assertThat(LineLimits.graphemes("ยืนยันที่อยู่")).isEqualTo(7);
		assertThat(LineLimits.graphemes("🍎a")).isEqualTo(2);
		assertThat(LineLimits.graphemes("")).isZero();
		assertThat(LineLimits.graphemes(null)).isZero();
	}

	@Test
	void acceptsOrdinaryMessages() {
		assertThat(LineLimits.check("push", push(text("สวัสดีครับ"), text("x".repeat(5000))))).isEmpty();
		assertThat(LineLimits.check("reply", json("{\"replyToken\":\"t\",\"messages\":[" + text("a") + "]}"))).isEmpty();
		assertThat(LineLimits.check("broadcast", json("{\"messages\":[" + text("a") + "]}"))).isEmpty();
	}

	@Test
	void messagesMustBeOneToFive() {
		String one = text("a");
		assertThat(properties(LineLimits.check("push", push(one, one, one, one, one, one)))).containsExactly("messages");
		assertThat(properties(LineLimits.check("push", push()))).containsExactly("messages");
		assertThat(properties(LineLimits.check("push", json("{\"to\":\"U1\"}")))).containsExactly("messages");
	}

	@Test
	void textIsCountedInUtf16Units() {
		assertThat(properties(LineLimits.check("push", push(text("x".repeat(5001)))))).containsExactly("messages[0].text");
		// 2,500 apples are 5,000 UTF-16 units: still fine; one more is not
		assertThat(LineLimits.check("push", push(text("🍎".repeat(2500))))).isEmpty();
		assertThat(LineLimits.check("push", push(text("🍎".repeat(2500) + "x")))).isNotEmpty();
	}

	@Test
	void altTextAtMost1500() {
		String flex = "{\"type\":\"flex\",\"altText\":" + quote("ก".repeat(1501))
				+ ",\"contents\":{\"type\":\"bubble\"}}";
		assertThat(properties(LineLimits.check("push", push(flex)))).containsExactly("messages[0].altText");
	}

	@Test
	void quickReplyItemsNeedTypeActionAndAtMost13AndShortLabels() {
		String good = "{\"type\":\"action\",\"action\":{\"type\":\"message\",\"label\":\"ยืนยันที่อยู่\",\"text\":\"ยืนยันที่อยู่\"}}";
		String untyped = "{\"action\":{\"type\":\"message\",\"label\":\"ใช่\",\"text\":\"ใช่\"}}";
		String longLabel = "{\"type\":\"action\",\"action\":{\"type\":\"message\",\"label\":" + quote("ก".repeat(21))
				+ ",\"text\":\"x\"}}";
		String thaiLabel20 = "{\"type\":\"action\",\"action\":{\"type\":\"message\",\"label\":"
				+ quote("ยืนยันที่อยู่".repeat(2) + "ก".repeat(6)) + ",\"text\":\"x\"}}";
		String msg = "{\"type\":\"text\",\"text\":\"เลือก\",\"quickReply\":{\"items\":[%s]}}";
		assertThat(LineLimits.check("push", push(msg.formatted(good + "," + thaiLabel20)))).isEmpty();
		assertThat(properties(LineLimits.check("push", push(msg.formatted(untyped)))))
			.containsExactly("messages[0].quickReply.items[0].type");
		assertThat(properties(LineLimits.check("push", push(msg.formatted(longLabel)))))
			.containsExactly("messages[0].quickReply.items[0].action.label");
		String fourteen = String.join(",", Collections.nCopies(14, good));
		assertThat(properties(LineLimits.check("push", push(msg.formatted(fourteen)))))
			.containsExactly("messages[0].quickReply.items");
	}

	@Test
	void flexButtonLabelsAreFortyClustersAndRequired() {
		String bubble = """
				{"type":"flex","altText":"a","contents":{"type":"bubble",
				 "footer":{"type":"box","layout":"vertical","contents":[
				   {"type":"button","action":{"type":"postback","label":%s,"data":"a=1"}}]}}}""";
		// 40 Thai clusters but 80 UTF-16 units: allowed
		assertThat(LineLimits.check("push", push(bubble.formatted(quote("กี้".repeat(40)))))).isEmpty();
		assertThat(properties(LineLimits.check("push", push(bubble.formatted(quote("ก".repeat(41)))))))
			.containsExactly("messages[0].contents.footer.contents[0].action.label");
		assertThat(properties(LineLimits.check("push", push(bubble.formatted("\"\"")))))
			.containsExactly("messages[0].contents.footer.contents[0].action.label");
	}

	@Test
	void actionFieldLimits() {
		String template = "{\"type\":\"template\",\"altText\":\"a\",\"template\":{\"type\":\"buttons\",\"text\":\"t\",\"actions\":[%s]}}";
		assertThat(properties(LineLimits.check("push", push(template.formatted(
				"{\"type\":\"postback\",\"label\":\"l\",\"data\":" + quote("d".repeat(301)) + ",\"displayText\":"
						+ quote("ข".repeat(301)) + "}")))))
			.containsExactly("messages[0].template.actions[0].data", "messages[0].template.actions[0].displayText");
		assertThat(properties(LineLimits.check("push",
				push(template.formatted("{\"type\":\"message\",\"label\":\"l\",\"text\":" + quote("m".repeat(301)) + "}")))))
			.containsExactly("messages[0].template.actions[0].text");
		assertThat(properties(LineLimits.check("push",
				push(template.formatted("{\"type\":\"uri\",\"label\":\"l\",\"uri\":\"javascript:alert(1)\"}")))))
			.containsExactly("messages[0].template.actions[0].uri");
		assertThat(LineLimits.check("push", push(template.formatted("{\"type\":\"uri\",\"label\":\"l\",\"uri\":\"tel:1111\"}"))))
			.isEmpty();
		assertThat(properties(LineLimits.check("push", push(template.formatted(
				"{\"type\":\"uri\",\"label\":\"l\",\"uri\":" + quote("https://e.x/" + "a".repeat(1000)) + "}")))))
			.containsExactly("messages[0].template.actions[0].uri");
	}

	@Test
	void mediaMustBeHttps() {
		assertThat(properties(LineLimits.check("push", push(
				"{\"type\":\"image\",\"originalContentUrl\":\"http://e.x/a.jpg\",\"previewImageUrl\":\"https://e.x/p.jpg\"}"))))
			.containsExactly("messages[0].originalContentUrl");
		assertThat(properties(LineLimits.check("push", push(
				"{\"type\":\"flex\",\"altText\":\"a\",\"contents\":{\"type\":\"bubble\",\"hero\":{\"type\":\"image\",\"url\":\"http://e.x/h.png\"},"
						+ "\"body\":{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[{\"type\":\"image\",\"url\":\"ftp://e.x/i.png\"}]}}}"))))
			.containsExactly("messages[0].contents.hero.url", "messages[0].contents.body.contents[0].url");
	}

	@Test
	void flexCarouselAtMost12BubblesAndSizeLimits() {
		String bubble = "{\"type\":\"bubble\",\"body\":{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[{\"type\":\"text\",\"text\":\"a\"}]}}";
		String carousel = "{\"type\":\"flex\",\"altText\":\"a\",\"contents\":{\"type\":\"carousel\",\"contents\":[%s]}}";
		assertThat(LineLimits.check("push", push(carousel.formatted(String.join(",", Collections.nCopies(12, bubble))))))
			.isEmpty();
		assertThat(properties(LineLimits.check("push",
				push(carousel.formatted(String.join(",", Collections.nCopies(13, bubble)))))))
			.containsExactly("messages[0].contents.contents");
		String big = "{\"type\":\"bubble\",\"body\":{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[{\"type\":\"text\",\"text\":"
				+ quote("x".repeat(30_000)) + "}]}}";
		assertThat(properties(LineLimits.check("push",
				push("{\"type\":\"flex\",\"altText\":\"a\",\"contents\":" + big + "}"))))
			.containsExactly("messages[0].contents");
		String medium = "{\"type\":\"bubble\",\"body\":{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[{\"type\":\"text\",\"text\":"
				+ quote("x".repeat(20_000)) + "}]}}";
		assertThat(properties(LineLimits.check("push", push(carousel.formatted(medium + "," + medium + "," + medium)))))
			.containsExactly("messages[0].contents");
	}

	@Test
	void templateShapes() {
		String action = "{\"type\":\"message\",\"label\":\"a\",\"text\":\"a\"}";
		String five = String.join(",", Collections.nCopies(5, action));
		assertThat(properties(LineLimits.check("push", push(
				"{\"type\":\"template\",\"altText\":\"a\",\"template\":{\"type\":\"buttons\",\"text\":\"t\",\"actions\":[" + five + "]}}"))))
			.containsExactly("messages[0].template.actions");
		assertThat(properties(LineLimits.check("push", push(
				"{\"type\":\"template\",\"altText\":\"a\",\"template\":{\"type\":\"buttons\",\"title\":\"หัวข้อ\",\"text\":"
						+ quote("ข".repeat(61)) + ",\"actions\":[" + action + "]}}"))))
			.containsExactly("messages[0].template.text");
		assertThat(properties(LineLimits.check("push", push(
				"{\"type\":\"template\",\"altText\":\"a\",\"template\":{\"type\":\"confirm\",\"text\":\"ok?\",\"actions\":[" + action + "]}}"))))
			.containsExactly("messages[0].template.actions");
		assertThat(properties(LineLimits.check("push", push(
				"{\"type\":\"template\",\"altText\":\"a\",\"template\":{\"type\":\"buttons\",\"text\":\"t\",\"actions\":[{\"type\":\"message\",\"label\":"
						+ quote("ก".repeat(21)) + ",\"text\":\"a\"}]}}"))))
			.containsExactly("messages[0].template.actions[0].label");
		String column = "{\"text\":\"c\",\"actions\":[" + action + "]}";
		assertThat(properties(LineLimits.check("push", push(
				"{\"type\":\"template\",\"altText\":\"a\",\"template\":{\"type\":\"carousel\",\"columns\":["
						+ String.join(",", Collections.nCopies(11, column)) + "]}}"))))
			.containsExactly("messages[0].template.columns");
		assertThat(properties(LineLimits.check("push", push(
				"{\"type\":\"template\",\"altText\":\"a\",\"template\":{\"type\":\"image_carousel\",\"columns\":[{\"imageUrl\":\"https://e.x/i.png\",\"action\":{\"type\":\"message\",\"label\":"
						+ quote("ก".repeat(13)) + ",\"text\":\"a\"}}]}}"))))
			.containsExactly("messages[0].template.columns[0].action.label");
	}

	@Test
	void multicastToOneToFiveHundred() {
		ObjectNode body = (ObjectNode) json("{\"messages\":[" + text("a") + "]}");
		body.putArray("to");
		assertThat(properties(LineLimits.check("multicast", body))).containsExactly("to");
		for (int i = 0; i < 500; i++) {
			body.withArray("to").add("U" + i);
		}
		assertThat(LineLimits.check("multicast", body)).isEmpty();
		body.withArray("to").add("U501");
		assertThat(properties(LineLimits.check("multicast", body))).containsExactly("to");
	}

	@Test
	void loadingSecondsMultipleOfFive() {
		assertThat(LineLimits.checkLoading(json("{\"chatId\":\"U1\",\"loadingSeconds\":20}"))).isEmpty();
		assertThat(LineLimits.checkLoading(json("{\"chatId\":\"U1\"}"))).isEmpty();
		assertThat(properties(LineLimits.checkLoading(json("{\"chatId\":\"U1\",\"loadingSeconds\":7}"))))
			.containsExactly("loadingSeconds");
		assertThat(properties(LineLimits.checkLoading(json("{\"chatId\":\"U1\",\"loadingSeconds\":65}"))))
			.containsExactly("loadingSeconds");
		assertThat(properties(LineLimits.checkLoading(json("{\"loadingSeconds\":5}")))).containsExactly("chatId");
	}

}
