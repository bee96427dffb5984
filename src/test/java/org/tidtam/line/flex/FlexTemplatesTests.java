package org.tidtam.line.flex;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.tidtam.line.limits.LineLimits;
import org.tidtam.line.limits.LineOpenApiValidator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every Flex template renders with its sample into something LINE accepts: no placeholder left, the SDK
 * reads it without dropping a property, and LINE's own limits (altText, bubble count and size, label
 * lengths in grapheme clusters) that no OpenAPI validator checks are kept.
 */
class FlexTemplatesTests {

	/** LINE says 30 KB / 50 KB; counted in thousands of bytes to stay on the safe side of either reading. */
	private static final int BUBBLE_MAX_BYTES = 30_000;

	private static final int CAROUSEL_MAX_BYTES = 50_000;

	private static final FlexTemplates templates = new FlexTemplates();

	private static final ObjectMapper mapper = FlexTemplates.sdkMapper();

	static Stream<String> paths() {
		return templates.paths().stream();
	}

	@ParameterizedTest
	@MethodSource("paths")
	void everyTemplateIsValidForLineAsAPushAndAReply(String path) {
		ObjectNode message = templates.render(path, templates.sample(path));
		ObjectNode push = mapper.createObjectNode();
		push.put("to", "U11111111111111111111111111111111");
		push.putArray("messages").add(message);
		LineOpenApiValidator validator = LineOpenApiValidator.fromDefaultLocation()
			.orElseThrow(() -> new IllegalStateException("LINE's OpenAPI description is missing (../shared/line/openapi)"));
		assertThat(validator.validate("POST", "/v2/bot/message/push", push.toString())).as(path).isEmpty();
		assertThat(LineLimits.check("push", push)).as(path).isEmpty();
		ObjectNode reply = mapper.createObjectNode();
		reply.put("replyToken", "0f3779fba3b349968c5d07db31eab56f");
		reply.putArray("messages").add(message);
		assertThat(validator.validate("POST", "/v2/bot/message/reply", reply.toString())).as(path).isEmpty();
	}

	@Test
	void everyTemplateHasASampleAndEverySampleATemplate() {
		assertThat(templates.paths()).isNotEmpty();
		assertThat(templates.samplePaths()).containsExactlyInAnyOrderElementsOf(templates.paths());
	}

	@Test
	void enumAndFilesUnderLineMatchOneToOne() {
		Set<String> constants = Arrays.stream(FlexTemplate.values())
			.map(FlexTemplate::path)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(templates.paths()).containsAll(constants);
		Set<String> lineFiles = templates.paths()
			.stream()
			.filter((path) -> path.startsWith("line/"))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(constants).containsAll(lineFiles);
	}

	@ParameterizedTest
	@MethodSource("paths")
	void sampleNamesExactlyThePlaceholders(String path) {
		assertThat(templates.sample(path).keySet()).as("sample keys of %s", path)
			.containsExactlyInAnyOrderElementsOf(FlexTemplates.placeholders(templates.template(path)));
	}

