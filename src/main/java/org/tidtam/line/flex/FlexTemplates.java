package org.tidtam.line.flex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.FlexMessage;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Flex templates of {@code flex-templates/} (on the classpath as {@code classpath:flex-templates/}),
 * read once at start and rendered with {@code {{name}}} placeholders filled in.
 * <p>
 * Rendering works on a Jackson tree, not on JSON text: each value becomes (part of) a string node, so a
 * citizen's quotes, backslashes, newlines or emoji can never break the message, and a value that itself
 * contains {@code {{x}}} is left as typed (one pass, no re-expansion). Keys are never touched. A missing
 * value fails loudly rather than showing {@code {{x}}} to a person.
 * <p>
 * Templates are checked when loaded (a whole Flex message, no duplicate keys, placeholders only in string
 * values, a flat string sample beside each), so a broken file stops the app at start, not in a chat.
 * Jackson 2 is used on purpose: it is what the LINE SDK's model classes are annotated for.
 */
@Component
public class FlexTemplates {

	/** Where the templates are, relative to the classpath root. */
	public static final String ROOT = "flex-templates/";

	private static final String SAMPLE_SUFFIX = ".sample.json";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9_]*)}}");

	private static final Locale THAI = Locale.forLanguageTag("th");

	/** The SDK's own mapper: what it accepts is what the SDK will send to LINE. */
	private static final ObjectMapper SDK_MAPPER = ModelObjectMapper.createNewObjectMapper();

	/** Strict for reading files: a duplicated key is a template bug, not something to silently resolve. */
	private static final ObjectMapper FILE_MAPPER = new ObjectMapper()
		.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private final Map<String, ObjectNode> templates;

	private final Map<String, Map<String, String>> samples;

	/** Loads {@code classpath:flex-templates/**}{@code /*.json}. */
	public FlexTemplates() {
		this(new PathMatchingResourcePatternResolver(FlexTemplates.class.getClassLoader()), ROOT);
	}

	/** For tests: templates from another classpath folder (ending in {@code /}). */
	FlexTemplates(ResourcePatternResolver resolver, String root) {
		Map<String, ObjectNode> templates = new TreeMap<>();
		Map<String, Map<String, String>> samples = new TreeMap<>();
		try {
			for (Resource resource : resolver.getResources("classpath:" + root + "**/*.json")) {
				String path = relativePath(resource, root);
				if (path.endsWith(SAMPLE_SUFFIX)) {
					String template = path.substring(0, path.length() - SAMPLE_SUFFIX.length());
					samples.put(template, readSample(resource, path));
				}
				else {
					String template = path.substring(0, path.length() - ".json".length());
					templates.put(template, readTemplate(resource, path));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list Flex templates in classpath:" + root, ex);
		}
		this.templates = Collections.unmodifiableMap(templates);
		this.samples = Collections.unmodifiableMap(samples);
	}

	/** The paths of all templates (without {@code .json}), sorted. */
	public Set<String> paths() {
		return this.templates.keySet();
	}

	/** Renders a template enum constant; see {@link #render(String, Map)}. */
	public ObjectNode render(FlexTemplate template, Map<String, String> values) {
		return render(template.path(), values);
	}

	/**
	 * A new tree of the template's whole Flex message ({@code type}, {@code altText}, {@code contents}) with
	 * every {@code {{name}}} in a string value replaced by {@code values.get(name)}. Extra values are ignored.
	 * @throws IllegalArgumentException for an unknown path or a placeholder without a value (all such
	 * placeholders are named)
	 */
	public ObjectNode render(String path, Map<String, String> values) {
		Objects.requireNonNull(values, "values");
		ObjectNode template = this.templates.get(path);
		if (template == null) {
			throw new IllegalArgumentException("No Flex template '" + path + "' in " + ROOT + " (known: "
					+ this.templates.keySet() + ")");
		}
		Set<String> missing = new LinkedHashSet<>();
		for (String name : placeholders(template)) {
			if (values.get(name) == null) {
				missing.add(name);
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("Flex template '" + path + "' needs a value for "
					+ String.join(", ", missing.stream().map((name) -> "{{" + name + "}}").toList()));
		}
		ObjectNode copy = template.deepCopy();
		fill(copy, values);
		return copy;
	}

	/** The sample values beside a template ({@code <path>.sample.json}), for previews and tests. */
	public Map<String, String> sample(String path) {
		Map<String, String> sample = this.samples.get(path);
		if (sample == null) {
			throw new IllegalArgumentException("No sample file " + ROOT + path + SAMPLE_SUFFIX);
		}
		return sample;
	}

	/** A copy of the unrendered template, placeholders and all (tests and previews). */
	ObjectNode template(String path) {
		ObjectNode template = this.templates.get(path);
		if (template == null) {
			throw new IllegalArgumentException("No Flex template '" + path + "'");
		}
		return template.deepCopy();
	}

	/** The paths that have a sample file, whether or not the template exists (tests check both ways). */
	Set<String> samplePaths() {
		return this.samples.keySet();
	}

	/**
	 * The rendered tree as the SDK's message, converted by the SDK's own mapper, ready for a reply or push.
	 * @throws IllegalArgumentException if the SDK cannot read it (e.g. an invalid URI after rendering)
	 */
	public FlexMessage toMessage(ObjectNode message) {
		try {
			return SDK_MAPPER.treeToValue(message, FlexMessage.class);
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("Not a Flex message the LINE SDK accepts: " + ex.getMessage(),
					ex);
		}
	}

	/** The SDK's mapper, for callers that serialise SDK messages the same way they were read. */
	public static ObjectMapper sdkMapper() {
		return SDK_MAPPER;
	}

	/** The placeholder names in the string values of a tree, in document order. Keys are not looked at. */
	public static Set<String> placeholders(JsonNode node) {
		Set<String> names = new LinkedHashSet<>();
		collect(node, names);
		return names;
	}

	/**
	 * Shortens text to at most {@code maxGraphemes} grapheme clusters, ending in "…" when cut. LINE counts
	 * labels and some texts in clusters, and a Thai vowel or tone mark belongs to its consonant
	 * ("ยืนยันที่อยู่" is 13 chars but 7 clusters), so cutting by {@code String.length()} would both waste
	 * room and could split a cluster.
	 */
	public static String ellipsize(String text, int maxGraphemes) {
		Objects.requireNonNull(text, "text");
		if (maxGraphemes < 1) {
			throw new IllegalArgumentException("maxGraphemes must be at least 1, was " + maxGraphemes);
		}
		if (graphemeCount(text) <= maxGraphemes) {
			return text;
		}
		BreakIterator clusters = BreakIterator.getCharacterInstance(THAI);
		clusters.setText(text);
		int end = clusters.following(0);
		for (int i = 1; i < maxGraphemes - 1; i++) {
			end = clusters.next();
		}
		return (maxGraphemes == 1) ? "…" : text.substring(0, end).stripTrailing() + "…";
	}

	/** The number of grapheme clusters in text, as LINE counts labels. */
	public static int graphemeCount(String text) {
		return org.tidtam.line.limits.LineLimits.graphemes(text);
	}

	private static void fill(JsonNode node, Map<String, String> values) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				JsonNode value = field.getValue();
				if (value.isTextual()) {
					field.setValue(TextNode.valueOf(replace(value.textValue(), values)));
				}
				else {
					fill(value, values);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				JsonNode value = array.get(i);
				if (value.isTextual()) {
					array.set(i, TextNode.valueOf(replace(value.textValue(), values)));
				}
				else {
					fill(value, values);
				}
			}
		}
	}

	private static String replace(String text, Map<String, String> values) {
		if (!text.contains("{{")) {
			return text;
		}
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder result = new StringBuilder(text.length() + 32);
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(values.get(matcher.group(1))));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static void collect(JsonNode node, Set<String> names) {
		if (node.isTextual()) {
			Matcher matcher = PLACEHOLDER.matcher(node.textValue());
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		else {
			for (JsonNode child : node) {
				collect(child, names);
			}
		}
	}

	private static String relativePath(Resource resource, String root) throws IOException {
		String url = resource.getURL().toString();
		int at = url.lastIndexOf("/" + root);
		if (at < 0) {
			throw new IllegalStateException("Flex template outside " + root + ": " + url);
		}
		return url.substring(at + root.length() + 1);
	}

	private static ObjectNode readTemplate(Resource resource, String path) throws IOException {
		JsonNode tree;
		try (InputStream in = resource.getInputStream()) {
			tree = FILE_MAPPER.readTree(in);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Flex template " + path + " is not valid JSON: " + ex.getMessage(), ex);
		}
		if (!(tree instanceof ObjectNode message) || !"flex".equals(tree.path("type").asText())
				|| !tree.path("altText").isTextual() || !tree.path("contents").isObject()) {
			throw new IllegalStateException("Flex template " + path
					+ " must be one whole message {\"type\":\"flex\",\"altText\":\"...\",\"contents\":{...}}");
		}
		List<String> problems = new ArrayList<>();
		checkPlaceholders(message, "$", problems);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Flex template " + path + ": " + String.join("; ", problems));
		}
		return message;
	}

	/** Placeholders belong in string values only, and every {{ must start a well-formed one. */
	private static void checkPlaceholders(JsonNode node, String at, List<String> problems) {
		if (node.isTextual()) {
			String rest = PLACEHOLDER.matcher(node.textValue()).replaceAll("");
			if (rest.contains("{{") || rest.contains("}}")) {
				problems.add(at + " has a malformed placeholder (use {{name}}: letters, digits, _)");
			}
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				if (field.getKey().contains("{{")) {
					problems.add(at + " has a placeholder in the key '" + field.getKey() + "'");
				}
				checkPlaceholders(field.getValue(), at + "." + field.getKey(), problems);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				checkPlaceholders(node.get(i), at + "[" + i + "]", problems);
			}
		}
	}

	private static Map<String, String> readSample(Resource resource, String path) throws IOException {
		JsonNode tree;
		try (InputStream in = resource.getInputStream()) {
			tree = FILE_MAPPER.readTree(in);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Flex sample " + path + " is not valid JSON: " + ex.getMessage(), ex);
		}
		if (!tree.isObject()) {
			throw new IllegalStateException("Flex sample " + path + " must be a flat object of strings");
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : tree.properties()) {
			if (!field.getValue().isTextual()) {
				throw new IllegalStateException(
						"Flex sample " + path + ": the value of '" + field.getKey() + "' must be a string");
			}
			values.put(field.getKey(), field.getValue().textValue());
		}
		return Collections.unmodifiableMap(values);
	}

}
