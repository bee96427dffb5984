package org.tidtam.line.limits;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * LINE's own limits on what a bot sends that LINE's OpenAPI description does not encode
 * (LINE-PLATFORM.md §3.4–§3.6, §7, §10): text lengths, label lengths in grapheme clusters, HTTPS-only
 * media, Flex sizes, template shapes, multicast size, loading seconds. Together with
 * {@link LineOpenApiValidator} this is what the fake LINE platform answers 400 for, so a message that
 * LINE would refuse fails in tests instead of in front of a citizen.
 * <p>
 * Pure and thread-safe. Property paths are LINE's ({@code messages[0].contents.footer.contents[0].action.label}).
 */
public final class LineLimits {

	public static final int MAX_MESSAGES = 5;

	public static final int MAX_TEXT = 5000;

	public static final int MAX_ALT_TEXT = 1500;

	public static final int MAX_QUICK_REPLY_ITEMS = 13;

	public static final int MAX_MULTICAST_TO = 500;

	public static final int MAX_CAROUSEL_BUBBLES = 12;

	/**
	 * LINE says 30 KB and 50 KB without saying whether a KB is 1000 or 1024 bytes; the fake takes the
	 * stricter reading so that whatever passes here also passes at LINE.
	 */
	public static final int MAX_BUBBLE_BYTES = 30_000;

	public static final int MAX_CAROUSEL_BYTES = 50_000;

	private static final Set<String> URI_SCHEMES = Set.of("http", "https", "line", "tel");

	private static final Set<String> FLEX_MEDIA_FIELDS = Set.of("url", "previewUrl");

	private static final ObjectMapper JSON = new ObjectMapper();

	private LineLimits() {
	}

	/**
	 * @param endpoint {@code reply}, {@code push}, {@code multicast} or {@code broadcast}
	 * @param body the request body as LINE would parse it
	 * @return LINE-limit violations, empty when the body is within LINE's limits
	 */
	public static List<Violation> check(String endpoint, JsonNode body) {
		List<Violation> out = new ArrayList<>();
		if (body == null || !body.isObject()) {
			out.add(new Violation("", "The request body must be a JSON object"));
			return out;
		}
		if ("multicast".equals(endpoint)) {
			JsonNode to = body.get("to");
			if (to == null || !to.isArray() || to.size() < 1 || to.size() > MAX_MULTICAST_TO) {
				out.add(new Violation("to", "Size must be between 1 and " + MAX_MULTICAST_TO));
			}
		}
		JsonNode messages = body.get("messages");
		if (messages == null || !messages.isArray() || messages.size() < 1 || messages.size() > MAX_MESSAGES) {
			out.add(new Violation("messages", "Size must be between 1 and " + MAX_MESSAGES));
		}
		if (messages != null && messages.isArray()) {
			for (int i = 0; i < messages.size(); i++) {
				checkMessage("messages[" + i + "]", messages.get(i), out);
			}
		}
		return out;
	}

	/**
	 * The loading animation's body: a chat id, and {@code loadingSeconds} (default 20) a multiple of 5
	 * from 5 to 60, which the spec only half encodes (5–60).
	 */
	public static List<Violation> checkLoading(JsonNode body) {
		List<Violation> out = new ArrayList<>();
		if (body == null || !body.isObject()) {
			out.add(new Violation("", "The request body must be a JSON object"));
			return out;
		}
		JsonNode chatId = body.get("chatId");
		if (chatId == null || !chatId.isTextual() || chatId.asText().isEmpty()) {
			out.add(new Violation("chatId", "Must not be empty"));
		}
		JsonNode seconds = body.get("loadingSeconds");
		if (seconds != null && !seconds.isNull()) {
			if (!seconds.isIntegralNumber() || seconds.asInt() < 5 || seconds.asInt() > 60 || seconds.asInt() % 5 != 0) {
				out.add(new Violation("loadingSeconds", "Must be a multiple of 5 between 5 and 60"));
			}
		}
		return out;
	}