	@ParameterizedTest
	@MethodSource("paths")
	void rendersWithItsSampleWithNoPlaceholderLeft(String path) throws Exception {
		ObjectNode message = templates.render(path, templates.sample(path));
		assertThat(mapper.writeValueAsString(message)).doesNotContain("{{");
		assertThat(FlexTemplates.placeholders(message)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("paths")
	void theSdkReadsItWithoutDroppingAnything(String path) throws Exception {
		ObjectNode message = templates.render(path, templates.sample(path));
		FlexMessage flex = templates.toMessage(message);
		assertThat(flex.altText()).isEqualTo(message.get("altText").textValue());
		JsonNode again = mapper.readTree(mapper.writeValueAsString(flex));
		// a misspelt property ("backgroundcolour") is silently dropped by the SDK; LINE would reject or ignore it
		assertThat(missingIn(message, again, "$")).as("properties the SDK did not keep").isEmpty();
	}

	@ParameterizedTest
	@MethodSource("paths")
	void keepsLineMessageLimits(String path) throws Exception {
		ObjectNode message = templates.render(path, templates.sample(path));
		String altText = message.path("altText").asText("");
		assertThat(altText).isNotBlank();
		assertThat(altText.length()).isLessThanOrEqualTo(1500);
		JsonNode contents = message.get("contents");
		if ("carousel".equals(contents.path("type").asText())) {
			assertThat(templates.toMessage(message).contents()).isInstanceOf(FlexCarousel.class);
			assertThat(contents.get("contents").size()).isBetween(1, 12);
			assertThat(compactBytes(contents)).isLessThanOrEqualTo(CAROUSEL_MAX_BYTES);
			for (JsonNode bubble : contents.get("contents")) {
				assertThat(compactBytes(bubble)).isLessThanOrEqualTo(BUBBLE_MAX_BYTES);
			}
			Set<String> sizes = new TreeSet<>();
			contents.get("contents").forEach((bubble) -> sizes.add(bubble.path("size").asText("mega")));
			assertThat(sizes).as("all bubbles of a carousel have one size").hasSize(1);
		}
		else {
			assertThat(templates.toMessage(message).contents()).isInstanceOf(FlexBubble.class);
			assertThat(compactBytes(contents)).isLessThanOrEqualTo(BUBBLE_MAX_BYTES);
		}
	}

	@ParameterizedTest
	@MethodSource("paths")
	void labelsFitInGraphemeClusters(String path) {
		ObjectNode message = templates.render(path, templates.sample(path));
		List<String> problems = new ArrayList<>();
		checkLabels(message, null, "$", problems);
		assertThat(problems).isEmpty();
	}

	@Test
	void citizenTextSurvivesExactlyAndTheJsonStaysValid() throws Exception {
		String nasty = "ถนน \"ซอย ๓\" \\ พัง</script><script>alert(1)</script>\nบรรทัดใหม่\r\n\t🙏🏽 {{privacyUrl}} $1 \\u0000";
		Map<String, String> values = new HashMap<>(templates.sample(FlexTemplate.WELCOME.path()));
		values.put("orgName", nasty);
		ObjectNode message = templates.render(FlexTemplate.WELCOME, values);
		String json = mapper.writeValueAsString(message);
		JsonNode parsed = mapper.readTree(json);
		assertThat(parsed.get("altText").textValue()).contains(nasty);
		assertThat(parsed.at("/contents/header/contents/1/text").textValue())
			.isEqualTo("บัญชี LINE ทางการของ" + nasty);
		assertThat(templates.toMessage((ObjectNode) parsed).altText()).contains(nasty);
		// a value is never expanded again: the citizen's "{{privacyUrl}}" stays text
		assertThat(parsed.get("altText").textValue()).contains("{{privacyUrl}}");
	}

	@Test
	void renderingLeavesTheTemplateUntouched() {
		Map<String, String> values = new HashMap<>(templates.sample(FlexTemplate.WELCOME.path()));
		values.put("orgName", "เทศบาลหนึ่ง");
		templates.render(FlexTemplate.WELCOME, values);
		values.put("orgName", "เทศบาลสอง");
		ObjectNode second = templates.render(FlexTemplate.WELCOME, values);
		assertThat(second.get("altText").textValue()).contains("เทศบาลสอง").doesNotContain("เทศบาลหนึ่ง");
	}

	@Test
	void aMissingValueIsNamedNeverSent() {
		Map<String, String> values = new HashMap<>(templates.sample(FlexTemplate.WELCOME.path()));
		values.remove("privacyUrl");
		values.remove("retention");
		assertThatIllegalArgumentException().isThrownBy(() -> templates.render(FlexTemplate.WELCOME, values))
			.withMessageContaining("{{privacyUrl}}")
			.withMessageContaining("{{retention}}")
			.withMessageContaining("line/welcome");
	}

	@Test
	void anUnknownTemplateIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> templates.render("line/nope", Map.of()))
			.withMessageContaining("line/nope");
	}

	@Test
	void anInvalidUriIsReportedWhenConverting() {
		Map<String, String> values = new HashMap<>(templates.sample(FlexTemplate.WELCOME.path()));
		values.put("privacyUrl", "not a uri with spaces");
		ObjectNode message = templates.render(FlexTemplate.WELCOME, values);
		assertThatIllegalArgumentException().isThrownBy(() -> templates.toMessage(message));
	}

	@ParameterizedTest
	@ValueSource(strings = { "key-placeholder", "duplicate-key", "malformed-placeholder" })
	void brokenTemplatesStopTheAppAtStart(String folder) {
		assertThatIllegalStateException()
			.isThrownBy(() -> new FlexTemplates(new PathMatchingResourcePatternResolver(), "flex-test/" + folder + "/"))
			.withMessageContaining("bad.json");
	}

