package org.tidtam.line.notices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tidtam.conversation.Reply;
import org.tidtam.line.outbound.LineMessages;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.GroupBindingService;
import org.tidtam.measures.organisation.LineGroupBinding;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.progress.ProgressReportFlow;
import org.tidtam.reminders.ReportingClosed;
import org.tidtam.reminders.ReportsDue;
import org.tidtam.shared.Role;
import org.tidtam.shared.ThaiDates;

/**
 * Turns the reminders module's decisions into LINE messages: the division's group (or its heads, when
 * it has no group) hears which measures still need a report, with a report button per measure; the
 * heads get a personal note the working day before; executives get one digest per period (multicast,
 * 500 at a time). Each message has a dedupe key per stage, division and period, so however often the
 * job runs, each is sent once.
 */
@Component
class ReportReminderMessages {

	/** A text message stays well below LINE's 5,000 characters. */
	static final int TEXT_BUDGET = 4500;

	private final AssignmentService assignments;

	private final MeasureService measures;

	private final DivisionService divisions;

	private final PersonService people;

	private final GroupBindingService groups;

	private final LineMessages messages;

	private final LineMessenger messenger;

	private final Clock clock;

	ReportReminderMessages(AssignmentService assignments, MeasureService measures, DivisionService divisions,
			PersonService people, GroupBindingService groups, LineMessages messages, LineMessenger messenger,
			Clock clock) {
		this.clock = clock;
		this.assignments = assignments;
		this.measures = measures;
		this.divisions = divisions;
		this.people = people;
		this.groups = groups;
		this.messages = messages;
		this.messenger = messenger;
	}

	@EventListener
	void on(ReportsDue due) {
		List<Item> items = items(due.assignmentIds());
		if (items.isEmpty()) {
			return;
		}
		String deadline = ThaiDates.longDate(due.deadline());
		StringBuilder text = new StringBuilder();
		if (due.stage() == ReportsDue.Stage.SOON) {
			text.append("📋 แจ้งเตือนรายงานความคืบหน้า ").append(due.period());
			if (!due.period().contains(deadline)) {
				text.append("\nกำหนดส่งภายใน ").append(deadline);
			}
			text.append("\n\nมาตรการที่ยังไม่ได้รายงาน:");
		}
		else {
			text.append("⏰ เรียนหัวหน้าส่วนราชการ ").append(when(due.deadline(), LocalDate.now(this.clock), due.period()))
				.append("\n\nมาตรการที่ส่วนราชการยังไม่ได้รายงาน:");
		}
		for (Item item : items) {
			text.append("\n• ข้อ ").append(item.measure().getNumber()).append(' ').append(item.measure().getTitle());
		}
		text.append("\n\nกดปุ่ม “รายงานข้อ …” ด้านล่าง หรือพิมพ์ “รายงาน” เพื่อรายงานได้เลยค่ะ");
		List<Reply.Option> buttons = items.stream()
			.map(i -> Reply.Option.choose("รายงานข้อ " + i.measure().getNumber(), ProgressReportFlow.startData(i.assignment().getId())))
			.toList();
		List<ObjectNode> message = this.messages.toMessages(List.of(new Reply.Text(clip(text.toString()), buttons)));
		String key = "reports-due:" + due.stage() + ":" + due.divisionId() + ":" + due.periodKey();
		List<LineGroupBinding> bound = due.stage() == ReportsDue.Stage.SOON ? this.groups.groupsOf(due.divisionId())
				: List.of();
		if (!bound.isEmpty()) {
			this.messenger.push(bound.get(0).getId(), message, "reports-due", false, key + ":" + bound.get(0).getId());
			return;
		}
		for (Person head : this.people.divisionHeadsOf(due.divisionId())) {
			if (head.lineLinked()) {
				this.messenger.push(head.getLineUserId(), message, "reports-due", false, key + ":" + head.getId());
			}
		}
	}

