package org.tidtam.line.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tidtam.conversation.Reply;
import org.tidtam.line.flex.FlexTemplates;
import org.tidtam.line.outbound.LineMessages;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.GroupBindingService;
import org.tidtam.measures.organisation.LineGroupBinding;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.progress.ProgressReportFlow;
import org.tidtam.progress.ReportReminder;
import org.tidtam.progress.ReportReminderDue;
import org.tidtam.shared.Role;
import org.tidtam.shared.ThaiDates;

/**
 * Sends the report reminders the progress module decided on: to the division's group (or its heads
 * 1:1 when no group is bound) with a report button per assignment, to each head personally, and one
 * digest to the executives by multicast (chunks of 500). Each goes out under the reminder's key, so
 * a second run of the day, another instance or a retry after a LINE error never sends it twice.
 */
@Component
class ReportReminderNotices {

	private static final Locale THAI = Locale.forLanguageTag("th");

	/** LINE shows at most 13 quick-reply chips. */
	static final int MAX_BUTTONS = 13;

	private final LineMessenger messenger;

	private final LineMessages messages;

	private final MessageSource texts;

	private final DivisionService divisions;

	private final PersonService people;

	private final GroupBindingService groups;

	ReportReminderNotices(LineMessenger messenger, LineMessages messages, MessageSource texts, DivisionService divisions,
			PersonService people, GroupBindingService groups) {
		this.messenger = messenger;
		this.messages = messages;
		this.texts = texts;
		this.divisions = divisions;
		this.people = people;
		this.groups = groups;
	}

	@EventListener
	void on(ReportReminderDue due) {
		ReportReminder r = due.reminder();
		switch (r.kind()) {
			case GROUP -> toGroup(r);
			case HEAD -> toHeads(r);
			case DIGEST -> toExecutives(r);
		}
	}

	private void toGroup(ReportReminder r) {
		String division = divisionName(r.divisionId());
		List<ObjectNode> out = this.messages.toMessages(List.of(new Reply.Text(
				text("progress.remind.group", division, r.items().size(), ThaiDates.longDate(r.due())) + lines(r),
				buttons(r))));
		List<LineGroupBinding> bound = this.groups.groupsOf(r.divisionId());
		if (bound.isEmpty()) {
			for (Person head : heads(r.divisionId())) {
				this.messenger.push(head.getLineUserId(), out, "report-reminder", false, r.key() + ":" + head.getId());
			}
			return;
		}
		for (LineGroupBinding group : bound) {
			this.messenger.push(group.getId(), out, "report-reminder", false, r.key() + ":" + group.getId());
		}
	}

	private void toHeads(ReportReminder r) {
		String division = divisionName(r.divisionId());
		for (Person head : heads(r.divisionId())) {
			List<ObjectNode> out = this.messages.toMessages(List.of(new Reply.Text(text("progress.remind.head",
					head.getName(), ThaiDates.longDate(r.due()), division, r.items().size()) + lines(r), buttons(r))));
			this.messenger.push(head.getLineUserId(), out, "report-reminder", false, r.key() + ":" + head.getId());
		}
	}

	private void toExecutives(ReportReminder r) {
		List<String> executives = this.people.people(Role.EXECUTIVE)
			.stream()
			.filter(Person::lineLinked)
			.map(Person::getLineUserId)
			.toList();
		if (executives.isEmpty()) {
			return;
		}
		Map<String, String> names = this.divisions.all()
			.stream()
			.collect(Collectors.toMap(Division::getId, Division::getName, (a, b) -> a));
		StringBuilder body = new StringBuilder(text("progress.remind.digest", ThaiDates.longDate(r.due())));
		for (ReportReminder.Item item : r.items()) {
			body.append("\n\n").append(text("progress.remind.digest.measure", item.measureNumber(), item.title()));
			if (!item.reportedDivisionIds().isEmpty()) {
				body.append('\n').append(text("progress.remind.digest.reported", join(item.reportedDivisionIds(), names)));
			}
			if (!item.missingDivisionIds().isEmpty()) {
				body.append('\n').append(text("progress.remind.digest.missing", join(item.missingDivisionIds(), names)));
			}
		}
		this.messenger.multicast(executives, List.of(this.messages.text(FlexTemplates.ellipsize(body.toString(), 5000))),
				"report-digest", r.key());
	}

	private List<Person> heads(String divisionId) {
		return this.people.divisionHeadsOf(divisionId).stream().filter(Person::lineLinked).toList();
	}

	private String lines(ReportReminder r) {
		StringBuilder s = new StringBuilder();
		for (ReportReminder.Item item : r.items()) {
			s.append("\n• #").append(item.measureNumber()).append(' ').append(item.title());
		}
		s.append("\n\n").append(text("progress.remind.how"));
		return FlexTemplates.ellipsize(s.toString(), 4000);
	}

	private List<Reply.Option> buttons(ReportReminder r) {
		List<Reply.Option> options = new ArrayList<>();
		for (ReportReminder.Item item : r.items()) {
			if (options.size() == MAX_BUTTONS) {
				break;
			}
			options.add(Reply.Option.choose(text("progress.remind.button", item.measureNumber()),
					ProgressReportFlow.startData(item.assignmentId())));
		}
		return options;
	}

	private String divisionName(String divisionId) {
		return this.divisions.find(divisionId).map(Division::getName).orElse("-");
	}

	private static String join(List<String> ids, Map<String, String> names) {
		return ids.stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "));
	}

	private String text(String key, Object... args) {
		return this.texts.getMessage(key, args, THAI);
	}

}
