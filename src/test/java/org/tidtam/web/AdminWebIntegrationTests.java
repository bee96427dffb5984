package org.tidtam.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tidtam.line.outbound.OutboxMessage;
import org.tidtam.line.outbound.OutboxRepository;
import org.tidtam.line.webhook.InboxEvent;
import org.tidtam.line.webhook.InboxRepository;
import org.tidtam.line.webhook.InboxWorker;
import org.tidtam.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

// the UUID representation is the outbox owner's setting; set here so the test does not depend on it
@SpringBootTest(properties = { "tidtam.store.in-memory=true", "spring.mongodb.representation.uuid=standard",
		"tidtam.admin.username=admin",
		"tidtam.admin.password=" + AdminWebIntegrationTests.ADMIN_PASSWORD })
@AutoConfigureMockMvc
class AdminWebIntegrationTests {

	static final String ADMIN_PASSWORD = "first-admin-test-password";

	static final String METRICS_PASSWORD = "scraper-test-password";

	/** Something a citizen wrote in a 1:1 chat: personal data. */
	static final String CITIZEN_TEXT = "ไฟถนนดับหน้าบ้านเลขที่ 99 หมู่ 4";

	@Autowired
	MockMvc mvc;

	@Autowired
	InboxRepository inbox;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	InboxWorker worker;

	@Autowired
	AdminUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeEach
	void metricsUser() {
		if (!this.users.existsByUsername("prometheus")) {
			this.users.save(new AdminUser("prometheus", this.passwordEncoder.encode(METRICS_PASSWORD), "Prometheus",
					EnumSet.of(Role.METRICS), Instant.now()));
		}
		if (!this.users.existsByUsername("executive")) {
			this.users.save(new AdminUser("executive", this.passwordEncoder.encode(METRICS_PASSWORD), "นายก",
					EnumSet.of(Role.EXECUTIVE), Instant.now()));
		}
	}