	/** Grapheme clusters, as LINE counts labels: a Thai consonant with its vowel and tone marks is one. */
	public static int graphemes(String text) {
		if (text == null || text.isEmpty()) {
			return 0;
		}
		BreakIterator it = BreakIterator.getCharacterInstance(new Locale("th"));
		it.setText(text);
		int count = 0;
		while (it.next() != BreakIterator.DONE) {
			count++;
		}
		return count;
	}

	private static void checkMessage(String path, JsonNode message, List<Violation> out) {
		if (message == null || !message.isObject()) {
			return;
		}
		String type = text(message, "type");
		if (type == null) {
			return;
		}
		switch (type) {
			case "text", "textV2" -> maxUtf16(path + ".text", message.get("text"), MAX_TEXT, out);
			case "image", "video" -> {
				https(path + ".originalContentUrl", message.get("originalContentUrl"), out);
				https(path + ".previewImageUrl", message.get("previewImageUrl"), out);
			}
			case "audio" -> https(path + ".originalContentUrl", message.get("originalContentUrl"), out);
			case "location" -> {
				maxUtf16(path + ".title", message.get("title"), 100, out);
				maxUtf16(path + ".address", message.get("address"), 100, out);
			}
			case "imagemap" -> {
				altText(path, message, out);
				https(path + ".baseUrl", message.get("baseUrl"), out);
				JsonNode actions = message.get("actions");
				if (actions != null && actions.isArray() && actions.size() > 50) {
					out.add(new Violation(path + ".actions", "Size must be between 1 and 50"));
				}
			}
			case "template" -> {
				altText(path, message, out);
				checkTemplate(path + ".template", message.get("template"), out);
			}
			case "flex" -> {
				altText(path, message, out);
				checkFlex(path + ".contents", message.get("contents"), out);
			}
			default -> {
				// sticker and types LINE adds later: nothing beyond the spec to check
			}
		}
		JsonNode sender = message.get("sender");
		if (sender != null && sender.has("iconUrl")) {
			https(path + ".sender.iconUrl", sender.get("iconUrl"), out);
		}
		checkQuickReply(path + ".quickReply", message.get("quickReply"), out);
	}

	private static void altText(String path, JsonNode message, List<Violation> out) {
		maxUtf16(path + ".altText", message.get("altText"), MAX_ALT_TEXT, out);
	}

	private static void checkQuickReply(String path, JsonNode quickReply, List<Violation> out) {
		if (quickReply == null || !quickReply.isObject()) {
			return;
		}
		JsonNode items = quickReply.get("items");
		if (items == null || !items.isArray()) {
			return;
		}
		if (items.size() > MAX_QUICK_REPLY_ITEMS) {
			out.add(new Violation(path + ".items", "Size must be between 0 and " + MAX_QUICK_REPLY_ITEMS));
		}
		for (int i = 0; i < items.size(); i++) {
			String itemPath = path + ".items[" + i + "]";
			JsonNode item = items.get(i);
			if (!"action".equals(text(item, "type"))) {
				// the SDK's QuickReplyItem.Builder leaves type out (STACK.md): LINE refuses that
				out.add(new Violation(itemPath + ".type", "Must be \"action\""));
			}
			https(itemPath + ".imageUrl", item.get("imageUrl"), out);
			checkAction(itemPath + ".action", item.get("action"), 20, true, out);
		}
	}

