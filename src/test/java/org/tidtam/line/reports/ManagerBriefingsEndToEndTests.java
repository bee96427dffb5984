package org.tidtam.line.reports;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.query.Query;
import org.tidtam.line.simulator.Chat;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Sent;
import org.tidtam.measures.organisation.LinkingService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.reports.ManagerBriefings;
import org.tidtam.reports.ReportsFixtureAccess;
import org.tidtam.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Executives in LINE (simulated, every request validated against LINE's OpenAPI): three days before the
 * January meeting a reminder of who has not reported; on the morning the summary card; a division head
 * gets neither, and a second run the same day sends nothing more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.notices.gather-millis=100", "tidtam.reports.briefing.days-before=3" })
class ManagerBriefingsEndToEndTests extends ReportsFixtureAccess {

	static final String MAYOR = "U00000000000000000000000000000e01";

	static final String DEPUTY = "U00000000000000000000000000000e02";

	static final String HEAD = "U00000000000000000000000000000e03";

	@Autowired
	FakeLinePlatform line;

	@Autowired
	PersonService people;

	@Autowired
	LinkingService linking;

	@Autowired
	ManagerBriefings briefings;

	@Test
	void reminderThreeDaysBeforeAndTheCardOnTheMorningOnlyToExecutives() {
		this.line.reset();
		for (String c : List.of("people", "line_link_codes", "line_link_attempts", "shedLock")) {
			this.mongo.remove(new Query(), c);
		}
		buildYear();
		link(MAYOR, this.people.create("นายกเทศมนตรี ทดสอบ", "นายกเทศมนตรี", this.pal.getId(), Set.of(Role.EXECUTIVE), null));
		link(DEPUTY, this.people.create("ปลัดเทศบาล ทดสอบ", "ปลัดเทศบาล", this.pal.getId(), Set.of(Role.EXECUTIVE), null));
		link(HEAD, this.people.create("ผู้อำนวยการกองช่าง", "ผอ.กองช่าง", this.chang.getId(), Set.of(Role.DIVISION_HEAD), null));

		at(LocalDateTime.of(2026, 1, 9, 7, 0));
		assertThat(this.briefings.runToday()).isTrue();
		at(LocalDateTime.of(2026, 1, 10, 7, 0));
		this.mongo.remove(new Query(), "shedLock");
		assertThat(this.briefings.runToday()).isTrue();
		Sent reminder = awaitSent(MAYOR, 2).get(1);
		assertThat(reminder.endpoint()).isEqualTo("multicast");
		assertThat(reminder.to()).containsExactlyInAnyOrder(MAYOR, DEPUTY);
		assertThat(reminder.firstText()).startsWith("📋 อีก 3 วันจะถึงการประชุมประจำเดือน วันที่ 13 มกราคม 2569")
			.contains("• กองคลัง (2 รายการ)", "• กองช่าง (2 รายการ)", "/admin/reports/meetings/" + this.jan.getId())
			.doesNotContain("สำนักปลัดเทศบาล (");

		at(LocalDateTime.of(2026, 1, 13, 7, 0));
		this.mongo.remove(new Query(), "shedLock");
		assertThat(this.briefings.runToday()).isTrue();
		Sent card = awaitSent(MAYOR, 3).get(2);
		assertThat(card.to()).containsExactlyInAnyOrder(MAYOR, DEPUTY);
		assertThat(card.messageList().get(0).at("/type").asText()).isEqualTo("flex");
		assertThat(card.messageList().get(0).toString()).contains("ประชุมประจำเดือน 13 มกราคม 2569", "ทั้งหมด 6 รายการ",
				"มติ 901 จัดทำป้ายประชาสัมพันธ์ช่องทางร้องเรียน · กองช่าง · เกิน 44 วัน");

		this.mongo.remove(new Query(), "shedLock");
		assertThat(this.briefings.runToday()).isTrue();
		await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(3)).until(() -> this.line.sentTo(MAYOR).size() == 3);
		// the head, who linked after the plan went out, has the linking confirmation and the measures owed, no briefing
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(this.line.sentTo(HEAD)).extracting(Sent::firstText)
			.satisfiesExactly(t -> assertThat(t).startsWith("เชื่อมบัญชี LINE"),
					t -> assertThat(t).startsWith("มาตรการที่ได้รับมอบหมาย")));
	}

	private void link(String userId, Person person) {
		this.line.text(Chat.user(userId), this.linking.issueCode(person.getId()).code());
		awaitSent(userId, 1);
	}

	private List<Sent> awaitSent(String chatId, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> this.line.sentTo(chatId).size() >= count);
		return this.line.sentTo(chatId);
	}

}
