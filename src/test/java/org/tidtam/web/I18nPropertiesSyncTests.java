package org.tidtam.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thai first, English second, nothing in between: every message key exists in both locales, and no
 * template (except the developers' LINE simulator) carries visible text that is not a message.
 */
class I18nPropertiesSyncTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Text between tags that has a letter in it (Thai or Latin). */
	private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*[\\p{IsThai}A-Za-z][^<>]*)<");

	/** Visible attributes written as literals (th:* versions are fine). */
	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(title|alt|placeholder|aria-label|value)=\"([^\"]*[\\p{IsThai}A-Za-z][^\"]*)\"");

	/** An argument of a message: {0}, {1,number} … */
	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	/** An apostrophe that is not one of a doubled pair. */
	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	/** Message keys written out in templates: #{key} or #{key(args)}. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[(}]");

	@Test
	void everyKeyExistsInThaiAndEnglish() throws IOException {
		Set<String> thai = load(MESSAGES.resolve("messages.properties")).stringPropertyNames();
		Set<String> english = load(MESSAGES.resolve("messages_en.properties")).stringPropertyNames();
		assertThat(difference(thai, english)).as("keys in messages.properties missing from messages_en.properties")
			.isEmpty();
		assertThat(difference(english, thai)).as("keys in messages_en.properties missing from messages.properties")
			.isEmpty();
	}

	@Test
	void otherLocaleFilesStayInSync() throws IOException {
		// every bundle (messages, chat …) has the same keys in each locale as its Thai default file
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]+_[a-z]{2}\\.properties")).toList()) {
				String name = file.getFileName().toString();
				Path base = MESSAGES.resolve(name.substring(0, name.indexOf('_')) + ".properties");
				Set<String> thai = load(base).stringPropertyNames();
				Set<String> keys = load(file).stringPropertyNames();
				assertThat(difference(thai, keys)).as("keys missing from " + file).isEmpty();
				assertThat(difference(keys, thai)).as("keys only in " + file).isEmpty();
			}
		}
	}

	/**
	 * A message with arguments goes through {@link java.text.MessageFormat}, where a lone apostrophe
	 * quotes what follows (so "Citizens' rating: {0}" prints "{0}" as is) and must be doubled; a message
	 * without arguments is printed as written, so a doubled one would show twice.
	 */
	@Test
	void apostrophesSuitHowEachMessageIsFormatted() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
				Properties messages = load(file);
				for (String key : new TreeSet<>(messages.stringPropertyNames())) {
					String message = messages.getProperty(key);
					boolean formatted = ARGUMENT.matcher(message).find();
					if (formatted ? LONE_APOSTROPHE.matcher(message).find() : message.contains("''")) {
						problems.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(problems).as("apostrophes: doubled in messages with {0}, single in messages without").isEmpty();
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = stripNonText(Files.readString(template, StandardCharsets.UTF_8));
			Matcher text = TEXT_NODE.matcher(html);
			while (text.find()) {
				problems.add(TEMPLATES.relativize(template) + ": text \"" + text.group(1).strip() + "\"");
			}
			Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				problems.add(TEMPLATES.relativize(template) + ": " + attribute.group(1) + "=\"" + attribute.group(2)
						+ "\"");
			}
		}
		assertThat(problems).as("literal text in templates: use #{...} message keys").isEmpty();
	}

	@Test
	void templatesNeverWriteUnescapedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates(true)) {
			if (Files.readString(template, StandardCharsets.UTF_8).contains("th:utext")) {
				problems.add(TEMPLATES.relativize(template).toString());
			}
		}
		assertThat(problems).as("templates using th:utext").isEmpty();
	}

	@Test
	void messageKeysUsedInTemplatesExist() throws IOException {
		// every Thai bundle (messages, progress, complaints, reports …; not the chat wording)
		Set<String> thai = new TreeSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]+\\.properties")).toList()) {
				thai.addAll(load(file).stringPropertyNames());
			}
		}
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (key.find()) {
				if (!thai.contains(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but not defined").isEmpty();
	}

	@Test
	void theCheckFindsLiteralText() {
		String html = stripNonText("<p>สวัสดี</p><p th:text=\"#{x}\"></p><input placeholder=\"Name\"><!-- note -->");
		assertThat(TEXT_NODE.matcher(html).find()).isTrue();
		assertThat(LITERAL_ATTRIBUTE.matcher(html).find()).isTrue();
		String clean = stripNonText("<p th:text=\"#{x}\"></p><span aria-hidden=\"true\">·</span><!-- a comment -->"
				+ "<input th:placeholder=\"#{y}\"><script>let a = 'b';</script>");
		assertThat(TEXT_NODE.matcher(clean).find()).isFalse();
		assertThat(LITERAL_ATTRIBUTE.matcher(clean).find()).isFalse();
	}

	/** Comments, scripts, styles and the doctype are not text a person reads. */
	private static String stripNonText(String html) {
		return html.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?is)<script\\b.*?</script>", "<script></script>")
			.replaceAll("(?is)<style\\b.*?</style>", "<style></style>")
			.replaceAll("(?i)<!DOCTYPE[^>]*>", "");
	}

	private static List<Path> templates() throws IOException {
		return templates(false);
	}

	private static List<Path> templates(boolean includingSimulator) throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html"))
				.filter(f -> includingSimulator || !TEMPLATES.relativize(f).startsWith("simulator"))
				.sorted()
				.toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

}
