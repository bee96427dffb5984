package org.tidtam.complaints.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tidtam.complaints.TicketNumbers;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.Turn;
import org.tidtam.conversation.UserInput;
import org.tidtam.shared.ThaiDates;

import static org.tidtam.complaints.intake.CitizenWords.*;

/**
 * ติดตามเรื่อง: lists the citizen's own cases; a typed ticket number shows that case's public
 * timeline, but only to the citizen who filed it (another person's number gets the same "not found"
 * as a number that does not exist, so nothing leaks). Answers at once, keeps no dialog.
 */
@Component
public class TrackingFlow implements Flow<TrackingDraft> {

	static final int MAX_LISTED = 10;

	private final ComplaintDesk desk;

	public TrackingFlow(ComplaintDesk desk) {
		this.desk = desk;
	}

	@Override
	public String id() {
		return "complaint-tracking";
	}

	@Override
	public Class<TrackingDraft> draftType() {
		return TrackingDraft.class;
	}

	/** The menu's word and what citizens also type for it (a linked staff member's "สถานะ" is answered before). */
	static final java.util.Set<String> TRACK_WORDS = java.util.Set.of(MENU_TRACK, "ติดตาม", "สถานะ", "สถานะเรื่อง",
			"เช็คสถานะ");

	@Override
	public Optional<TrackingDraft> start(ChatRef chat, UserInput input) {
		if (!chat.oneToOne() || !(input instanceof UserInput.Text t)) {
			return Optional.empty();
		}
		String text = t.text().strip();
		if (TRACK_WORDS.contains(text)) {
			return Optional.of(new TrackingDraft(this.desk.casesOf(chat.userId()), null, null));
		}
		if (TicketNumbers.looksLike(TicketNumbers.COMPLAINT, text)) {
			String ticket = TicketNumbers.normalise(text);
			return Optional.of(new TrackingDraft(List.of(), ticket, this.desk.caseOf(chat.userId(), ticket).orElse(null)));
		}
		return Optional.empty();
	}

	@Override
	public Turn<TrackingDraft> prompt(TrackingDraft draft) {
		if (draft.asked() != null) {
			if (draft.detail() == null) {
				return Turn.done(new Reply.Text(NOT_FOUND.formatted(draft.asked()), List.of(Reply.Option.say(MENU_TRACK))));
			}
			StringBuilder text = new StringBuilder();
			var c = draft.detail();
			text.append("เรื่องเลขที่ ").append(c.ticket()).append('\n');
			text.append("หมวด: ").append(c.category()).append('\n');
			text.append("แจ้งเมื่อ: ").append(ThaiDates.shortDate(c.filedOn())).append('\n');
			text.append("สถานะ: ").append(c.status());
			for (var step : c.steps()) {
				text.append("\n• ").append(ThaiDates.shortDateTime(step.at())).append(' ').append(step.status());
				if (step.note() != null) {
					text.append(": ").append(step.note());
				}
			}
			return Turn.done(Reply.Text.of(text.toString()));
		}
		if (draft.cases().isEmpty()) {
			return Turn.done(new Reply.Text(NO_CASES, List.of(Reply.Option.say("แจ้งเรื่องร้องเรียน", MENU_COMPLAINT))));
		}
		StringBuilder text = new StringBuilder(CASES_HEADER);
		List<Reply.Option> options = new java.util.ArrayList<>();
		for (var line : draft.cases().subList(0, Math.min(MAX_LISTED, draft.cases().size()))) {
			text.append("\n• ")
				.append(line.ticket())
				.append(' ')
				.append(line.category())
				.append(" (")
				.append(ThaiDates.shortDate(line.filedOn()))
				.append(") ")
				.append(line.status());
			options.add(Reply.Option.say(line.ticket()));
		}
		return Turn.done(new Reply.Text(text.toString(), options));
	}

	@Override
	public Turn<TrackingDraft> handle(TrackingDraft draft, UserInput input) {
		return Turn.done();
	}

}
