package org.tidtam.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tidtam.shared.Role;
import org.tidtam.support.AdminBrowser;
import org.tidtam.support.AdminBrowser.Form;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator changes their own password over real HTTP, without an admin: refusals first, then the change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tidtam.store.in-memory=true")
class AccountPasswordTests {

	static final String PASSWORD = "the-handed-over-password";

	static final String NEW_PASSWORD = "my-own-new-password";

	@LocalServerPort
	int port;

	@Autowired
	AdminUserRepository users;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void aCoordinatorChangesTheirOwnPasswordAndSignsInWithIt() throws Exception {
		this.users.save(new AdminUser("malee", this.passwords.encode(PASSWORD), "มาลี", Set.of(Role.COORDINATOR),
				Instant.now()));
		AdminBrowser malee = AdminBrowser.signIn(this.port, "malee", PASSWORD);
		String home = malee.get("/admin").body();
		assertThat(home).contains("id=\"my-account\"");
		String page = malee.get("/admin/account").body();
		Form form = Form.find(page, "/admin/account/password");

		assertThat(malee.post(form, "current", "not-my-password", "password", NEW_PASSWORD, "confirm", NEW_PASSWORD).body())
			.contains("รหัสผ่านปัจจุบันไม่ถูกต้อง");
		assertThat(malee.post(form, "current", PASSWORD, "password", "short", "confirm", "short").body())
			.contains("12–128 ตัวอักษร");
		assertThat(malee.post(form, "current", PASSWORD, "password", NEW_PASSWORD, "confirm", NEW_PASSWORD + "x").body())
			.contains("ไม่ตรงกัน");
		assertThat(this.passwords.matches(PASSWORD, this.users.findByUsername("malee").orElseThrow().getPasswordHash()))
			.as("nothing changed yet")
			.isTrue();

		HttpResponse<String> changed = malee.post(form, "current", PASSWORD, "password", NEW_PASSWORD, "confirm",
				NEW_PASSWORD);
		assertThat(changed.uri().getPath()).isEqualTo("/login");
		assertThat(changed.body()).contains("id=\"password-changed\"");
		assertThat(malee.get("/admin").uri().getPath()).as("signed out").isEqualTo("/login");

		AdminBrowser fresh = new AdminBrowser(this.port);
		HttpResponse<String> old = fresh.post(new Form("/login", fresh.csrf(fresh.get("/login").body())), "username",
				"malee", "password", PASSWORD);
		assertThat(old.body()).contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
		AdminBrowser.signIn(this.port, "malee", NEW_PASSWORD);
	}

}
