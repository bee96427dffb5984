package org.tidtam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's configuration table says ".env.example lists them": a Docker install starts from that file, so an
 * environment variable the table names and the file leaves out is one the office never learns to set (the
 * linking codes' account, their hash key, the office's name).
 */
class ReadmeConfigurationTests {

	private static final Pattern ROW = Pattern.compile("^\\| `[a-z][^`]*`(?: / `[^`]*`)? \\| ([^|]*) \\|", Pattern.MULTILINE);

	private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

	@Test
	void everyEnvironmentVariableOfTheConfigurationTableIsInEnvExample() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		String table = readme.substring(readme.indexOf("## การตั้งค่า / Configuration"),
				readme.indexOf("For Docker, [`.env.example`]"));
		List<String> variables = new ArrayList<>();
		Matcher row = ROW.matcher(table);
		while (row.find()) {
			Matcher variable = VARIABLE.matcher(row.group(1));
			while (variable.find()) {
				variables.add(variable.group(1));
			}
		}
		assertThat(variables).as("the table was read").contains("LINE_CHANNEL_SECRET", "TIDTAM_LINE_BASIC_ID", "PORT");

		String example = Files.readString(Path.of(".env.example"));
		assertThat(variables).allSatisfy(name -> assertThat(example)
			.as("%s in .env.example", name)
			.containsPattern("(?m)^#? ?" + name + "="));
	}

}
