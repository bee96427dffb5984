package org.tidtam.complaints.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.Turn;
import org.tidtam.conversation.UserInput;

import static org.tidtam.complaints.intake.CitizenWords.*;

/**
 * The buttons under a closed case: a 1–5 rating ({@code complaint-rate=<id>:<n>}) or
 * "ยังไม่ได้รับการแก้ไข" ({@code complaint-reopen=<id>}). Only the citizen who filed the case counts.
 */
@Component
public class CaseAnswerFlow implements Flow<CaseAnswerFlow.Answer> {

	public static final String RATE = "complaint-rate=";

	public static final String REOPEN = "complaint-reopen=";

	public static final String STILL_FIXED = "complaint-still-fixed=";

	/** {@code rating} null means "not fixed", 0 "still fixed". */
	public record Answer(String complaintId, Integer rating) {
	}

	private final ComplaintDesk desk;

	public CaseAnswerFlow(ComplaintDesk desk) {
		this.desk = desk;
	}

	@Override
	public String id() {
		return "complaint-answer";
	}

	@Override
	public Class<Answer> draftType() {
		return Answer.class;
	}

	@Override
	public Optional<Answer> start(ChatRef chat, UserInput input) {
		if (!chat.oneToOne() || !(input instanceof UserInput.Choice c)) {
			return Optional.empty();
		}
		if (c.data().startsWith(STILL_FIXED)) {
			return Optional.of(new Answer(c.data().substring(STILL_FIXED.length()), 0));
		}
		if (c.data().startsWith(REOPEN)) {
			return Optional.of(new Answer(c.data().substring(REOPEN.length()), null));
		}
		if (c.data().startsWith(RATE)) {
			String[] parts = c.data().substring(RATE.length()).split(":");
			if (parts.length == 2 && parts[1].matches("[1-5]")) {
				return Optional.of(new Answer(parts[0], Integer.parseInt(parts[1])));
			}
		}
		return Optional.empty();
	}

	@Override
	public Turn<Answer> prompt(Answer draft) {
		return Turn.complete(draft);
	}

	@Override
	public Turn<Answer> handle(Answer draft, UserInput input) {
		return Turn.complete(draft);
	}

	@Override
	public List<Reply> complete(ChatRef chat, Answer answer, String dialogId) {
		if (answer.rating() != null && answer.rating() == 0) {
			return List.of(Reply.Text.of(this.desk.stillFixed(answer.complaintId(), chat.userId()) ? STILL_FIXED_THANKS : CANNOT));
		}
		if (answer.rating() != null) {
			return List.of(Reply.Text.of(this.desk.rate(answer.complaintId(), chat.userId(), answer.rating()) ? THANKS_RATING
					: CANNOT));
		}
		return List.of(Reply.Text.of(this.desk.reopen(answer.complaintId(), chat.userId())
			.map(REOPENED::formatted)
			.orElse(CANNOT)));
	}

}
