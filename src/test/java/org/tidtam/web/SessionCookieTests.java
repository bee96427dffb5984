package org.tidtam.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's session cookie behind the office's HTTPS reverse proxy (real HTTP: Tomcat writes the
 * cookie): with a public HTTPS address it is Secure, so a browser never sends it over plain HTTP (a link
 * typed without https, a hotel Wi-Fi), and it is never readable by scripts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.base-url=https://tidtam.example.go.th" })
class SessionCookieTests {

	@LocalServerPort
	int port;

	@Test
	void behindAnHttpsProxyTheSessionCookieIsSecureAndHttpOnly() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", "tidtam.example.go.th")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		List<String> session = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.toList();
		assertThat(session).singleElement()
			.satisfies(cookie -> assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly"));
	}

}
