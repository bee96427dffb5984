package org.tidtam.line.limits;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LineOpenApiValidatorTests {

	static LineOpenApiValidator validator;

	@BeforeAll
	static void loadSpec() {
		validator = LineOpenApiValidator.fromDefaultLocation()
			.orElseThrow(() -> new AssertionError("LINE OpenAPI spec not found via tidtam.shared.dir"));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"{\"to\":\"U11111111111111111111111111111111\",\"messages\":[{\"type\":\"text\",\"text\":\"สวัสดีครับ\"}]}",
			"{\"to\":\"C22222222222222222222222222222222\",\"messages\":[{\"type\":\"sticker\",\"packageId\":\"446\",\"stickerId\":\"1988\"}],\"notificationDisabled\":true}",
			"{\"to\":\"U1\",\"messages\":[{\"type\":\"text\",\"text\":\"เลือก\",\"quickReply\":{\"items\":[{\"type\":\"action\",\"action\":{\"type\":\"message\",\"label\":\"ใช่\",\"text\":\"ใช่\"}},{\"type\":\"action\",\"action\":{\"type\":\"postback\",\"label\":\"วันที่\",\"data\":\"d=1\",\"displayText\":\"วันที่\"}},{\"type\":\"action\",\"action\":{\"type\":\"camera\",\"label\":\"ถ่ายรูป\"}},{\"type\":\"action\",\"action\":{\"type\":\"location\",\"label\":\"ตำแหน่ง\"}}]}}]}",
			"{\"to\":\"U1\",\"messages\":[{\"type\":\"flex\",\"altText\":\"แจ้งเตือน\",\"contents\":{\"type\":\"bubble\",\"body\":{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[{\"type\":\"text\",\"text\":\"มาตรการที่ 1\",\"weight\":\"bold\"}]},\"footer\":{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[{\"type\":\"button\",\"style\":\"primary\",\"action\":{\"type\":\"postback\",\"label\":\"รายงานผล\",\"data\":\"a=report\"}}]}}}]}",
			"{\"to\":\"U1\",\"messages\":[{\"type\":\"flex\",\"altText\":\"x\",\"contents\":{\"type\":\"carousel\",\"contents\":[{\"type\":\"bubble\",\"body\":{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[{\"type\":\"text\",\"text\":\"a\"}]}},{\"type\":\"bubble\",\"hero\":{\"type\":\"image\",\"url\":\"https://example.com/a.png\"}}]}}]}",
			"{\"to\":\"U1\",\"messages\":[{\"type\":\"template\",\"altText\":\"ยืนยัน\",\"template\":{\"type\":\"confirm\",\"text\":\"ยืนยันหรือไม่\",\"actions\":[{\"type\":\"message\",\"label\":\"ใช่\",\"text\":\"ใช่\"},{\"type\":\"message\",\"label\":\"ไม่\",\"text\":\"ไม่\"}]}}]}",
			"{\"to\":\"U1\",\"messages\":[{\"type\":\"image\",\"originalContentUrl\":\"https://example.com/a.jpg\",\"previewImageUrl\":\"https://example.com/p.jpg\"},{\"type\":\"location\",\"title\":\"สำนักงาน\",\"address\":\"ถนนหลัก\",\"latitude\":13.7,\"longitude\":100.5}]}",
			"{\"to\":\"U1\",\"messages\":[{\"type\":\"text\",\"text\":\"ส่งจาก\",\"sender\":{\"name\":\"กองช่าง\"}}],\"customAggregationUnits\":[\"remind_due\"]}" })
	void acceptsValidPushBodies(String body) {
		assertThat(validator.validate("POST", "/v2/bot/message/push", body)).isEmpty();
	}

	@Test
	void acceptsReplyMulticastBroadcastAndLoading() {
		assertThat(validator.validate("POST", "/v2/bot/message/reply",
				"{\"replyToken\":\"abc\",\"messages\":[{\"type\":\"text\",\"text\":\"รับเรื่องแล้ว\"}]}"))
			.isEmpty();
		assertThat(validator.validate("POST", "/v2/bot/message/multicast",
				"{\"to\":[\"U1\",\"U2\"],\"messages\":[{\"type\":\"text\",\"text\":\"hi\"}]}"))
			.isEmpty();
		assertThat(validator.validate("POST", "/v2/bot/message/broadcast",
				"{\"messages\":[{\"type\":\"text\",\"text\":\"hi\"}]}"))
			.isEmpty();
		assertThat(validator.validate("POST", "/v2/bot/chat/loading/start", "{\"chatId\":\"U1\",\"loadingSeconds\":20}"))
			.isEmpty();
	}

	@Test
	void reportsMissingTextAtLinesPropertyPath() {
		List<Violation> violations = validator.validate("POST", "/v2/bot/message/push",
				"{\"to\":\"U1\",\"messages\":[{\"type\":\"text\"}]}");
		assertThat(violations).isNotEmpty();
		assertThat(violations).anySatisfy((v) -> assertThat(v.property() + " " + v.message()).contains("messages[0]")
			.containsIgnoringCase("text"));
	}

	@Test
	void rejectsSixMessages() {
		String six = "{\"type\":\"text\",\"text\":\"a\"},".repeat(5) + "{\"type\":\"text\",\"text\":\"a\"}";
		assertThat(validator.validate("POST", "/v2/bot/message/push", "{\"to\":\"U1\",\"messages\":[" + six + "]}"))
			.anySatisfy((v) -> assertThat(v.property()).isEqualTo("messages"));
	}

	@Test
	void rejectsFourteenQuickReplyItems() {
		String item = "{\"type\":\"action\",\"action\":{\"type\":\"message\",\"label\":\"a\",\"text\":\"a\"}}";
		String items = String.join(",", java.util.Collections.nCopies(14, item));
		assertThat(validator.validate("POST", "/v2/bot/message/push",
				"{\"to\":\"U1\",\"messages\":[{\"type\":\"text\",\"text\":\"a\",\"quickReply\":{\"items\":[" + items + "]}}]}"))
			.anySatisfy((v) -> assertThat(v.property()).isEqualTo("messages[0].quickReply.items"));
	}

	@Test
	void rejectsPostbackDataOver300() {
		String data = "x".repeat(301);
		assertThat(validator.validate("POST", "/v2/bot/message/push",
				"{\"to\":\"U1\",\"messages\":[{\"type\":\"template\",\"altText\":\"a\",\"template\":{\"type\":\"buttons\",\"text\":\"t\",\"actions\":[{\"type\":\"postback\",\"label\":\"l\",\"data\":\""
						+ data + "\"}]}}]}"))
			.anySatisfy((v) -> assertThat(v.property()).isEqualTo("messages[0].template.actions[0].data"));
	}

	@Test
	void rejectsFlexBubbleWithoutType() {
		assertThat(validator.validate("POST", "/v2/bot/message/push",
				"{\"to\":\"U1\",\"messages\":[{\"type\":\"flex\",\"altText\":\"a\",\"contents\":{\"body\":{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[]}}}]}"))
			.isNotEmpty();
	}

	@Test
	void rejectsUnknownActionTypeAndMissingActionType() {
		assertThat(validator.validate("POST", "/v2/bot/message/push",
				"{\"to\":\"U1\",\"messages\":[{\"type\":\"template\",\"altText\":\"a\",\"template\":{\"type\":\"buttons\",\"text\":\"t\",\"actions\":[{\"type\":\"teleport\",\"label\":\"l\"}]}}]}"))
			.isNotEmpty();
		assertThat(validator.validate("POST", "/v2/bot/message/push",
				"{\"to\":\"U1\",\"messages\":[{\"type\":\"template\",\"altText\":\"a\",\"template\":{\"type\":\"buttons\",\"text\":\"t\",\"actions\":[{\"label\":\"l\",\"text\":\"x\"}]}}]}"))
			.isNotEmpty();
	}

	@Test
	void rejectsMulticastTo501AndBadRetryKeyAndLoadingOver60() {
		String ids = String.join(",", java.util.Collections.nCopies(501, "\"U1\""));
		assertThat(validator.validate("POST", "/v2/bot/message/multicast",
				"{\"to\":[" + ids + "],\"messages\":[{\"type\":\"text\",\"text\":\"a\"}]}"))
			.anySatisfy((v) -> assertThat(v.property()).isEqualTo("to"));
		assertThat(validator.validate("POST", "/v2/bot/message/push",
				"{\"to\":\"U1\",\"messages\":[{\"type\":\"text\",\"text\":\"a\"}]}", "not-a-uuid"))
			.isNotEmpty();
		assertThat(validator.validate("POST", "/v2/bot/chat/loading/start", "{\"chatId\":\"U1\",\"loadingSeconds\":65}"))
			.isNotEmpty();
	}

	@Test
	void rejectsUnknownMessageTypeAndMissingTo() {
		assertThat(validator.validate("POST", "/v2/bot/message/push",
				"{\"to\":\"U1\",\"messages\":[{\"type\":\"hologram\",\"text\":\"a\"}]}"))
			.isNotEmpty();
		assertThat(validator.validate("POST", "/v2/bot/message/push", "{\"messages\":[{\"type\":\"text\",\"text\":\"a\"}]}"))
			.anySatisfy((v) -> assertThat(v.message()).contains("to"));
	}

	@Test
	void reportsTheInnermostPropertyOnly() {
		List<Violation> violations = validator.validate("POST", "/v2/bot/message/push",
				"{\"to\":\"U1\",\"messages\":[{\"type\":\"flex\",\"altText\":\"a\",\"contents\":{\"type\":\"bubble\",\"footer\":{\"type\":\"box\",\"layout\":\"vertical\",\"contents\":[{\"type\":\"button\",\"action\":{\"label\":\"x\",\"data\":\"d\"}}]}}}]}");
		assertThat(violations).isNotEmpty()
			.allSatisfy((v) -> assertThat(v.property()).isEqualTo("messages[0].contents.footer.contents[0].action"));
	}

	@Test
	void theDefaultInstanceIsSharedBecauseLoadingIsSlow() {
		assertThat(LineOpenApiValidator.fromDefaultLocation()).containsSame(validator);
	}

	@Test
	void mapsJsonPointersToLinePaths() {
		assertThat(LineOpenApiValidator.lineProperty("/messages/0/contents/footer/contents/0/action/label"))
			.isEqualTo("messages[0].contents.footer.contents[0].action.label");
		assertThat(LineOpenApiValidator.lineProperty("")).isEmpty();
	}

}
