package org.tidtam.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tidtam.shared.Role;
import org.tidtam.support.AdminBrowser;
import org.tidtam.support.AdminBrowser.Form;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing on the sign-in form, over real HTTP: five wrong passwords hold the name for fifteen
 * minutes (the right one too), a name that does not exist is answered the same way, and the hold ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tidtam.store.in-memory=true")
@Import(TestClockConfig.class)
class LoginThrottleTests {

	static final String PASSWORD = "a-long-enough-password";

	@LocalServerPort
	int port;

	@Autowired
	AdminUserRepository users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MutableClock clock;

	@Test
	void fiveWrongPasswordsHoldTheNameForFifteenMinutes() throws Exception {
		this.users.save(new AdminUser("somsri", this.passwords.encode(PASSWORD), "สมศรี", Set.of(Role.COORDINATOR),
				Instant.now()));
		for (int i = 1; i <= LoginThrottle.MAX_FAILURES; i++) {
			HttpResponse<String> wrong = signIn("somsri", "guess-" + i);
			assertThat(wrong.body()).as("try %d", i).contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง").doesNotContain("id=\"held\"");
		}
		// now even the right password is turned away, and an unknown name is answered the same way once guessed at
		assertThat(signIn("somsri", PASSWORD).body()).contains("id=\"held\"").contains("15 นาที");
		for (int i = 1; i <= LoginThrottle.MAX_FAILURES; i++) {
			signIn("nobody", "guess-" + i);
		}
		assertThat(signIn("nobody", PASSWORD).body()).contains("id=\"held\"");

		this.clock.advance(LoginThrottle.LOCK.plus(Duration.ofSeconds(1)));
		AdminBrowser.signIn(this.port, "somsri", PASSWORD);
	}

	@Test
	void aRightPasswordClearsTheCount() throws Exception {
		this.users.save(new AdminUser("wichai", this.passwords.encode(PASSWORD), "วิชัย", Set.of(Role.COORDINATOR),
				Instant.now()));
		for (int round = 0; round < 2; round++) {
			for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
				signIn("wichai", "guess-" + i);
			}
			AdminBrowser.signIn(this.port, "wichai", PASSWORD);
		}
	}

	private HttpResponse<String> signIn(String username, String password) throws Exception {
		AdminBrowser browser = new AdminBrowser(this.port);
		String token = browser.csrf(browser.get("/login").body());
		return browser.post(new Form("/login", token), "username", username, "password", password);
	}

}