	private static void checkTemplate(String path, JsonNode template, List<Violation> out) {
		if (template == null || !template.isObject()) {
			return;
		}
		String type = text(template, "type");
		if (type == null) {
			return;
		}
		switch (type) {
			case "buttons" -> {
				boolean imageOrTitle = template.hasNonNull("thumbnailImageUrl") || template.hasNonNull("title");
				maxGraphemes(path + ".title", template.get("title"), 40, out);
				maxGraphemes(path + ".text", template.get("text"), imageOrTitle ? 60 : 160, out);
				https(path + ".thumbnailImageUrl", template.get("thumbnailImageUrl"), out);
				actions(path + ".actions", template.get("actions"), 1, 4, 20, out);
				checkAction(path + ".defaultAction", template.get("defaultAction"), 20, false, out);
			}
			case "confirm" -> {
				maxGraphemes(path + ".text", template.get("text"), 240, out);
				actions(path + ".actions", template.get("actions"), 2, 2, 20, out);
			}
			case "carousel" -> {
				JsonNode columns = columns(path, template, out);
				for (int i = 0; i < columns.size(); i++) {
					String columnPath = path + ".columns[" + i + "]";
					JsonNode column = columns.get(i);
					boolean imageOrTitle = column.hasNonNull("thumbnailImageUrl") || column.hasNonNull("title");
					maxGraphemes(columnPath + ".title", column.get("title"), 40, out);
					maxGraphemes(columnPath + ".text", column.get("text"), imageOrTitle ? 60 : 120, out);
					https(columnPath + ".thumbnailImageUrl", column.get("thumbnailImageUrl"), out);
					actions(columnPath + ".actions", column.get("actions"), 1, 3, 20, out);
					checkAction(columnPath + ".defaultAction", column.get("defaultAction"), 20, false, out);
				}
			}
			case "image_carousel" -> {
				JsonNode columns = columns(path, template, out);
				for (int i = 0; i < columns.size(); i++) {
					String columnPath = path + ".columns[" + i + "]";
					https(columnPath + ".imageUrl", columns.get(i).get("imageUrl"), out);
					checkAction(columnPath + ".action", columns.get(i).get("action"), 12, false, out);
				}
			}
			default -> {
			}
		}
	}

	private static void actions(String path, JsonNode actions, int min, int max, int labelLimit, List<Violation> out) {
		if (actions == null || !actions.isArray()) {
			return;
		}
		if (actions.size() < min || actions.size() > max) {
			out.add(new Violation(path, min == max ? "Size must be " + min : "Size must be between " + min + " and " + max));
		}
		for (int i = 0; i < actions.size(); i++) {
			checkAction(path + "[" + i + "]", actions.get(i), labelLimit, false, out);
		}
	}

	private static void checkFlex(String path, JsonNode contents, List<Violation> out) {
		if (contents == null || !contents.isObject()) {
			return;
		}
		String type = text(contents, "type");
		if ("carousel".equals(type)) {
			JsonNode bubbles = contents.get("contents");
			if (bubbles != null && bubbles.isArray()) {
				if (bubbles.size() < 1 || bubbles.size() > MAX_CAROUSEL_BUBBLES) {
					out.add(new Violation(path + ".contents", "Size must be between 1 and " + MAX_CAROUSEL_BUBBLES));
				}
				for (int i = 0; i < bubbles.size(); i++) {
					checkBubble(path + ".contents[" + i + "]", bubbles.get(i), out);
				}
			}
			int bytes = compactBytes(contents);
			if (bytes > MAX_CAROUSEL_BYTES) {
				out.add(new Violation(path, "Carousel JSON is " + bytes + " bytes, more than " + MAX_CAROUSEL_BYTES));
			}
		}
		else if ("bubble".equals(type)) {
			checkBubble(path, contents, out);
		}
	}

	private static void checkBubble(String path, JsonNode bubble, List<Violation> out) {
		if (bubble == null || !bubble.isObject()) {
			return;
		}
		int bytes = compactBytes(bubble);
		if (bytes > MAX_BUBBLE_BYTES) {
			out.add(new Violation(path, "Bubble JSON is " + bytes + " bytes, more than " + MAX_BUBBLE_BYTES));
		}
		for (String block : List.of("header", "hero", "body", "footer")) {
			checkComponent(path + "." + block, bubble.get(block), out);
		}
		checkAction(path + ".action", bubble.get("action"), 40, false, out);
	}

	private static void checkComponent(String path, JsonNode component, List<Violation> out) {
		if (component == null || !component.isObject()) {
			return;
		}
		String type = text(component, "type");
		if ("image".equals(type) || "icon".equals(type) || "video".equals(type)) {
			for (String field : FLEX_MEDIA_FIELDS) {
				https(path + "." + field, component.get(field), out);
			}
		}
		if ("video".equals(type)) {
			checkComponent(path + ".altContent", component.get("altContent"), out);
		}
		// a flex button's label is required; other flex actions (box, image, text) may go without
		checkAction(path + ".action", component.get("action"), 40, "button".equals(type), out);
		JsonNode children = component.get("contents");
		if (children != null && children.isArray()) {
			for (int i = 0; i < children.size(); i++) {
				checkComponent(path + ".contents[" + i + "]", children.get(i), out);
			}
		}
	}

