package org.tidtam.line.outbound;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.tidtam.conversation.Reply;
import org.tidtam.line.flex.FlexTemplates;

/**
 * Turns channel-neutral {@link Reply}s into LINE message objects (JSON, as LINE receives them). Quick
 * replies go on the last message only, because LINE shows only that one's.
 */
@Component
public class LineMessages {

	/** LINE shows at most 13 quick-reply chips. */
	static final int MAX_QUICK_REPLIES = 13;

	private static final int MAX_TEXT = 5000;

	private final ObjectMapper json = new ObjectMapper();

	private final FlexTemplates templates;

	public LineMessages(FlexTemplates templates) {
		this.templates = templates;
	}

	public List<ObjectNode> toMessages(List<Reply> replies) {
		List<ObjectNode> messages = new ArrayList<>();
		List<Reply.Option> options = List.of();
		for (Reply reply : replies) {
			messages.add(toMessage(reply));
			if (!reply.options().isEmpty()) {
				options = reply.options();
			}
		}
		if (!messages.isEmpty() && !options.isEmpty()) {
			messages.get(messages.size() - 1).set("quickReply", quickReply(options));
		}
		return messages;
	}

	public ObjectNode text(String text) {
		ObjectNode message = this.json.createObjectNode();
		message.put("type", "text");
		message.put("text", fitText(text));
		return message;
	}

	private ObjectNode toMessage(Reply reply) {
		if (reply instanceof Reply.Text text) {
			return text(text.text());
		}
		Reply.Flex flex = (Reply.Flex) reply;
		return this.templates.render(flex.template(), flex.values());
	}

	private ObjectNode quickReply(List<Reply.Option> options) {
		ObjectNode quickReply = this.json.createObjectNode();
		ArrayNode items = quickReply.putArray("items");
		for (Reply.Option option : options.subList(0, Math.min(options.size(), MAX_QUICK_REPLIES))) {
			ObjectNode item = items.addObject();
			// LINE rejects items without "type":"action" (the SDK's builder leaves it out: STACK.md)
			item.put("type", "action");
			ObjectNode action = item.putObject("action");
			String label = FlexTemplates.ellipsize(option.label(), 20);
			if (option.data() != null) {
				action.put("type", "postback");
				action.put("label", label);
				action.put("data", option.data());
				action.put("displayText", FlexTemplates.ellipsize(option.label(), 300));
			}
			else {
				action.put("type", "message");
				action.put("label", label);
				action.put("text", FlexTemplates.ellipsize(option.text(), 300));
			}
		}
		return quickReply;
	}

	/** LINE counts text in UTF-16 units, at most 5,000. */
	static String fitText(String text) {
		if (text.isEmpty()) {
			return " ";
		}
		if (text.length() <= MAX_TEXT) {
			return text;
		}
		int end = MAX_TEXT - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}

}
