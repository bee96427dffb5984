package org.tidtam.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of the admin pages has a name a screen reader can say: it sits inside its
 * {@code <label>}, a label points at its id, or it carries an {@code aria-label}/{@code title}. A
 * field without one is read out as "edit text" and nothing more (the categories page had four such
 * fields on every row), and every table names its columns (the access trails had no header row).
 */
class AccessibleFormsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");

	private static final Pattern LABEL_FOR = Pattern.compile("<label\\b[^>]*?\\b(?:th:)?for=\"([^\"]+)\"");

	private static final Pattern ID = Pattern.compile("\\s(?:th:)?id=\"([^\"]+)\"");

	private static final Pattern TABLE = Pattern.compile("(?s)<table\\b([^>]*)>(.*?)</table>");

	private static final Pattern TYPE = Pattern.compile("\\stype=\"([^\"]+)\"");

	private static final Pattern NAMED = Pattern
		.compile("\\s(?:(?:th:)?(?:aria-label|aria-labelledby|title)=\"|th:attr=\"[^\"]*\\baria-label=)");

	@Test
	void everyFieldHasAnAccessibleName() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
			Set<String> labelled = new HashSet<>();
			Matcher forId = LABEL_FOR.matcher(html);
			while (forId.find()) {
				labelled.add(forId.group(1));
			}
			Matcher control = CONTROL.matcher(html);
			while (control.find()) {
				String attributes = control.group(2);
				Matcher type = TYPE.matcher(attributes);
				if (type.find() && Set.of("hidden", "submit", "button").contains(type.group(1))) {
					continue;
				}
				Matcher id = ID.matcher(attributes);
				boolean named = NAMED.matcher(attributes).find() || (id.find() && labelled.contains(id.group(1)))
						|| insideLabel(html, control.start());
				if (!named) {
					problems.add(TEMPLATES.relativize(template) + ": " + control.group().strip());
				}
			}
		}
		assertThat(problems).as("fields without a label, aria-label or title").isEmpty();
	}

	/** A table's columns are named by header cells, so a screen reader says what each cell is. */
	@Test
	void everyTableNamesItsColumns() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template, StandardCharsets.UTF_8);
			Matcher table = TABLE.matcher(html);
			while (table.find()) {
				// a table that only holds a row fragment for another table is never shown as such
				if (!table.group(2).contains("<th") && !table.group(2).contains("th:fragment")) {
					problems.add(TEMPLATES.relativize(template) + ": <table" + table.group(1) + ">");
				}
			}
		}
		assertThat(problems).as("tables without header cells").isEmpty();
	}

	private static boolean insideLabel(String html, int at) {
		String before = html.substring(0, at);
		return count(before, "<label") > count(before, "</label>");
	}

	private static int count(String text, String what) {
		int n = 0;
		for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
			n++;
		}
		return n;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html"))
				.filter(f -> !TEMPLATES.relativize(f).startsWith("simulator"))
				.sorted()
				.toList();
		}
	}

}