	@Test
	void placeholdersAreFoundInValuesOnly() throws Exception {
		JsonNode tree = mapper.readTree("{\"{{key}}\":\"a {{one}} b {{two}}\",\"list\":[\"{{three}}\",1,{\"x\":\"{{one}}\"}]}");
		assertThat(FlexTemplates.placeholders(tree)).containsExactly("one", "two", "three");
	}

	@Test
	void graphemeClustersCountThaiAsLineDoes() {
		assertThat("ยืนยันที่อยู่").hasSize(13);
		assertThat(FlexTemplates.graphemeCount("ยืนยันที่อยู่")).isEqualTo(7);
		assertThat(FlexTemplates.graphemeCount("")).isZero();
	}

	@Test
	void ellipsizeCutsOnClusterBoundaries() {
		assertThat(FlexTemplates.ellipsize("ยืนยันที่อยู่", 7)).isEqualTo("ยืนยันที่อยู่");
		assertThat(FlexTemplates.ellipsize("ยืนยันที่อยู่", 40)).isEqualTo("ยืนยันที่อยู่");
		// 5 clusters: ยื น ยั น ที่ + the ellipsis; never a dangling tone mark
		assertThat(FlexTemplates.ellipsize("ยืนยันที่อยู่", 6)).isEqualTo("ยืนยันที่…");
		assertThat(FlexTemplates.graphemeCount(FlexTemplates.ellipsize("ยืนยันที่อยู่", 6))).isEqualTo(6);
		assertThat(FlexTemplates.ellipsize("ab", 1)).isEqualTo("…");
		assertThat(FlexTemplates.ellipsize("😀😀😀", 2)).isEqualTo("😀…");
		String long300 = "ก่".repeat(300);
		assertThat(FlexTemplates.graphemeCount(FlexTemplates.ellipsize(long300, 20))).isEqualTo(20);
		assertThatIllegalArgumentException().isThrownBy(() -> FlexTemplates.ellipsize("x", 0));
	}

	/** Labels: flex buttons need one of ≤ 40 clusters, other flex actions ≤ 40, quick reply items ≤ 20. */
	private static void checkLabels(JsonNode node, String parentKey, String at, List<String> problems) {
		if (node.isObject()) {
			if ("button".equals(node.path("type").asText()) && node.has("action")) {
				String label = node.path("action").path("label").asText("");
				if (label.isBlank() || FlexTemplates.graphemeCount(label) > 40) {
					problems.add(at + ".action.label '" + label + "' must be 1..40 grapheme clusters");
				}
			}
			if ("action".equals(parentKey) && node.has("label")) {
				int max = at.contains(".quickReply.") ? 20 : 40;
				String label = node.get("label").asText();
				if (FlexTemplates.graphemeCount(label) > max) {
					problems.add(at + ".label '" + label + "' is over " + max + " grapheme clusters");
				}
			}
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				checkLabels(field.getValue(), field.getKey(), at + "." + field.getKey(), problems);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				checkLabels(node.get(i), parentKey, at + "[" + i + "]", problems);
			}
		}
	}

	/** Paths present in the template but absent or different after the SDK's round trip. */
	private static List<String> missingIn(JsonNode expected, JsonNode actual, String at) {
		List<String> missing = new ArrayList<>();
		if (expected.isObject()) {
			for (Map.Entry<String, JsonNode> field : expected.properties()) {
				JsonNode other = actual.get(field.getKey());
				if (other == null || other.isNull()) {
					missing.add(at + "." + field.getKey());
				}
				else {
					missing.addAll(missingIn(field.getValue(), other, at + "." + field.getKey()));
				}
			}
		}
		else if (expected.isArray()) {
			if (!actual.isArray() || actual.size() != expected.size()) {
				missing.add(at + " (array size)");
			}
			else {
				for (int i = 0; i < expected.size(); i++) {
					missing.addAll(missingIn(expected.get(i), actual.get(i), at + "[" + i + "]"));
				}
			}
		}
		else if (!expected.asText().equals(actual.asText())) {
			missing.add(at + " (" + expected + " became " + actual + ")");
		}
		return missing;
	}

	private static int compactBytes(JsonNode node) throws Exception {
		return mapper.writeValueAsString(node).getBytes(StandardCharsets.UTF_8).length;
	}

}