	private static void checkAction(String path, JsonNode action, int labelLimit, boolean labelRequired,
			List<Violation> out) {
		if (action == null || !action.isObject()) {
			return;
		}
		JsonNode label = action.get("label");
		if (label == null || label.isNull() || label.asText().isEmpty()) {
			if (labelRequired) {
				out.add(new Violation(path + ".label", "Must not be empty"));
			}
		}
		else {
			maxGraphemes(path + ".label", label, labelLimit, out);
		}
		String type = text(action, "type");
		if (type == null) {
			return;
		}
		switch (type) {
			case "postback" -> {
				maxUtf16(path + ".data", action.get("data"), 300, out);
				maxGraphemes(path + ".displayText", action.get("displayText"), 300, out);
				maxGraphemes(path + ".text", action.get("text"), 300, out);
				maxGraphemes(path + ".fillInText", action.get("fillInText"), 300, out);
			}
			case "message" -> maxGraphemes(path + ".text", action.get("text"), 300, out);
			case "uri" -> {
				uri(path + ".uri", action.get("uri"), out);
				JsonNode altUri = action.get("altUri");
				if (altUri != null && altUri.isObject()) {
					uri(path + ".altUri.desktop", altUri.get("desktop"), out);
				}
			}
			case "datetimepicker", "richmenuswitch" -> maxUtf16(path + ".data", action.get("data"), 300, out);
			case "clipboard" -> maxUtf16(path + ".clipboardText", action.get("clipboardText"), 1000, out);
			default -> {
			}
		}
	}

	private static void uri(String path, JsonNode node, List<Violation> out) {
		if (node == null || !node.isTextual()) {
			return;
		}
		String value = node.asText();
		if (value.length() > 1000) {
			out.add(new Violation(path, "Length must be between 0 and 1000"));
		}
		String scheme = scheme(value);
		if (scheme == null || !URI_SCHEMES.contains(scheme)) {
			out.add(new Violation(path, "Invalid uri scheme (allowed: http, https, line, tel)"));
		}
	}

	private static void https(String path, JsonNode node, List<Violation> out) {
		if (node == null || !node.isTextual()) {
			return;
		}
		String value = node.asText();
		if (!"https".equals(scheme(value))) {
			out.add(new Violation(path, "Must be an HTTPS URL"));
		}
		else if (value.length() > 2000) {
			out.add(new Violation(path, "Length must be between 0 and 2000"));
		}
	}

	private static String scheme(String value) {
		try {
			String scheme = new URI(value).getScheme();
			return scheme == null ? null : scheme.toLowerCase(Locale.ROOT);
		}
		catch (URISyntaxException ex) {
			int colon = value.indexOf(':');
			return colon > 0 ? value.substring(0, colon).toLowerCase(Locale.ROOT) : null;
		}
	}

	/** Message texts: LINE counts UTF-16 code units (an emoji outside the BMP is 2). */
	private static void maxUtf16(String path, JsonNode node, int max, List<Violation> out) {
		if (node != null && node.isTextual() && node.asText().length() > max) {
			out.add(new Violation(path, "Length must be between 0 and " + max));
		}
	}

	/** Labels and template texts: LINE counts grapheme clusters. */
	private static void maxGraphemes(String path, JsonNode node, int max, List<Violation> out) {
		if (node != null && node.isTextual() && graphemes(node.asText()) > max) {
			out.add(new Violation(path, "Length must be between 0 and " + max));
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value != null && value.isTextual() ? value.asText() : null;
	}

	private static int compactBytes(JsonNode node) {
		try {
			return JSON.writeValueAsBytes(node).length;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A template's columns (1 to 10; an empty array when missing, the spec reports that). */
	private static JsonNode columns(String path, JsonNode template, List<Violation> out) {
		JsonNode columns = template.get("columns");
		if (columns == null || !columns.isArray()) {
			return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
		}
		if (columns.size() < 1 || columns.size() > 10) {
			out.add(new Violation(path + ".columns", "Size must be between 1 and 10"));
		}
		return columns;
	}

}
