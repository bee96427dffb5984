package org.tidtam.line.notices;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tidtam.line.outbound.LineMessages;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.measures.MeasureEdited;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.PlanService;

/**
 * When a coordinator edits a measure of a published plan, the heads of its divisions are told in LINE
 * what changed (title, steps, due date, owners), once per edit.
 */
@Component
class MeasureChangeNotices {

	private final PlanService plans;

	private final MeasureService measures;

	private final AssignmentService assignments;

	private final PersonService people;

	private final LineMessages messages;

	private final LineMessenger messenger;

	private final org.tidtam.measures.organisation.DivisionService divisions;

	MeasureChangeNotices(PlanService plans, MeasureService measures, AssignmentService assignments,
			PersonService people, LineMessages messages, LineMessenger messenger,
			org.tidtam.measures.organisation.DivisionService divisions) {
		this.divisions = divisions;
		this.plans = plans;
		this.measures = measures;
		this.assignments = assignments;
		this.people = people;
		this.messages = messages;
		this.messenger = messenger;
	}

	@EventListener
	void on(MeasureEdited edited) {
		if (edited.changes().isEmpty() || this.plans.find(edited.planId()).filter(p -> p.isPublished()).isEmpty()) {
			return;
		}
		Measure measure = this.measures.find(edited.measureId()).orElse(null);
		if (measure == null) {
			return;
		}
		Set<String> heads = new LinkedHashSet<>();
		for (Assignment assignment : this.assignments.forMeasure(measure.getId())) {
			if (!assignment.isArchived()) {
				this.people.divisionHeadsOf(assignment.getDivisionId())
					.stream()
					.filter(Person::lineLinked)
					.forEach(p -> heads.add(p.getLineUserId()));
			}
		}
		if (heads.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder("✏️ มาตรการที่ ").append(measure.getNumber())
			.append(" ")
			.append(measure.getTitle())
			.append(" มีการแก้ไขค่ะ");
		for (String change : edited.changes()) {
			// the measures module names owners by division id: say their names
			for (org.tidtam.measures.organisation.Division d : this.divisions.all()) {
				change = change.replace(d.getId(), d.getName());
			}
			text.append("\n• ").append(change);
		}
		String key = edited.measureId() + ":" + measure.getVersion() + ":"
				+ UUID.nameUUIDFromBytes(String.join("|", edited.changes()).getBytes(StandardCharsets.UTF_8));
		this.messenger.multicast(List.copyOf(heads), List.of(this.messages.text(text.toString())), "measure-edited",
				"measure-edited:" + HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 60));
	}

}
