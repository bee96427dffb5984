package org.tidtam.line.outbound;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.tidtam.conversation.Reply;
import org.tidtam.line.limits.LineLimits;

import static org.assertj.core.api.Assertions.assertThat;

class LineMessagesTests {

	final LineMessages messages = new LineMessages(null);

	@Test
	void quickRepliesGoOnTheLastMessageWithTheirActionType() {
		List<ObjectNode> out = this.messages.toMessages(List.of(Reply.Text.of("หนึ่ง"),
				new Reply.Text("สอง", List.of(Reply.Option.say("วิธีใช้งาน"), Reply.Option.choose("ยืนยันที่อยู่", "a=1")))));
		assertThat(out).hasSize(2);
		assertThat(out.get(0).has("quickReply")).isFalse();
		assertThat(out.get(1).at("/quickReply/items/0/type").asText()).isEqualTo("action");
		assertThat(out.get(1).at("/quickReply/items/0/action/type").asText()).isEqualTo("message");
		assertThat(out.get(1).at("/quickReply/items/1/action/type").asText()).isEqualTo("postback");
		assertThat(out.get(1).at("/quickReply/items/1/action/data").asText()).isEqualTo("a=1");
		assertThat(LineLimits.check("push", body(out))).isEmpty();
	}

	@Test
	void longThaiLabelsAreCutByGraphemeClustersNotCharacters() {
		// 20 clusters but far more UTF-16 units: fits as is
		String twenty = "ยืนยันที่อยู่".repeat(2) + "ก".repeat(6);
		assertThat(LineLimits.graphemes(twenty)).isEqualTo(20);
		String tooLong = twenty + "ข";
		List<ObjectNode> out = this.messages.toMessages(List.of(new Reply.Text("เลือก",
				List.of(Reply.Option.say(twenty, "x"), Reply.Option.say(tooLong, "y")))));
		assertThat(out.get(0).at("/quickReply/items/0/action/label").asText()).isEqualTo(twenty);
		String cut = out.get(0).at("/quickReply/items/1/action/label").asText();
		assertThat(LineLimits.graphemes(cut)).isEqualTo(20);
		assertThat(cut).endsWith("…");
		assertThat(LineLimits.check("push", body(out))).isEmpty();
	}

	@Test
	void atMostThirteenQuickRepliesAndTextWithinFiveThousandUnits() {
		List<Reply.Option> many = java.util.stream.IntStream.range(0, 20).mapToObj(i -> Reply.Option.say("ข้อ " + i)).toList();
		List<ObjectNode> out = this.messages.toMessages(List.of(new Reply.Text("😀".repeat(3000), many)));
		assertThat(out.get(0).at("/quickReply/items").size()).isEqualTo(13);
		assertThat(out.get(0).get("text").asText().length()).isLessThanOrEqualTo(5000);
		assertThat(LineLimits.check("push", body(out))).isEmpty();
	}

	static ObjectNode body(List<ObjectNode> messages) {
		ObjectNode body = new ObjectMapper().createObjectNode();
		body.put("to", "U11111111111111111111111111111111");
		body.putArray("messages").addAll(messages);
		return body;
	}

}
