package org.tidtam.line.complaints;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;
import org.tidtam.complaints.privacy.DataRequestAnswered;
import org.tidtam.complaints.privacy.PersonalDataErased;
import org.tidtam.line.media.LineMediaStore;
import org.tidtam.line.outbound.LineMessages;
import org.tidtam.line.outbound.LineMessenger;

/**
 * The LINE side of PDPA: answers a citizen's data request in their chat (a copy in as many messages as
 * it takes), and deletes the chat photos of a complaint whose personal data was erased.
 */
@Component
class PrivacyMessages {

	private static final int TEXT_BUDGET = 4500;

	private final LineMessages messages;

	private final LineMessenger messenger;

	private final GridFsTemplate media;

	PrivacyMessages(LineMessages messages, LineMessenger messenger, MongoTemplate mongo) {
		this.messages = messages;
		this.messenger = messenger;
		this.media = new GridFsTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter(), LineMediaStore.BUCKET);
	}

	@EventListener
	void on(DataRequestAnswered answered) {
		if (answered.lineUserId() == null) {
			return;
		}
		List<ObjectNode> texts = new ArrayList<>();
		String rest = answered.text();
		while (!rest.isEmpty()) {
			int cut = rest.length() <= TEXT_BUDGET ? rest.length() : Math.max(rest.lastIndexOf("\n\n", TEXT_BUDGET), 1);
			texts.add(this.messages.text(rest.substring(0, cut).strip()));
			rest = rest.substring(cut).strip();
		}
		this.messenger.push(answered.lineUserId(), texts, "privacy-answer", true, "privacy-answer:" + answered.requestId());
	}

	@EventListener
	void on(PersonalDataErased erased) {
		for (String messageId : erased.lineMessageIds()) {
			this.media.delete(Query.query(Criteria.where("metadata.messageId").is(messageId)));
		}
	}

}
