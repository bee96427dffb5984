package org.tidtam.line.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linecorp.bot.messaging.model.ShowLoadingAnimationRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.tidtam.line.LineClients;
import org.tidtam.line.limits.LineLimits;
import org.tidtam.line.limits.Violation;

/**
 * The one way the app sends to LINE. Every message is first written to the outbox (so a crash or a
 * LINE outage delays it but never loses it) with a retry key chosen once, then sent: a reply while
 * the event's token is fresh (free), otherwise a push; multicasts in chunks of 500. A caller that
 * passes the same {@code dedupeKey} twice gets one message, not two. Messages to one chat arrive in the
 * order they were made: while an earlier one waits for a retry, a later one waits behind it.
 */
@Service
public class LineMessenger {

	private static final Logger log = LoggerFactory.getLogger(LineMessenger.class);

	/** LINE takes at most 5 message objects per request. */
	static final int MAX_MESSAGES_PER_REQUEST = 5;

	/** LINE takes at most 500 user ids per multicast. */
	static final int MULTICAST_CHUNK = 500;

	/** Reply tokens are good for a minute; leave room for the trip. */
	static final Duration REPLY_TOKEN_FRESH_FOR = Duration.ofSeconds(50);

	private final MongoTemplate mongo;

	private final OutboxSender sender;

	private final LineClients clients;

	private final Clock clock;

	private final ObjectMapper json = new ObjectMapper();

	/** Orders the messages made in one millisecond; seeded from the clock so that it grows across restarts. */
	private final AtomicLong sequence;

	public LineMessenger(MongoTemplate mongo, OutboxSender sender, LineClients clients, Clock clock) {
		this.mongo = mongo;
		this.sender = sender;
		this.clients = clients;
		this.clock = clock;
		this.sequence = new AtomicLong(clock.millis() * 1000);
	}

