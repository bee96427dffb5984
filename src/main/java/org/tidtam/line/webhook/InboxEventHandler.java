package org.tidtam.line.webhook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.webhook.model.AudioMessageContent;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FileMessageContent;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.ImageMessageContent;
import com.linecorp.bot.webhook.model.JoinEvent;
import com.linecorp.bot.webhook.model.LeaveEvent;
import com.linecorp.bot.webhook.model.LocationMessageContent;
import com.linecorp.bot.webhook.model.MessageContent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.RoomSource;
import com.linecorp.bot.webhook.model.Source;
import com.linecorp.bot.webhook.model.StickerMessageContent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UnsendEvent;
import com.linecorp.bot.webhook.model.UserMentionee;
import com.linecorp.bot.webhook.model.UserSource;
import com.linecorp.bot.webhook.model.VideoMessageContent;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.ConversationService;
import org.tidtam.conversation.Dialogs;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.UserInput;
import org.tidtam.line.contacts.LineContacts;
import org.tidtam.line.media.LineMediaStore;
import org.tidtam.line.outbound.LineMessages;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.line.outbound.Sensitivity;
import org.tidtam.line.people.StaffChat;
import org.tidtam.progress.ProgressService;

/**
 * Turns one stored LINE event into a channel-neutral input, asks the conversation for answers, and
 * hands them to {@link LineMessenger}. Returns false when the event is deliberately ignored (unknown
 * message types). Must be safe to run twice for one event (after a crash): answers are queued under
 * ids derived from the event id, bookkeeping is idempotent.
 */
@Component
public class InboxEventHandler {

	private final ObjectMapper sdkJson = ModelObjectMapper.createNewObjectMapper();

	private final ConversationService conversation;

	private final LineMessages messages;

	private final LineMessenger messenger;

	private final LineContacts contacts;

	private final LineMediaStore media;

	private final StaffChat staff;

	private final ProgressService progress;

	private final Dialogs dialogs;

	private final MongoTemplate mongo;

	private final org.springframework.context.MessageSource words;

	public InboxEventHandler(ConversationService conversation, LineMessages messages, LineMessenger messenger,
			LineContacts contacts, LineMediaStore media, StaffChat staff, ProgressService progress, Dialogs dialogs,
			MongoTemplate mongo, org.springframework.context.MessageSource words) {
		this.words = words;
		this.staff = staff;
		this.progress = progress;
		this.dialogs = dialogs;
		this.mongo = mongo;
		this.conversation = conversation;
		this.messages = messages;
		this.messenger = messenger;
		this.contacts = contacts;
		this.media = media;
	}

	public boolean handle(InboxEvent stored) {
		Event event;
		try {
			event = this.sdkJson.readValue(stored.getPayload(), Event.class);
		}
		catch (Exception e) {
			throw new IllegalStateException("Stored event cannot be read: " + e.getMessage(), e);
		}
		ChatRef chat = chat(event.source());
		if (chat == null) {
			return false;
		}
		boolean confidentialBefore = this.dialogs.confidential(chat);
		if (confidentialBefore && !stored.isConfidential()) {
			// hidden from the pages before anything that can fail (a file's download): an event that waits for
			// another try, or becomes a dead letter, must not show the reporter meanwhile. The words are blanked
			// only once handled, since the next try needs them.
			markConfidential(stored);
		}
		UserInput input = null;
		if (event instanceof FollowEvent follow) {
			this.contacts.followed(chat.userId(), stored.getReceivedAt());
			this.staff.followed(chat.userId());
			input = new UserInput.Followed(follow.follow() != null && Boolean.TRUE.equals(follow.follow().isUnblocked()));
		}
		else if (event instanceof UnfollowEvent) {
			this.contacts.unfollowed(chat.userId(), stored.getReceivedAt());
			this.staff.unfollowed(chat.userId());
			return true;
		}
		else if (event instanceof JoinEvent) {
			this.contacts.joinedGroup(chat.chatId(), stored.getReceivedAt());
			input = new UserInput.JoinedGroup();
		}
		else if (event instanceof LeaveEvent) {
			this.contacts.leftGroup(chat.chatId(), stored.getReceivedAt());
			this.staff.botLeft(chat.chatId());
			return true;
		}
		else if (event instanceof UnsendEvent unsend) {
			this.media.withdraw(unsend.unsend().messageId());
			this.progress.withdrawEvidence(unsend.unsend().messageId());
			return true;
		}
		else if (event instanceof PostbackEvent postback) {
			input = new UserInput.Choice(postback.postback().data(),
					postback.postback().params() == null ? Map.of() : postback.postback().params());
		}
		else if (event instanceof MessageEvent message) {
			input = input(message.message());
			if (input == null) {
				return false;
			}
			if (input instanceof UserInput.Media && !chat.oneToOne() && !this.conversation.dialogUnderWay(chat)
					&& this.progress.recentBy(chat.chatId(), chat.userId()).isEmpty()) {
				// group photos are kept only as evidence of a report under way or just made; chatter is not stored
				return true;
			}
			if (input instanceof UserInput.Media m) {
				LineMediaStore.Outcome outcome = this.media.download(m, chat, stored.getId(),
						() -> this.messenger.showLoading(chat.userId(), 10));
				if (outcome != LineMediaStore.Outcome.STORED) {
					boolean confidential = this.dialogs.confidential(chat);
					answer(stored, chat, List.of(Reply.Text.of(this.media.explain(outcome))), sensitivity(chat, confidential));
					if (confidential) {
						redact(stored);
					}
					return true;
				}
			}
		}
		else {
			return false; // memberJoined/memberLeft need no answer yet
		}
		Optional<List<Reply>> staffMatter = this.staff.respond(chat, input);
		List<Reply> replies = staffMatter.isPresent() ? staffMatter.get() : this.conversation.respond(chat, input);
		// a message that starts, continues or ends a confidential dialog, and its answer
		boolean confidential = confidentialBefore || this.dialogs.confidential(chat);
		answer(stored, chat, replies, sensitivity(chat, confidential));
		if (confidential) {
			redact(stored);
		}
		return true;
	}