	@Test
	void anonymousIsSentToLoginFromEveryAdminPage() throws Exception {
		for (String url : List.of("/", "/admin", "/admin/", "/admin/line/events", "/admin/line/events/x",
				"/admin/line/outbox", "/admin/line/outbox/x", "/admin/users")) {
			this.mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void loginPageIsThaiByDefaultAndEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("เข้าสู่ระบบ")))
			.andExpect(content().string(containsString("ติดตาม · Tidtam")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in")))
			.andExpect(content().string(not(containsString("ชื่อผู้ใช้หรือรหัสผ่าน"))))
			.andExpect(cookie().value(LocaleConfig.COOKIE, "en"));
	}

	@Test
	void firstAdminSignsInAndSeesTheHomePage() throws Exception {
		MvcResult login = this.mvc.perform(formLogin("/login").user("admin").password(ADMIN_PASSWORD))
			.andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
			.andExpect(redirectedUrl("/admin"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		this.mvc.perform(get("/admin").session(session))
			.andExpect(status().isOk())
			.andExpect(view().name(AdminHomeController.VIEW))
			.andExpect(header().string("Content-Security-Policy", SecurityConfig.ADMIN_CONTENT_SECURITY_POLICY))
			.andExpect(content().string(containsString("ผู้ดูแลระบบ")))
			.andExpect(content().string(containsString("ตัวจำลอง LINE")))
			.andExpect(content().string(containsString("/admin/users")));
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		this.mvc.perform(formLogin("/login").user("admin").password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void loginAndLogoutNeedCsrf() throws Exception {
		this.mvc.perform(post("/login").param("username", "admin").param("password", ADMIN_PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
		this.mvc.perform(post("/logout").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void aFormWithoutAValidCsrfTokenSaysToReloadNotThatThePersonHasNoRight() throws Exception {
		// a coordinator's own page, sent with no token and with a stale one (the page outlived the session)
		RequestPostProcessor noToken = request -> request;
		for (RequestPostProcessor token : List.of(noToken, csrf().useInvalidToken())) {
			this.mvc.perform(post("/admin/reports/meetings/x/resolutions").with(user("c").roles("COORDINATOR")).with(token))
				.andExpect(status().isForbidden())
				.andExpect(forwardedUrl(ExpiredFormController.PATH));
		}
		String page = this.mvc.perform(post(ExpiredFormController.PATH).with(user("c").roles("COORDINATOR")).with(csrf()))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("แบบฟอร์มหมดอายุหรือถูกส่งซ้ำ กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง")
			.doesNotContain("ไม่มีสิทธิ์");
		// a real lack of right, with a valid token, still gets the "no permission" page
		this.mvc.perform(post("/admin/users").with(user("c").roles("COORDINATOR")).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl(null));
	}

	@Test
	void retryNeedsCsrfAndAdmin() throws Exception {
		InboxEvent event = this.inbox.save(event(InboxEvent.State.DEAD, false));
		String url = "/admin/line/events/" + event.getId() + "/retry";
		this.mvc.perform(post(url).with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
		this.mvc.perform(post(url).with(user("coordinator").roles("COORDINATOR")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.inbox.findById(event.getId()).orElseThrow().getState()).isEqualTo(InboxEvent.State.DEAD);
	}

	@Test
	void retryPutsADeadEventBackToPending() throws Exception {
		// the worker, woken by the retry, would take the event at once; here only the page's part is looked at
		this.worker.pause();
		try {
			retryADeadEvent();
		}
		finally {
			this.worker.resume();
		}
	}

	private void retryADeadEvent() throws Exception {
		InboxEvent event = this.inbox.save(event(InboxEvent.State.DEAD, false));
		Instant before = Instant.now();
		this.mvc
			.perform(post("/admin/line/events/" + event.getId() + "/retry").with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/line/events/" + event.getId()));
		InboxEvent retried = this.inbox.findById(event.getId()).orElseThrow();
		assertThat(retried.getState()).isEqualTo(InboxEvent.State.PENDING);
		assertThat(retried.getAttempts()).isZero();
		assertThat(retried.getNextAttemptAt()).isBetween(before.minusSeconds(1), Instant.now());
		assertThat(retried.getVersion()).isGreaterThan(event.getVersion());

		// a second retry finds it PENDING: nothing changes
		this.mvc
			.perform(post("/admin/line/events/" + event.getId() + "/retry").with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.inbox.findById(event.getId()).orElseThrow().getVersion()).isEqualTo(retried.getVersion());
	}

	@Test
	void retryPutsADeadMessageBackToPending() throws Exception {
		OutboxMessage message = this.outbox.save(message(OutboxMessage.State.DEAD, false));
		this.mvc
			.perform(post("/admin/line/outbox/" + message.getId() + "/retry").with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/line/outbox/" + message.getId()));
		OutboxMessage retried = this.outbox.findById(message.getId()).orElseThrow();
		// the sender, woken by the retry, may already have taken it (a fresh count of attempts) or sent it
		assertThat(retried.getState()).isIn(OutboxMessage.State.PENDING, OutboxMessage.State.SENDING,
				OutboxMessage.State.SENT);
		assertThat(retried.getAttempts()).isLessThanOrEqualTo(1);
		assertThat(retried.getRetryKey()).isEqualTo(message.getRetryKey());
	}

	@Test
	void executiveMayNotOpenTheLinePages() throws Exception {
		this.mvc.perform(get("/admin/line/events").with(user("exec").roles("EXECUTIVE")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/line/outbox").with(user("exec").roles("EXECUTIVE")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin").with(user("exec").roles("EXECUTIVE")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/admin/line/events"))))
			.andExpect(content().string(not(containsString("รายการที่ล้มเหลว รอผู้ดูแลระบบ"))))
			.andExpect(content().string(containsString("/admin/reports")))
			.andExpect(content().string(not(containsString("/admin/integrity"))));
	}

	@Test
	void theHomePageOffersEachRoleItsOwnWork() throws Exception {
		this.mvc.perform(get("/admin").with(user("head").roles("DIVISION_HEAD")))
			.andExpect(content().string(containsString("/admin/my-division")))
			.andExpect(content().string(not(containsString("/admin/plan\""))))
			.andExpect(content().string(not(containsString("/admin/complaints"))));
		this.mvc.perform(get("/admin").with(user("officer").roles("COMPLAINT_OFFICER")))
			.andExpect(content().string(containsString("/admin/complaints")))
			.andExpect(content().string(not(containsString("/admin/my-division"))));
		this.mvc.perform(get("/admin").with(user("integrity").roles("INTEGRITY_OFFICER")))
			.andExpect(content().string(containsString("/admin/integrity")));
	}

	@Test
	void onlyAdminsManageUsers() throws Exception {
		this.mvc.perform(get("/admin/users").with(user("coordinator").roles("COORDINATOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("prometheus")));
	}

	@Test
	void adminAddsAUserWhoCanSignIn() throws Exception {
		String username = "coord-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/admin/users").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("username", username)
				.param("displayName", "สมศรี ประสานงาน")
				.param("roles", "COORDINATOR")
				.param("password", "a-long-enough-password"))
			.andExpect(redirectedUrl("/admin/users"));
		AdminUser saved = this.users.findByUsername(username).orElseThrow();
		assertThat(saved.getRoles()).containsExactly(Role.COORDINATOR);
		assertThat(saved.getPasswordHash()).doesNotContain("a-long-enough-password").startsWith("$2");
		this.mvc.perform(formLogin("/login").user(username).password("a-long-enough-password"))
			.andExpect(authenticated().withRoles("COORDINATOR"));

		// the same username again is a field error, not a second user
		this.mvc
			.perform(post("/admin/users").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("username", username)
				.param("displayName", "x")
				.param("roles", "STAFF")
				.param("password", "another-long-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("มีชื่อผู้ใช้นี้แล้ว")));
		assertThat(this.users.findAll().stream().filter(u -> u.getUsername().equals(username))).hasSize(1);
	}

	@Test
	void adminResetsAPassword() throws Exception {
		AdminUser user = this.users.save(new AdminUser("reset-" + UUID.randomUUID().toString().substring(0, 8),
				this.passwordEncoder.encode("the-old-password"), "x", EnumSet.of(Role.STAFF), Instant.now()));
		this.mvc
			.perform(post("/admin/users/" + user.getId() + "/password").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("password", "the-new-password-1"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(formLogin("/login").user(user.getUsername()).password("the-new-password-1"))
			.andExpect(authenticated());
		this.mvc.perform(formLogin("/login").user(user.getUsername()).password("the-old-password"))
			.andExpect(unauthenticated());
	}

	@Test
	void coordinatorSeesEventsButNotACitizensPayload() throws Exception {
		InboxEvent event = this.inbox.save(event(InboxEvent.State.DONE, true));
		this.mvc.perform(get("/admin/line/events").with(user("coordinator").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/line/events/" + event.getId())));
		this.mvc.perform(get("/admin/line/events/" + event.getId()).with(user("coordinator").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(CITIZEN_TEXT))))
			.andExpect(content().string(containsString("ข้อมูลส่วนบุคคลของประชาชน แสดงเฉพาะผู้ดูแลระบบ")));
	}

	@Test
	void adminSeesACitizensPayload() throws Exception {
		InboxEvent event = this.inbox.save(event(InboxEvent.State.DONE, true));
		this.mvc.perform(get("/admin/line/events/" + event.getId()).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(CITIZEN_TEXT)))
			.andExpect(content().string(not(containsString("ข้อมูลส่วนบุคคลของประชาชน แสดงเฉพาะผู้ดูแลระบบ"))));
	}

	@Test
	void groupEventPayloadIsVisibleToCoordinators() throws Exception {
		InboxEvent event = this.inbox.save(event(InboxEvent.State.DONE, false));
		this.mvc.perform(get("/admin/line/events/" + event.getId()).with(user("coordinator").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(CITIZEN_TEXT)));
	}

	@Test
	void outboxHidesPersonalMessagesFromCoordinators() throws Exception {
		OutboxMessage message = this.outbox.save(message(OutboxMessage.State.SENT, true));
		this.mvc.perform(get("/admin/line/outbox").with(user("coordinator").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/line/outbox/" + message.getId())));
		this.mvc.perform(get("/admin/line/outbox/" + message.getId()).with(user("coordinator").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(CITIZEN_TEXT))));
		this.mvc.perform(get("/admin/line/outbox/" + message.getId()).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(CITIZEN_TEXT)));
	}

	@Test
	void eventListFiltersByStateAndShowsBuddhistEraDates() throws Exception {
		InboxEvent dead = event(InboxEvent.State.DEAD, false);
		dead.setReceivedAt(Instant.parse("2026-03-03T07:05:09Z"));
		dead = this.inbox.save(dead);
		InboxEvent done = this.inbox.save(event(InboxEvent.State.DONE, false));
		this.mvc.perform(get("/admin/line/events").param("state", "DEAD").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/line/events/" + dead.getId())))
			.andExpect(content().string(not(containsString("/admin/line/events/" + done.getId()))))
			.andExpect(content().string(containsString("3 มี.ค. 2569 14:05:09")));
	}

	@Test
	void eventListIsPagedByFifty() throws Exception {
		for (int i = 0; i < 51; i++) {
			this.inbox.save(event(InboxEvent.State.IGNORED, false));
		}
		this.mvc.perform(get("/admin/line/events").param("state", "IGNORED").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/line/events?state=IGNORED&amp;page=1")));
		this.mvc
			.perform(get("/admin/line/events").param("state", "IGNORED")
				.param("page", "1")
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/line/events?state=IGNORED&amp;page=0")));
		this.mvc.perform(get("/admin/line/events").param("page", "1").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk());
	}

	@Test
	void englishSwitchShowsEnglishPages() throws Exception {
		this.mvc.perform(get("/admin/line/events").param("lang", "en").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("LINE events")))
			.andExpect(content().string(containsString("Sign out")))
			.andExpect(content().string(not(containsString("ออกจากระบบ"))));
	}

	@Test
	void theLanguageLinksKeepThePagesFiltersAndReplaceOnlyTheLanguage() throws Exception {
		String page = this.mvc
			.perform(get("/admin/line/events?state=DEAD&lang=th&page=0").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"?state=DEAD&amp;page=0&amp;lang=th\"")
			.contains("href=\"?state=DEAD&amp;page=0&amp;lang=en\"")
			.doesNotContain("href=\"?lang=en\"");
		// what the address holds stays encoded: no way out of the attribute
		String odd = this.mvc
			.perform(get(java.net.URI.create("/admin/line/events?q=%22%3E%3Cscript%3Ex%3C%2Fscript%3E&state=DEAD"))
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(odd).contains("href=\"?q=%22%3E%3Cscript%3Ex%3C%2Fscript%3E&amp;state=DEAD&amp;lang=en\"")
			.doesNotContain("<script>x");
		// no query: just the language
		assertThat(this.mvc.perform(get("/admin/line/events").with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("href=\"?lang=en\"");
	}

	@Test
	void unknownEventIs404() throws Exception {
		this.mvc.perform(get("/admin/line/events/no-such-event").with(user("admin").roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	void healthIsPublicAndMetricsNeedBasicAuthWithMetricsOrAdmin() throws Exception {
		// public: no login asked (its status depends on the store's health check, not on security)
		int health = this.mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus();
		assertThat(health).isNotIn(302, 401, 403);
		this.mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/metrics").with(httpBasic("prometheus", METRICS_PASSWORD)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/actuator/metrics").with(httpBasic("admin", ADMIN_PASSWORD))).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/metrics").with(httpBasic("executive", METRICS_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
	}

	@Test
	void metricsUserCannotUseThePages() throws Exception {
		this.mvc.perform(get("/admin").with(user("prometheus").roles("METRICS"))).andExpect(status().isForbidden());
	}

	@Test
	void webhookSimulatorAndBenchNeedNeitherLoginNorCsrf() throws Exception {
		for (String url : List.of("/callback", "/simulator/anything", "/bench/anything")) {
			int status = this.mvc.perform(post(url).content("{}")).andReturn().getResponse().getStatus();
			assertThat(status).as(url).isNotIn(302, 401, 403);
		}
	}

	private static InboxEvent event(InboxEvent.State state, boolean personalData) {
		InboxEvent event = new InboxEvent();
		event.setId("01TEST" + UUID.randomUUID().toString().replace("-", ""));
		event.setType("message");
		event.setMessageType("text");
		event.setChatKey(personalData ? "U" + "0123456789abcdef0123456789abcdef" : "C" + "0123456789abcdef0123456789abcdef");
		event.setUserId("U0123456789abcdef0123456789abcdef");
		event.setReceivedAt(Instant.now());
		event.setEventTimestamp(Instant.now().toEpochMilli());
		event.setState(state);
		event.setAttempts(state == InboxEvent.State.DEAD ? 8 : 1);
		event.setLastError(state == InboxEvent.State.DEAD ? "IllegalStateException: boom" : null);
		event.setPersonalData(personalData);
		event.setPayload("{\"type\":\"message\",\"message\":{\"type\":\"text\",\"text\":\"" + CITIZEN_TEXT + "\"}}");
		return event;
	}

	private static OutboxMessage message(OutboxMessage.State state, boolean personalData) {
		OutboxMessage message = new OutboxMessage();
		message.setKind(OutboxMessage.Kind.PUSH);
		message.setTo("U0123456789abcdef0123456789abcdef");
		message.setMessagesJson("[{\"type\":\"text\",\"text\":\"" + CITIZEN_TEXT + "\"}]");
		message.setRetryKey(UUID.randomUUID());
		message.setState(state);
		message.setAttempts(state == OutboxMessage.State.DEAD ? 8 : 1);
		message.setCreatedAt(Instant.now());
		message.setPurpose("complaint-received");
		message.setPersonalData(personalData);
		return message;
	}

}