	/**
	 * Answers a webhook event: a reply with its token while fresh, else a push to the chat. Outbox ids
	 * derive from the event id, so handling the same event again never queues a second answer.
	 */
	public List<String> answer(String eventId, String replyToken, Instant receivedAt, String chatId,
			List<ObjectNode> messages, String purpose, Sensitivity sensitivity) {
		List<List<ObjectNode>> batches = batches(messages);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < batches.size(); i++) {
			OutboxMessage message = newMessage(eventId + "#" + i, batches.get(i), purpose, sensitivity);
			message.setTo(chatId);
			message.setSourceEventId(eventId);
			if (i == 0 && replyToken != null) {
				message.setKind(OutboxMessage.Kind.REPLY);
				message.setReplyToken(replyToken);
				message.setReplyTokenExpiresAt(receivedAt.plus(REPLY_TOKEN_FRESH_FOR));
			}
			else {
				message.setKind(OutboxMessage.Kind.PUSH);
			}
			ids.add(enqueue(message));
		}
		return ids;
	}

	/** Pushes to one user, group or room. */
	public List<String> push(String to, List<ObjectNode> messages, String purpose, boolean personalData,
			String dedupeKey) {
		return push(to, messages, purpose, personalData ? Sensitivity.PERSONAL : Sensitivity.ORDINARY, dedupeKey);
	}

	/** Pushes to one user, group or room, marked as {@code sensitivity} says for the admin pages. */
	public List<String> push(String to, List<ObjectNode> messages, String purpose, Sensitivity sensitivity,
			String dedupeKey) {
		List<List<ObjectNode>> batches = batches(messages);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < batches.size(); i++) {
			String id = dedupeKey == null ? null : "push:" + dedupeKey + "#" + i;
			OutboxMessage message = newMessage(id, batches.get(i), purpose, sensitivity);
			message.setKind(OutboxMessage.Kind.PUSH);
			message.setTo(to);
			ids.add(enqueue(message));
		}
		return ids;
	}

	/** Sends the same messages to many users: one multicast per 500 users (each with its own retry key). */
	public List<String> multicast(List<String> userIds, List<ObjectNode> messages, String purpose, String dedupeKey) {
		List<String> distinct = userIds.stream().distinct().toList();
		List<List<ObjectNode>> batches = batches(messages);
		List<String> ids = new ArrayList<>();
		for (int chunk = 0; chunk * MULTICAST_CHUNK < distinct.size(); chunk++) {
			List<String> recipients = distinct.subList(chunk * MULTICAST_CHUNK,
					Math.min(distinct.size(), (chunk + 1) * MULTICAST_CHUNK));
			for (int i = 0; i < batches.size(); i++) {
				String id = dedupeKey == null ? null : "multicast:" + dedupeKey + "#" + chunk + "#" + i;
				OutboxMessage message = newMessage(id, batches.get(i), purpose, Sensitivity.ORDINARY);
				message.setKind(OutboxMessage.Kind.MULTICAST);
				message.setRecipients(List.copyOf(recipients));
				ids.add(enqueue(message));
			}
		}
		return ids;
	}

	/**
	 * Shows LINE's loading animation in a 1:1 chat while a slow answer is prepared (it disappears when
	 * our message arrives). Best effort: a failure here must not hold the answer up.
	 */
	public void showLoading(String userId, int seconds) {
		int rounded = Math.max(5, Math.min(60, (seconds + 4) / 5 * 5));
		try {
			this.clients.api().showLoadingAnimation(new ShowLoadingAnimationRequest(userId, rounded)).get();
		}
		catch (Exception e) {
			if (e instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			log.debug("Loading animation not shown: {}", e.toString());
		}
	}

	private OutboxMessage newMessage(String id, List<ObjectNode> messages, String purpose, Sensitivity sensitivity) {
		OutboxMessage message = new OutboxMessage();
		message.setId(id != null ? id : UUID.randomUUID().toString());
		ArrayNode array = this.json.createArrayNode();
		messages.forEach(array::add);
		message.setMessagesJson(array.toString());
		message.setRetryKey(UUID.randomUUID());
		message.setPurpose(purpose);
		message.setPersonalData(sensitivity != Sensitivity.ORDINARY);
		message.setConfidential(sensitivity == Sensitivity.CONFIDENTIAL);
		Instant now = this.clock.instant();
		message.setCreatedAt(now);
		message.setSequence(this.sequence.incrementAndGet());
		message.setNextAttemptAt(now);
		return message;
	}

	private String enqueue(OutboxMessage message) {
		List<Violation> violations = violations(message);
		boolean myTurn = false;
		if (!violations.isEmpty()) {
			// a bug on our side, not LINE's: keep it visible to an admin instead of sending what LINE refuses
			message.setState(OutboxMessage.State.FAILED);
			message.setLastError("not valid for LINE: " + violations);
			log.error("Outbox message {} ({}) is not valid for LINE and was not sent: {}", message.getId(),
					message.getPurpose(), violations);
		}
		else if (this.sender.takeTurn(message.getTo())) {
			// stored already claimed by this thread, which sends it at once (no separate claim)
			myTurn = true;
			message.setState(OutboxMessage.State.SENDING);
			message.setAttempts(1);
			message.setLeaseUntil(message.getCreatedAt().plus(this.sender.lease()));
		}
		// else an earlier message of the chat is not sent yet: this one is stored PENDING and sent after it
		try {
			this.mongo.insert(message);
		}
		catch (DuplicateKeyException e) {
			log.debug("Outbox message {} already queued", message.getId());
			if (myTurn) {
				this.sender.giveBackTurn(message.getTo());
			}
			return message.getId();
		}
		catch (RuntimeException e) {
			if (myTurn) {
				this.sender.giveBackTurn(message.getTo());
			}
			throw e;
		}
		if (myTurn) {
			this.sender.sendClaimed(message);
		}
		return message.getId();
	}

	private List<Violation> violations(OutboxMessage message) {
		try {
			ObjectNode body = this.json.createObjectNode();
			boolean multicast = message.getKind() == OutboxMessage.Kind.MULTICAST;
			if (multicast) {
				body.set("to", this.json.valueToTree(message.getRecipients()));
			}
			else {
				body.put("to", message.getTo());
			}
			body.set("messages", this.json.readTree(message.getMessagesJson()));
			return LineLimits.check(multicast ? "multicast" : "push", body);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			return List.of(new Violation("messages", "not JSON: " + e.getOriginalMessage()));
		}
	}

	private static List<List<ObjectNode>> batches(List<ObjectNode> messages) {
		if (messages.isEmpty()) {
			throw new IllegalArgumentException("Nothing to send");
		}
		List<List<ObjectNode>> batches = new ArrayList<>();
		for (int i = 0; i < messages.size(); i += MAX_MESSAGES_PER_REQUEST) {
			batches.add(messages.subList(i, Math.min(messages.size(), i + MAX_MESSAGES_PER_REQUEST)));
		}
		return batches;
	}

}
