package org.tidtam.line.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tidtam.line.flex.FlexTemplates;
import org.tidtam.line.outbound.LineMessages;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.reports.MeetingApproaching;
import org.tidtam.reports.MeetingDayArrived;
import org.tidtam.reports.MonthlySummary;
import org.tidtam.reports.MonthlySummaryService;
import org.tidtam.shared.Role;
import org.tidtam.shared.ThaiDates;

/**
 * The executives' briefings in LINE: a reminder of who has not reported a few days before the meeting,
 * and the summary card on its morning. Only to people with the EXECUTIVE role whose LINE is linked, as
 * one multicast (batched by the messenger); keyed by meeting, so a rerun the same day sends nothing.
 */
@Component
class ManagerNotices {

	static final String CARD = "reports/monthly-summary";

	private static final int MAX_NAMES = 1200;

	private final MonthlySummaryService summaries;

	private final PersonService people;

	private final FlexTemplates templates;

	private final LineMessages messages;

	private final LineMessenger messenger;

	private final String baseUrl;

	ManagerNotices(MonthlySummaryService summaries, PersonService people, FlexTemplates templates, LineMessages messages,
			LineMessenger messenger, @Value("${tidtam.base-url}") String baseUrl) {
		this.summaries = summaries;
		this.people = people;
		this.templates = templates;
		this.messages = messages;
		this.messenger = messenger;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@EventListener
	void on(MeetingApproaching event) {
		List<String> executives = executives();
		if (executives.isEmpty()) {
			return;
		}
		MonthlySummary s = this.summaries.assemble(event.meetingId());
		this.messenger.multicast(executives, List.of(this.messages.text(reminderText(s, event.daysBefore()))),
				"meeting-reminder", "meeting-reminder:" + event.meetingId() + ":" + event.meetingDate());
	}

	@EventListener
	void on(MeetingDayArrived event) {
		List<String> executives = executives();
		if (executives.isEmpty()) {
			return;
		}
		MonthlySummary s = this.summaries.assemble(event.meetingId());
		this.messenger.multicast(executives, List.of(card(s)), "meeting-summary",
				"meeting-summary:" + event.meetingId() + ":" + event.meetingDate());
	}

	String reminderText(MonthlySummary s, int daysBefore) {
		// with no plan in force nobody owes a report: "every division reported" would not be true
		String missing = s.planId() == null
				? "ยังไม่ได้ประกาศใช้มาตรการของปีงบประมาณ พ.ศ. " + s.fiscalYear() + " จึงยังไม่มีรายการที่ต้องติดตามผล"
				: s.notReported().isEmpty() ? "ทุกส่วนราชการรายงานผลแล้ว"
				: "ส่วนราชการที่ยังไม่รายงานผล:\n" + s.notReported()
					.stream()
					.map(d -> "• " + d.divisionName() + " (" + d.items().stream().filter(i -> i.latest() == null && !i.isNew()
							&& i.state() != AssignmentState.DONE).count() + " รายการ)")
					.collect(Collectors.joining("\n"));
		if (missing.length() > MAX_NAMES) {
			missing = missing.substring(0, MAX_NAMES) + "\n…";
		}
		return "📋 อีก " + daysBefore + " วันจะถึงการประชุมประจำเดือน วันที่ " + ThaiDates.longDate(s.meetingDate()) + "\n"
				+ missing + "\n\nรายงานฉบับเต็ม: " + reportUrl(s);
	}

	ObjectNode card(MonthlySummary s) {
		Map<AssignmentState, Long> c = s.counts();
		long total = c.values().stream().mapToLong(Long::longValue).sum();
		Map<String, String> v = new HashMap<>();
		v.put("meetingDate", ThaiDates.longDate(s.meetingDate()));
		v.put("total", String.valueOf(total));
		put(v, "done", "doneWidth", c.getOrDefault(AssignmentState.DONE, 0L), total);
		put(v, "inProgress", "inProgressWidth", c.getOrDefault(AssignmentState.IN_PROGRESS, 0L), total);
		put(v, "notStarted", "notStartedWidth", c.getOrDefault(AssignmentState.NOT_STARTED, 0L), total);
		put(v, "notDone", "notDoneWidth", c.getOrDefault(AssignmentState.NOT_DONE, 0L), total);
		String notReported = s.notReported()
			.stream()
			.map(MonthlySummary.DivisionSection::divisionName)
			.collect(Collectors.joining(", "));
		v.put("notReported", notReported.isEmpty() ? "ไม่มี" : FlexTemplates.ellipsize(notReported, 300));
		List<MonthlySummary.Item> overdue = s.overdue();
		v.put("overdueCount", String.valueOf(overdue.size()));
		Map<String, String> names = s.divisions()
			.stream()
			.collect(Collectors.toMap(MonthlySummary.DivisionSection::divisionId, MonthlySummary.DivisionSection::divisionName));
		for (int i = 0; i < 3; i++) {
			v.put("overdue" + (i + 1), i < overdue.size() ? overdueLine(overdue.get(i), names) : "—");
		}
		v.put("reportUrl", reportUrl(s));
		return this.templates.render(CARD, v);
	}

	private static void put(Map<String, String> v, String count, String width, long n, long total) {
		v.put(count, String.valueOf(n));
		v.put(width, (total == 0 ? 0 : Math.round(n * 100.0 / total)) + "%");
	}

	private static String overdueLine(MonthlySummary.Item i, Map<String, String> names) {
		String line = (i.resolution() ? "มติ " + i.number() : i.number() + ".") + " " + i.title() + " · "
				+ names.getOrDefault(i.divisionId(), "") + " · เกิน " + i.daysOverdue() + " วัน";
		return FlexTemplates.ellipsize(line, 160);
	}

	private String reportUrl(MonthlySummary s) {
		return this.baseUrl + "/admin/reports/meetings/" + s.meetingId();
	}

	private List<String> executives() {
		return this.people.people(Role.EXECUTIVE)
			.stream()
			.filter(Person::lineLinked)
			.map(Person::getLineUserId)
			.distinct()
			.toList();
	}

}
