package org.tidtam.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's browser on the admin web over real HTTP (where Tomcat, not MockMvc, answers): cookies kept,
 * redirects followed, forms posted with the page's CSRF token.
 */
public final class AdminBrowser {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"[^>]*method=\"post\"[^>]*>(.*?)</form>",
			Pattern.DOTALL);

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	public AdminBrowser(int port) {
		this.port = port;
	}

	/** Signs in through the login page; the sign-in must land on {@code /admin}. */
	public static AdminBrowser signIn(int port, String username, String password) throws Exception {
		AdminBrowser browser = new AdminBrowser(port);
		String token = browser.csrf(browser.get("/login").body());
		HttpResponse<String> home = browser.post(new Form("/login", token), "username", username, "password", password);
		assertThat(home.uri().getPath()).isEqualTo("/admin");
		return browser;
	}

	public HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	/** Posts {@code form} with its CSRF token and the given name, value, name, value … */
	public HttpResponse<String> post(Form form, String... fields) throws Exception {
		StringBuilder body = new StringBuilder("_csrf=").append(encode(form.csrf()));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return send(HttpRequest.newBuilder(uri(form.action()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	/** Any other request (a multipart upload …) with this browser's cookies. */
	public HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** The first CSRF token on {@code page}. */
	public String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A form of a page: where it posts, and its CSRF token. */
	public record Form(String action, String csrf) {

		public static Form find(String page, String action) {
			Matcher form = FORM.matcher(page);
			while (form.find()) {
				if (form.group(1).equals(action)) {
					Matcher token = CSRF.matcher(form.group(2));
					assertThat(token.find()).as("CSRF token in the form to " + action).isTrue();
					return new Form(action, token.group(1));
				}
			}
			throw new AssertionError("no form posting to " + action);
		}

	}

}