	@EventListener
	void on(ReportingClosed closed) {
		List<String> executives = this.people.people(Role.EXECUTIVE)
			.stream()
			.filter(Person::lineLinked)
			.map(Person::getLineUserId)
			.toList();
		if (executives.isEmpty() || closed.lines().isEmpty()) {
			return;
		}
		Map<String, String> names = this.divisions.names();
		long missing = closed.lines().stream().mapToLong(l -> l.missing().size()).sum();
		long total = closed.lines().stream().mapToLong(l -> l.missing().size() + l.reported().size()).sum();
		List<String> lines = new ArrayList<>();
		lines.add("📊 สรุปการรายงาน " + closed.period() + withDeadline(closed.period(), "ครบกำหนด ", closed.deadline())
				+ "\n" + tally(total - missing, total));
		for (ReportingClosed.Line line : closed.lines()) {
			Optional<Measure> measure = this.measures.find(line.measureId());
			if (measure.isEmpty()) {
				continue;
			}
			StringBuilder b = new StringBuilder("\nข้อ ").append(measure.get().getNumber()).append(' ')
				.append(measure.get().getTitle());
			if (!line.reported().isEmpty()) {
				b.append("\n  ✅ ").append(line.reported().stream().map(id -> names.getOrDefault(id, "-")).collect(Collectors.joining(", ")));
			}
			if (!line.missing().isEmpty()) {
				b.append("\n  ❌ ยังไม่รายงาน: ")
					.append(line.missing().stream().map(id -> names.getOrDefault(id, "-")).collect(Collectors.joining(", ")));
			}
			lines.add(b.toString());
		}
		List<ObjectNode> texts = new ArrayList<>();
		for (String chunk : chunks(lines)) {
			texts.add(this.messages.text(chunk));
		}
		this.messenger.multicast(executives, texts, "reports-digest", "reports-digest:" + closed.periodKey());
	}

	/**
	 * The head's note goes out on the working day before the deadline, which is not always the day before
	 * (a Monday deadline is announced on Friday), or on the deadline itself when a run was caught up: say
	 * "tomorrow" only when it is, else name the day.
	 */
	static String when(LocalDate deadline, LocalDate today, String period) {
		if (deadline.equals(today.plusDays(1))) {
			return "พรุ่งนี้ครบกำหนดรายงาน " + period + withDeadline(period, "", deadline);
		}
		if (!deadline.isAfter(today)) {
			return "วันนี้ครบกำหนดรายงาน " + period + withDeadline(period, "", deadline);
		}
		return "จะครบกำหนดรายงาน " + period + " ใน" + WEEKDAYS[deadline.getDayOfWeek().getValue() - 1] + "ที่ "
				+ ThaiDates.longDate(deadline);
	}

	private static final String[] WEEKDAYS = { "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์",
			"วันอาทิตย์" };

	/** "รายงานแล้ว 2 จาก 3 รายการ", without a bare "0": nobody, or everybody, says so in words. */
	static String tally(long reported, long total) {
		if (reported == 0) {
			return "ยังไม่มีส่วนราชการใดรายงาน (ทั้งหมด " + total + " รายการ)";
		}
		if (reported == total) {
			return "รายงานครบทั้ง " + total + " รายการ";
		}
		return "รายงานแล้ว " + reported + " จาก " + total + " รายการ";
	}

	/** " (ครบกำหนด 31 มีนาคม 2569)", unless the period's name already says that date. */
	private static String withDeadline(String period, String label, LocalDate deadline) {
		String date = ThaiDates.longDate(deadline);
		return period.contains(date) ? "" : " (" + label + date + ")";
	}

	/** Lines joined into texts that each fit LINE's limit, never splitting a line. */
	static List<String> chunks(List<String> lines) {
		List<String> out = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : lines) {
			String piece = clip(line);
			if (current.length() > 0 && current.length() + piece.length() > TEXT_BUDGET) {
				out.add(current.toString().strip());
				current.setLength(0);
			}
			current.append(piece);
		}
		if (current.length() > 0) {
			out.add(current.toString().strip());
		}
		return out;
	}

	private static String clip(String text) {
		return text.length() <= TEXT_BUDGET ? text : text.substring(0, TEXT_BUDGET - 1) + "…";
	}

	private List<Item> items(List<String> assignmentIds) {
		List<Item> items = new ArrayList<>();
		for (String id : assignmentIds) {
			this.assignments.find(id)
				.filter(a -> !a.isArchived())
				.flatMap(a -> this.measures.find(a.getMeasureId()).map(m -> new Item(a, m)))
				.ifPresent(items::add);
		}
		return items;
	}

	record Item(Assignment assignment, Measure measure) {
	}

}
