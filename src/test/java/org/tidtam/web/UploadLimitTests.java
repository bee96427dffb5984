package org.tidtam.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tidtam.shared.Role;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload above the configured multipart limit, over real HTTP (Tomcat enforces the limit, MockMvc
 * does not): the coordinator gets the app's Thai page saying the file is too large and what the limit is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S" })
@Import(TestClockConfig.class)
class UploadLimitTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	PasswordEncoder passwords;

	HttpClient http;

	@BeforeEach
	void signIn() throws Exception {
		this.mongo.remove(Query.query(Criteria.where(AdminUser.USERNAME).is("upload-coordinator")), AdminUser.class);
		this.mongo.insert(new AdminUser("upload-coordinator", this.passwords.encode("long-enough-password"),
				"ผู้ประสานงาน", Set.of(Role.COORDINATOR), Instant.now()));
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		String token = csrf(get("/login").body());
		HttpResponse<String> home = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=upload-coordinator&password=long-enough-password&_csrf="
					+ URLEncoder.encode(token, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(home.uri().getPath()).isEqualTo("/admin");
	}

	@Test
	void aFileAboveTheLimitGetsAThaiPageWithTheLimit() throws Exception {
		String token = csrf(get("/admin/plan/import").body());
		byte[] big = new byte[30 * 1024 * 1024];
		Arrays.fill(big, (byte) 'a');
		String boundary = "----tidtam-upload-test";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"measures.csv\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(big);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/admin/plan/import/preview"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Referer", uri("/admin/plan/import").toString())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		// back on the import page (the redirect followed), the limit from spring.servlet.multipart named
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.uri().getPath()).isEqualTo("/admin/plan/import");
		assertThat(response.body()).contains("ไฟล์ใหญ่เกินไป ส่งได้ไม่เกิน 12 MB ต่อครั้ง")
			.contains("action=\"/admin/plan/import/preview\"")
			.doesNotContain("Payload Too Large");
		assertThat(this.mongo.count(new Query(), "measures")).isZero();
	}

	@Test
	void theWayBackIsAlwaysAPageOfThisSite() {
		assertThat(UploadLimitFilter.backTo("http://localhost:8080/admin/line/events?state=DEAD", ""))
			.isEqualTo("/admin/line/events?state=DEAD");
		assertThat(UploadLimitFilter.backTo("https://evil.example//evil.example/x", "")).isEqualTo("/admin");
		assertThat(UploadLimitFilter.backTo(null, "")).isEqualTo("/admin");
		assertThat(UploadLimitFilter.backTo("not a uri", "")).isEqualTo("/admin");
		assertThat(UploadLimitFilter.describe(12L * 1024 * 1024)).isEqualTo("12 MB");
		assertThat(UploadLimitFilter.describe(500L * 1024)).isEqualTo("500 KB");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("a CSRF token on the page").isTrue();
		return m.group(1);
	}

}
