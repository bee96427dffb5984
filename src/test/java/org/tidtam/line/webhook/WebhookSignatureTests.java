package org.tidtam.line.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import com.linecorp.bot.parser.LineSignatureValidator;
import org.junit.jupiter.api.Test;
import org.tidtam.support.SharedFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Known answers from LINE's docs and from ../shared/line/webhook-examples/SIGNATURES.tsv. */
class WebhookSignatureTests {

	static final String EXAMPLES_SECRET = "0123456789abcdef0123456789abcdef";

	@Test
	void lineDocsKnownAnswer() {
		LineSignatureValidator validator = new LineSignatureValidator(
				"8c570fa6dd201bb328f1c1eac23a96d8".getBytes(StandardCharsets.UTF_8));
		byte[] body = "{\"destination\":\"U8e742f61d673b39c7fff3cecb7536ef0\",\"events\":[]}"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(validator.validateSignature(body, "GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs=")).isTrue();
		assertThat(validator.validateSignature(body, "7/Kp4kjoGhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxg=")).isFalse();
	}

	@Test
	void everyExampleMatchesItsKnownSignatureAndNoOther() throws IOException {
		LineSignatureValidator validator = new LineSignatureValidator(EXAMPLES_SECRET.getBytes(StandardCharsets.UTF_8));
		List<String[]> rows = rows();
		assertThat(rows).hasSize(8);
		for (String[] row : rows) {
			byte[] body = SharedFiles.bytes("line/webhook-examples/" + row[0]);
			assertThat(body).as(row[0]).hasSize(Integer.parseInt(row[1]));
			assertThat(validator.validateSignature(body, row[2])).as(row[0]).isTrue();
			byte[] altered = body.clone();
			altered[altered.length - 2] ^= 1;
			assertThat(validator.validateSignature(altered, row[2])).as(row[0] + " altered").isFalse();
		}
	}

	static List<String[]> rows() throws IOException {
		return Files.readAllLines(SharedFiles.path("line/webhook-examples/SIGNATURES.tsv"))
			.stream()
			.filter(l -> !l.startsWith("#") && !l.startsWith("file\t") && !l.isBlank())
			.map(l -> l.split("\t"))
			.toList();
	}

}
