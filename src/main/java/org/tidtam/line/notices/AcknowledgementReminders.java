package org.tidtam.line.notices;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tidtam.line.outbound.LineMessages;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.reminders.AcknowledgementOverdue;

/**
 * One reminder to each head whose division has not acknowledged its measures: a single message listing
 * them, sent once for that set of measures (the key is the set), through {@link LineMessenger}.
 */
@Component
class AcknowledgementReminders {

	private final AssignmentService assignments;

	private final MeasureService measures;

	private final PersonService people;

	private final LineMessages messages;

	private final LineMessenger messenger;

	AcknowledgementReminders(AssignmentService assignments, MeasureService measures, PersonService people,
			LineMessages messages, LineMessenger messenger) {
		this.assignments = assignments;
		this.measures = measures;
		this.people = people;
		this.messages = messages;
		this.messenger = messenger;
	}

	@EventListener
	void on(AcknowledgementOverdue overdue) {
		Map<String, List<Assignment>> byDivision = new LinkedHashMap<>();
		for (String id : overdue.assignmentIds()) {
			this.assignments.find(id)
				.filter(a -> a.getAcknowledgedAt() == null && !a.isArchived())
				.ifPresent(a -> byDivision.computeIfAbsent(a.getDivisionId(), d -> new ArrayList<>()).add(a));
		}
		for (Map.Entry<String, List<Assignment>> entry : byDivision.entrySet()) {
			List<String> lines = new ArrayList<>();
			for (Assignment a : entry.getValue()) {
				this.measures.find(a.getMeasureId()).ifPresent(m -> lines.add(m.getNumber() + ". " + m.getTitle()));
			}
			String key = UUID.nameUUIDFromBytes(String.join("|", entry.getValue().stream().map(Assignment::getId).sorted().toList())
				.getBytes(StandardCharsets.UTF_8)).toString();
			String text = "🔔 เรียนหัวหน้าส่วนราชการ มาตรการต่อไปนี้ยังไม่ได้กด “รับทราบ” ค่ะ\n" + String.join("\n", lines)
					+ "\n\nกรุณากด “รับทราบ” ในข้อความแจ้งมาตรการ หรือแจ้งผู้ประสานงาน ITA หากมีข้อสงสัยค่ะ";
			for (Person head : this.people.divisionHeadsOf(entry.getKey())) {
				if (head.lineLinked()) {
					this.messenger.push(head.getLineUserId(), List.of(this.messages.text(text)), "ack-reminder", false,
							"ack-reminder:" + head.getId() + ":" + key);
				}
			}
		}
	}

}
