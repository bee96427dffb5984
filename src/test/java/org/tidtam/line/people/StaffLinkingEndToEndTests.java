package org.tidtam.line.people;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.tidtam.support.TestClockConfig;
import org.tidtam.line.simulator.Chat;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Sent;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.GroupBindingService;
import org.tidtam.measures.organisation.LinkingService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff link their LINE accounts with a one-time code and bind their division's group, through
 * signed webhooks and the fake LINE platform (which validates every answer against LINE's OpenAPI).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S" })
@Import(TestClockConfig.class)
class StaffLinkingEndToEndTests {

	static final String HEAD = "U00000000000000000000000000000a01";

	static final String COORDINATOR = "U00000000000000000000000000000a02";

	static final String STRANGER = "U00000000000000000000000000000a03";

	static final String GROUP = "C00000000000000000000000000000a01";

	@Autowired
	FakeLinePlatform line;

	@Autowired
	PersonService people;

	@Autowired
	DivisionService divisions;

	@Autowired
	LinkingService linking;

	@Autowired
	GroupBindingService groups;

	@Autowired
	MongoTemplate mongo;

	Division engineering;

	@BeforeEach
	void setUp() {
		this.line.reset();
		for (String collection : List.of("people", "divisions", "line_link_codes", "line_link_attempts",
				"line_group_bindings")) {
			this.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), collection);
		}
		this.engineering = this.divisions.create("กองช่าง", "กช", List.of("กองช่างฯ"), true, false);
		this.line.putGroup(GROUP, "กองช่าง เทศบาลตำบลตัวอย่าง");
	}

	@Test
	void aDivisionHeadLinksWithTheCodeAndBindsTheGroup() {
		Person head = this.people.create("วิไลวรรณ ช่างคิด", "ผู้อำนวยการกองช่าง", this.engineering.getId(),
				Set.of(Role.DIVISION_HEAD), null);
		String code = this.linking.issueCode(head.getId()).code();
		this.line.text(Chat.user(HEAD), "รหัส " + code);
		assertThat(awaitSent(HEAD, 1).get(0).firstText()).contains("เชื่อมบัญชี LINE กับ").contains("วิไลวรรณ");
		assertThat(this.people.get(head.getId()).getLineUserId()).isEqualTo(HEAD);

		this.line.text(Chat.group(GROUP, HEAD), "ผูกกลุ่มกับส่วนราชการ");
		assertThat(awaitSent(GROUP, 1).get(0).firstText()).contains("ผูกกลุ่มนี้กับ กองช่าง");
		assertThat(this.groups.bindingOf(GROUP)).hasValueSatisfying(
				b -> assertThat(b.getDivisionId()).isEqualTo(this.engineering.getId()));

		this.line.leave(GROUP);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.groups.bindingOf(GROUP).isEmpty());
	}

	@Test
	void aCodeSentInAGroupIsWithdrawnAndThePersonToldToSendANewOnePrivately() {
		Person head = this.people.create("วิไลวรรณ ช่างคิด", "ผู้อำนวยการกองช่าง", this.engineering.getId(),
				Set.of(Role.DIVISION_HEAD), null);
		String code = this.linking.issueCode(head.getId()).code();
		this.line.text(Chat.group(GROUP, HEAD), code);
		assertThat(awaitSent(GROUP, 1).get(0).firstText()).contains("แชตส่วนตัว").contains("ใช้ไม่ได้แล้ว");
		// whoever saw it in the group cannot use it, nor can its owner
		this.line.text(Chat.user(STRANGER), code);
		assertThat(awaitSent(STRANGER, 1).get(0).firstText()).doesNotContain("เชื่อมบัญชี LINE กับ");
		this.line.text(Chat.user(HEAD), code);
		assertThat(awaitSent(HEAD, 1).get(0).firstText()).doesNotContain("เชื่อมบัญชี LINE กับ");
		assertThat(this.people.get(head.getId()).getLineUserId()).isNull();
		// a new code, sent privately, links
		this.line.text(Chat.user(HEAD), this.linking.issueCode(head.getId()).code());
		assertThat(awaitSent(HEAD, 2).get(1).firstText()).contains("เชื่อมบัญชี LINE กับ");
		// a bare number that is no live code is ordinary group chatter
		this.line.text(Chat.group(GROUP, HEAD), "150000");
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> this.line.sentTo(GROUP).size() == 1);
	}

	@Test
	void aCodeWorksOnceAndWrongCodesLockTheUserOutForAnHour() {
		Person head = this.people.create("สมพงษ์ ใจดี", "ผู้อำนวยการกองช่าง", this.engineering.getId(),
				Set.of(Role.DIVISION_HEAD), null);
		String code = this.linking.issueCode(head.getId()).code();
		String wrong = code.equals("111111") ? "222222" : "111111";
		for (int i = 1; i <= 4; i++) {
			this.line.text(Chat.user(STRANGER), wrong);
			assertThat(awaitSent(STRANGER, i).get(i - 1).firstText()).contains("รหัสไม่ถูกต้อง");
		}
		// the fifth wrong try in the hour locks the LINE user out, and says so
		this.line.text(Chat.user(STRANGER), wrong);
		assertThat(awaitSent(STRANGER, 5).get(4).firstText()).contains("ลองผิดหลายครั้งเกินไป");
		this.line.text(Chat.user(STRANGER), code);
		assertThat(awaitSent(STRANGER, 6).get(5).firstText()).contains("ลองผิดหลายครั้งเกินไป");
		assertThat(this.people.get(head.getId()).getLineUserId()).isNull();
	}

	@Test
	void aCoordinatorPicksTheDivisionAndStrangersArePolitelyRefused() {
		Person coordinator = this.people.create("มาลี ศรีสุข", "นักวิเคราะห์นโยบายและแผน", null, Set.of(Role.COORDINATOR),
				null);
		String code = this.linking.issueCode(coordinator.getId()).code();
		this.line.text(Chat.user(COORDINATOR), code);
		awaitSent(COORDINATOR, 1);

		this.line.text(Chat.group(GROUP, STRANGER), "ผูกกลุ่มกับส่วนราชการ");
		assertThat(awaitSent(GROUP, 1).get(0).firstText()).contains("ขออภัยค่ะ");
		assertThat(this.groups.bindingOf(GROUP)).isEmpty();

		this.line.text(Chat.group(GROUP, COORDINATOR), "ผูกกลุ่มกับส่วนราชการ");
		Sent choices = awaitSent(GROUP, 2).get(1);
		assertThat(choices.messages().get(0).at("/quickReply/items/0/action/data").asText())
			.isEqualTo("bind=" + this.engineering.getId());
		this.line.postback(Chat.group(GROUP, COORDINATOR), "bind=" + this.engineering.getId(), Map.of());
		assertThat(awaitSent(GROUP, 3).get(2).firstText()).contains("ผูกกลุ่มนี้กับ กองช่าง");
	}

	@Test
	void unfollowingMarksTheLinkInactiveAndFollowingRestoresIt() {
		Person head = this.people.create("ประเสริฐ ทองดี", "ผู้อำนวยการกองช่าง", this.engineering.getId(),
				Set.of(Role.DIVISION_HEAD), null);
		this.line.text(Chat.user(HEAD), this.linking.issueCode(head.getId()).code());
		awaitSent(HEAD, 1);
		this.line.unfollow(HEAD);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.people.get(head.getId()).isLineLinkActive());
		this.line.follow(HEAD);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.people.get(head.getId()).isLineLinkActive());
		// the welcome comes back too (and is in before the next test's fake platform is reset)
		assertThat(awaitSent(HEAD, 2).get(1).messages().get(0).path("type").asText()).isEqualTo("flex");
	}

	private List<Sent> awaitSent(String chatId, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> this.line.sentTo(chatId).size() >= count);
		return this.line.sentTo(chatId);
	}

}
