package org.tidtam.line.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.Reply;
import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.GroupBindingService;
import org.tidtam.measures.organisation.LineGroupBinding;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.progress.ReportingPeriod;
import org.tidtam.progress.ProgressReportFlow;
import org.tidtam.reminders.Obligations;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * "สถานะ" (or "งานค้าง") in a division's group or 1:1: what the division still owes, soonest deadline
 * first, and what it has reported, with a report button for each measure still owed. For the head with
 * fifteen minutes before the meeting.
 */
@Component
class DivisionStatus {

	static final java.util.Set<String> COMMANDS = java.util.Set.of("สถานะ", "งานค้าง", "สถานะงาน", "/status");

	private static final int MAX_BUTTONS = 13;

	private final Obligations obligations;

	private final GroupBindingService groups;

	private final PersonService people;

	private final DivisionService divisions;

	private final Clock clock;

	DivisionStatus(Obligations obligations, GroupBindingService groups, PersonService people, DivisionService divisions,
			Clock clock) {
		this.obligations = obligations;
		this.groups = groups;
		this.people = people;
		this.divisions = divisions;
		this.clock = clock;
	}

	/** The answer, or empty when this chat belongs to no division (a citizen typing "สถานะ"). */
	Optional<List<Reply>> answer(ChatRef chat) {
		Optional<String> divisionId = divisionOf(chat);
		if (divisionId.isEmpty()) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		String name = this.divisions.find(divisionId.get()).map(d -> d.getName()).orElse("ส่วนราชการ");
		List<Obligations.Entry> entries = this.obligations.forDivision(divisionId.get(), today);
		List<Obligations.Entry> lastYear = this.obligations.lateFromLastYear(divisionId.get(), today);
		StringBuilder late = new StringBuilder();
		List<Reply.Option> lateButtons = new ArrayList<>();
		if (!lastYear.isEmpty()) {
			FiscalYear past = FiscalYear.containing(today).previous();
			late.append("\n\nค้างจากปีงบประมาณ ").append(past.buddhistYear()).append(" ").append(lastYear.size())
				.append(" รายการ (ส่งรายงานย้อนหลังได้ถึง ").append(ThaiDates.shortDate(past.lateReportsUntil())).append("):");
			for (Obligations.Entry e : lastYear) {
				late.append("\n• ข้อ ").append(e.measure().getNumber()).append(" ").append(e.measure().getTitle());
				if (lateButtons.size() < MAX_BUTTONS) {
					lateButtons.add(Reply.Option.choose("รายงานข้อ " + e.measure().getNumber() + " ปี " + past.buddhistYear(),
							ProgressReportFlow.startData(e.assignment().getId())));
				}
			}
		}
		if (entries.isEmpty()) {
			String none = name + " ยังไม่มีมาตรการที่ได้รับมอบหมายในปีงบประมาณนี้ค่ะ";
			return Optional.of(List.of(late.length() == 0 ? Reply.Text.of(none)
					: new Reply.Text("📌 สถานะมาตรการของ" + name + " ณ " + ThaiDates.shortDate(today) + "\n\n" + none + late,
							lateButtons)));
		}
		StringBuilder owed = new StringBuilder();
		StringBuilder reported = new StringBuilder();
		List<Reply.Option> buttons = new ArrayList<>();
		int owedCount = 0;
		for (Obligations.Entry e : entries) {
			Optional<ReportingPeriod> open = e.open(today);
			String line = "\n• ข้อ " + e.measure().getNumber() + " " + e.measure().getTitle();
			if (e.owes(today)) {
				owedCount++;
				owed.append(line).append("\n   ส่งภายใน ").append(ThaiDates.shortDate(open.orElseThrow().due()));
				if (buttons.size() < MAX_BUTTONS) {
					buttons.add(Reply.Option.choose("รายงานข้อ " + e.measure().getNumber(), ProgressReportFlow.startData(e.assignment().getId())));
				}
			}
			else {
				String last = e.latest()
					.map(r -> "รายงานล่าสุด " + ThaiDates.shortDate(LocalDate.ofInstant(r.getReportedAt(), ThaiDates.BANGKOK)))
					.orElse("ไม่มีกำหนดส่งที่เปิดอยู่");
				String state = e.assignment().getState() == AssignmentState.DONE ? "ดำเนินการแล้ว · " + last : last;
				reported.append(line).append(" (").append(state).append(")");
			}
		}
		StringBuilder text = new StringBuilder("📌 สถานะมาตรการของ").append(name).append(" ณ ").append(ThaiDates.shortDate(today));
		if (owedCount > 0) {
			text.append("\n\nยังไม่ได้รายงาน ").append(owedCount).append(" รายการ:").append(owed);
		}
		else {
			text.append("\n\nรายงานครบทุกมาตรการในรอบนี้แล้วค่ะ 👍");
		}
		if (reported.length() > 0) {
			text.append("\n\nรายงานแล้ว/ไม่มีกำหนดส่ง:").append(reported);
		}
		// last year's after this year's: this year's deadlines are the ones still ahead
		text.append(late);
		lateButtons.stream().limit(Math.max(0, MAX_BUTTONS - buttons.size())).forEach(buttons::add);
		// LineMessages fits the text to LINE's limit
		return Optional.of(List.of(new Reply.Text(text.toString(), buttons)));
	}

	private Optional<String> divisionOf(ChatRef chat) {
		if (chat.kind() == ChatRef.Kind.GROUP) {
			Optional<LineGroupBinding> binding = this.groups.bindingOf(chat.chatId());
			if (binding.isPresent()) {
				return Optional.of(binding.get().getDivisionId());
			}
		}
		return this.people.findByLineUserId(chat.userId())
			.filter(Person::lineLinked)
			.map(Person::getDivisionId);
	}

}
