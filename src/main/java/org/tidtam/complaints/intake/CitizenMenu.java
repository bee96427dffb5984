package org.tidtam.complaints.intake;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tidtam.conversation.MainMenu;
import org.tidtam.conversation.Reply;

/** The complaint entries of the citizen's main menu. */
@Component
class CitizenMenu implements MainMenu {

	@Override
	public List<Reply.Option> options() {
		return List.of(new Reply.Option("แจ้งเรื่องร้องเรียน", CitizenWords.MENU_COMPLAINT, null),
				Reply.Option.say(org.tidtam.complaints.integrity.IntegrityFlow.MENU), Reply.Option.say(FeedbackFlow.MENU),
				Reply.Option.say(CitizenWords.MENU_TRACK), Reply.Option.say(org.tidtam.complaints.SurveyService.TRIGGER));
	}

}
