package org.tidtam.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tidtam.shared.Role;
import org.tidtam.support.AdminBrowser;
import org.tidtam.support.AdminBrowser.Form;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an admin does to an account reaches the person's open session at once, over real HTTP: a reset
 * password, a disabled account or changed roles end the sign-in (an integrity officer replaced by another
 * must stop reading corruption reports now, not when the session times out), and an admin cannot lock
 * themselves out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.admin.username=lifecycle-admin",
				"tidtam.admin.password=" + SignInLifecycleTests.ADMIN_PASSWORD })
class SignInLifecycleTests {

	static final String ADMIN_PASSWORD = "lifecycle-admin-password";

	static final String PASSWORD = "a-long-enough-password";

	@LocalServerPort
	int port;

	@Autowired
	AdminUserRepository users;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void anIntegrityOfficerWhoseRoleIsTakenAwayStopsReadingCorruptionReportsAtOnce() throws Exception {
		AdminUser officer = user(Role.INTEGRITY_OFFICER);
		AdminBrowser officerBrowser = AdminBrowser.signIn(this.port, officer.getUsername(), PASSWORD);
		assertThat(officerBrowser.get("/admin/integrity").statusCode()).isEqualTo(200);

		AdminBrowser admin = admin();
		HttpResponse<String> saved = admin.post(Form.find(admin.get("/admin/users").body(), rolesForm(officer)), "roles",
				"STAFF");
		assertThat(saved.body()).contains("บันทึกบทบาทของ " + officer.getUsername() + " แล้ว");
		assertThat(this.users.findById(officer.getId()).orElseThrow().getRoles()).containsExactly(Role.STAFF);

		HttpResponse<String> after = officerBrowser.get("/admin/integrity");
		assertThat(after.uri().getPath()).isEqualTo("/login");
		assertThat(after.body()).contains("กรุณาเข้าสู่ระบบอีกครั้ง").doesNotContain("id=\"trail\"");
		// signing in again gives the new roles only
		AdminBrowser again = AdminBrowser.signIn(this.port, officer.getUsername(), PASSWORD);
		assertThat(again.get("/admin/integrity").statusCode()).isEqualTo(403);
		assertThat(again.get("/admin/my-division").statusCode()).isEqualTo(200);
	}

	@Test
	void aResetPasswordEndsTheSessionOpenedWithTheOldOne() throws Exception {
		AdminUser coordinator = user(Role.COORDINATOR);
		AdminBrowser leaked = AdminBrowser.signIn(this.port, coordinator.getUsername(), PASSWORD);
		assertThat(leaked.get("/admin/complaints").statusCode()).isEqualTo(200);

		AdminBrowser admin = admin();
		admin.post(Form.find(admin.get("/admin/users").body(), "/admin/users/" + coordinator.getId() + "/password"),
				"password", "the-new-long-password");

		HttpResponse<String> after = leaked.get("/admin/complaints");
		assertThat(after.uri().getPath()).isEqualTo("/login");
		assertThat(after.body()).contains("กรุณาเข้าสู่ระบบอีกครั้ง");
		AdminBrowser.signIn(this.port, coordinator.getUsername(), "the-new-long-password");
	}

	@Test
	void aDisabledAccountIsSignedOutAndCannotSignInUntilEnabledAgain() throws Exception {
		AdminUser head = user(Role.DIVISION_HEAD);
		AdminBrowser headBrowser = AdminBrowser.signIn(this.port, head.getUsername(), PASSWORD);

		AdminBrowser admin = admin();
		String list = admin.get("/admin/users").body();
		HttpResponse<String> disabled = admin.post(Form.find(list, enabledForm(head)), "enabled", "false");
		assertThat(disabled.body()).contains("ปิดการใช้งานบัญชี " + head.getUsername() + " แล้ว");
		assertThat(this.users.findById(head.getId()).orElseThrow().isEnabled()).isFalse();

		assertThat(headBrowser.get("/admin/my-division").uri().getPath()).isEqualTo("/login");
		assertThat(signInLandsOn(head.getUsername(), PASSWORD)).isEqualTo("/login");

		admin.post(Form.find(admin.get("/admin/users").body(), enabledForm(head)), "enabled", "true");
		assertThat(signInLandsOn(head.getUsername(), PASSWORD)).isEqualTo("/admin");
	}

	@Test
	void anAdminCannotDisableThemselvesNorDropTheirOwnAdminRole() throws Exception {
		AdminUser self = this.users.findByUsername("lifecycle-admin").orElseThrow();
		AdminBrowser admin = admin();
		HttpResponse<String> disable = admin.post(Form.find(admin.get("/admin/users").body(), enabledForm(self)),
				"enabled", "false");
		assertThat(disable.uri().getPath()).isEqualTo("/admin/users");
		assertThat(disable.body()).contains("ปิดการใช้งานหรือถอดบทบาทผู้ดูแลระบบของบัญชีตัวเอง");
		HttpResponse<String> drop = admin.post(Form.find(admin.get("/admin/users").body(), rolesForm(self)), "roles",
				"COORDINATOR");
		assertThat(drop.body()).contains("ปิดการใช้งานหรือถอดบทบาทผู้ดูแลระบบของบัญชีตัวเอง");
		AdminUser after = this.users.findById(self.getId()).orElseThrow();
		assertThat(after.isEnabled()).isTrue();
		assertThat(after.getRoles()).contains(Role.ADMIN);
		assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
	}

	private String signInLandsOn(String username, String password) throws Exception {
		AdminBrowser browser = new AdminBrowser(this.port);
		String token = browser.csrf(browser.get("/login").body());
		return browser.post(new Form("/login", token), "username", username, "password", password).uri().getPath();
	}

	private AdminBrowser admin() throws Exception {
		return AdminBrowser.signIn(this.port, "lifecycle-admin", ADMIN_PASSWORD);
	}

	private AdminUser user(Role role) {
		String name = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 6);
		return this.users.save(new AdminUser(name, this.passwords.encode(PASSWORD), name, Set.of(role), Instant.now()));
	}

	private static String rolesForm(AdminUser user) {
		return "/admin/users/" + user.getId() + "/roles";
	}

	private static String enabledForm(AdminUser user) {
		return "/admin/users/" + user.getId() + "/enabled";
	}

}