	/**
	 * An event that kept failing and is now a dead letter (LINE's content API down for minutes, a fault of
	 * ours): a person who wrote or tapped in a 1:1 chat is told, once, that it did not go through and to
	 * send it again later, instead of silence. Groups are not told (their chatter is mostly not for the
	 * bot). An admin who sends the event round again later gets it handled as usual. Never throws.
	 */
	public void deadLetter(InboxEvent stored) {
		try {
			Event event = this.sdkJson.readValue(stored.getPayload(), Event.class);
			if (!(event instanceof MessageEvent || event instanceof PostbackEvent)
					|| !(event.source() instanceof UserSource user) || user.userId() == null) {
				return;
			}
			String text = this.words.getMessage("chat.event.failed", null, java.util.Locale.forLanguageTag("th"));
			this.messenger.push(user.userId(), this.messages.toMessages(List.of(Reply.Text.of(text))), "event-failed",
					stored.isConfidential() ? Sensitivity.CONFIDENTIAL : Sensitivity.PERSONAL, "event-failed:" + stored.getId());
		}
		catch (Exception e) {
			org.slf4j.LoggerFactory.getLogger(InboxEventHandler.class)
				.warn("Could not tell the sender that event {} failed: {}", stored.getId(), e.toString());
		}
	}

	/**
	 * A message said inside a confidential dialog (a corruption report) is kept by its module only:
	 * the stored webhook event keeps its shape but loses the words, and is marked so that no admin page
	 * shows who sent it either.
	 */
	private void redact(InboxEvent stored) {
		String redacted = stored.getPayload()
			.replaceAll("\"text\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\"", "\"text\":\"[ลับ]\"")
			.replaceAll("\"(fileName|title|address)\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\"", "\"$1\":\"[ลับ]\"");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(stored.getId())),
				Update.update("payload", redacted).set("confidential", true), InboxEvent.class);
	}

	private void markConfidential(InboxEvent stored) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(stored.getId())), Update.update("confidential", true),
				InboxEvent.class);
		stored.setConfidential(true);
	}

	private static Sensitivity sensitivity(ChatRef chat, boolean confidential) {
		return confidential ? Sensitivity.CONFIDENTIAL : chat.oneToOne() ? Sensitivity.PERSONAL : Sensitivity.ORDINARY;
	}

	private void answer(InboxEvent stored, ChatRef chat, List<Reply> replies, Sensitivity sensitivity) {
		if (replies.isEmpty()) {
			return;
		}
		List<ObjectNode> out = this.messages.toMessages(replies);
		this.messenger.answer(stored.getId(), stored.getReplyToken(), stored.getReceivedAt(), chat.chatId(), out,
				"answer:" + stored.getType(), sensitivity);
	}

	private static UserInput input(MessageContent content) {
		if (content instanceof TextMessageContent text) {
			boolean mentioned = text.mention() != null && text.mention().mentionees() != null && text.mention()
				.mentionees()
				.stream()
				.anyMatch(m -> m instanceof UserMentionee u && Boolean.TRUE.equals(u.isSelf()));
			return new UserInput.Text(text.text(), mentioned);
		}
		if (content instanceof ImageMessageContent image) {
			return new UserInput.Media(image.id(), UserInput.MediaKind.IMAGE, null, null);
		}
		if (content instanceof VideoMessageContent video) {
			return new UserInput.Media(video.id(), UserInput.MediaKind.VIDEO, null, null);
		}
		if (content instanceof AudioMessageContent audio) {
			return new UserInput.Media(audio.id(), UserInput.MediaKind.AUDIO, null, null);
		}
		if (content instanceof FileMessageContent file) {
			return new UserInput.Media(file.id(), UserInput.MediaKind.FILE, file.fileName(), file.fileSize() == null ? null : file.fileSize().longValue());
		}
		if (content instanceof LocationMessageContent place) {
			return new UserInput.Place(place.title(), place.address(), place.latitude(), place.longitude());
		}
		if (content instanceof StickerMessageContent sticker) {
			return new UserInput.Sticker(sticker.packageId(), sticker.stickerId());
		}
		return null; // a message type LINE added after this SDK: stored, ignored
	}

	private static ChatRef chat(Source source) {
		if (source instanceof UserSource user) {
			return user.userId() == null ? null : ChatRef.user(user.userId());
		}
		if (source instanceof GroupSource group) {
			return ChatRef.group(group.groupId(), group.userId());
		}
		if (source instanceof RoomSource room) {
			return ChatRef.room(room.roomId(), room.userId());
		}
		return null;
	}

}
