package org.tidtam.line.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.tidtam.line.flex.FlexTemplates;
import org.tidtam.line.limits.LineLimits;
import org.tidtam.line.limits.LineOpenApiValidator;
import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.plan.MeasureCadence;
import org.tidtam.reports.MonthlySummary;
import org.tidtam.shared.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The executives' card with a bad month: 100 overdue items still make one valid bubble under 30 KB; and
 * the reminder before a meeting says only what is true.
 */
class ManagerCardTests {

	final ManagerNotices notices = new ManagerNotices(null, null, new FlexTemplates(), null, null,
			"https://tidtam.example.go.th/");

	@Test
	void aHundredOverdueItemsGiveTheThreeMostOverdueAndTheCountsAsABarOfBoxes() {
		List<MonthlySummary.Item> items = new ArrayList<>();
		for (int i = 1; i <= 100; i++) {
			items.add(new MonthlySummary.Item("a" + i, "m" + i, i,
					"มาตรการทดสอบที่ยาวมากเพื่อดูขนาดของข้อความ การเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ของหน่วยงาน ลำดับ " + i, false,
					MeasureCadence.Kind.WITHIN_QUARTER, "d" + (i % 30), AssignmentState.NOT_STARTED, LocalDate.of(2025, 12, 31),
					null, null, true, i, 0, false));
		}
		List<MonthlySummary.DivisionSection> sections = new ArrayList<>();
		for (int d = 0; d < 30; d++) {
			int division = d;
			sections.add(new MonthlySummary.DivisionSection("d" + d, "ส่วนราชการส่วนภูมิภาคที่ " + d,
					items.stream().filter(i -> i.divisionId().equals("d" + division)).toList()));
		}
		MonthlySummary s = new MonthlySummary("meeting-1", LocalDate.of(2026, 1, 13), LocalDate.of(2025, 12, 9),
				LocalDate.of(2025, 12, 9), FiscalYear.of(2569), "plan", sections,
				Map.of(AssignmentState.NOT_STARTED, 100L, AssignmentState.DONE, 25L, AssignmentState.IN_PROGRESS, 75L),
				Optional.empty(), List.of());

		ObjectNode card = this.notices.card(s);

		ObjectNode push = new ObjectMapper().createObjectNode();
		push.put("to", "U11111111111111111111111111111111");
		push.putArray("messages").add(card);
		LineOpenApiValidator validator = LineOpenApiValidator.fromDefaultLocation().orElseThrow();
		assertThat(validator.validate("POST", "/v2/bot/message/push", push.toString())).isEmpty();
		ObjectNode multicast = new ObjectMapper().createObjectNode();
		multicast.putArray("to").add("U11111111111111111111111111111111").add("U22222222222222222222222222222222");
		multicast.putArray("messages").add(card);
		assertThat(validator.validate("POST", "/v2/bot/message/multicast", multicast.toString())).isEmpty();
		assertThat(LineLimits.check("push", push)).isEmpty();
		assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length).isLessThan(30_000);

		String json = card.toString();
		assertThat(json).contains("ทั้งหมด 200 รายการ", "\"width\":\"13%\"", "\"width\":\"38%\"", "\"width\":\"50%\"",
				"\"width\":\"0%\"", "เกินกำหนด 100 รายการ", "https://tidtam.example.go.th/admin/reports/meetings/meeting-1");
		// the most overdue first: 100, 99, 98 days
		assertThat(card.at("/contents/body/contents/5/text").asText()).startsWith("100. ").endsWith("เกิน 100 วัน");
		assertThat(card.at("/contents/body/contents/6/text").asText()).startsWith("99. ");
		assertThat(card.at("/contents/body/contents/7/text").asText()).startsWith("98. ");
		assertThat(card.at("/altText").asText().length()).isLessThanOrEqualTo(LineLimits.MAX_ALT_TEXT);
	}

	@Test
	void theReminderWithoutAPlanInForceSaysThereIsNothingToFollowUpNotThatEveryDivisionReported() {
		MonthlySummary noPlan = new MonthlySummary("meeting-1", LocalDate.of(2026, 1, 13), LocalDate.of(2025, 12, 9),
				LocalDate.of(2025, 12, 9), FiscalYear.of(2569), null, List.of(), Map.of(), Optional.empty(), List.of());
		assertThat(this.notices.reminderText(noPlan, 3)).contains("ยังไม่ได้ประกาศใช้มาตรการของปีงบประมาณ พ.ศ. 2569")
			.doesNotContain("รายงานผลแล้ว");
		MonthlySummary allReported = new MonthlySummary("meeting-1", LocalDate.of(2026, 1, 13),
				LocalDate.of(2025, 12, 9), LocalDate.of(2025, 12, 9), FiscalYear.of(2569), "plan", List.of(), Map.of(),
				Optional.empty(), List.of());
		assertThat(this.notices.reminderText(allReported, 3)).contains("ทุกส่วนราชการรายงานผลแล้ว");
	}

}
