package org.tidtam.line.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MulticastRequest;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tidtam.line.LineClients;
import org.tidtam.shared.ScanSchedule;
import org.tidtam.shared.store.StoreDurability;

/**
 * Delivers outbox messages to LINE. Each attempt is claimed with a lease (so two instances never
 * send one message at once) and carries the message's own retry key: after a timeout or a 5xx the
 * retry either lands once or gets LINE's 409 ("already accepted"), which counts as sent. 429 and 5xx
 * are retried with exponential backoff; other 4xx are recorded and not retried.
 * <p>
 * Messages to one chat (user, group or room) go out in the order they were made: while the oldest unsent
 * message of a chat waits for its retry, or is being sent, the chat's later messages wait behind it, so
 * that a dialog's summary never arrives before its question. A message LINE refused (FAILED) or that was
 * given up (DEAD) holds nothing up. Multicasts have no chat and no order.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final MongoTemplate mongo;

	private final LineClients clients;

	private final Clock clock;

	private final MeterRegistry meters;

	private final StoreDurability durability;

	private final ObjectMapper sdkJson = ModelObjectMapper.createNewObjectMapper();

	/** How long LINE remembers an accepted {@code X-Line-Retry-Key}; after that the same key is a new request. */
	public static final Duration RETRY_KEY_KEPT = Duration.ofHours(24);

	private final int maxAttempts;

	private final Duration firstBackoff;

	private final Duration maxBackoff;

	private final Duration lease;

	private final Duration retryFor;

	private final ScanSchedule scans;

	/** At most this many sends per scan; the rest at the next poll. */
	static final int MAX_SENDS_PER_SCAN = 200;

	/** At most this many unsent messages are read per scan (the oldest); chats beyond them wait their turn. */
	static final int MAX_OPEN_PER_SCAN = 5000;

	private final Object turns = new Object();

	/**
	 * Chats with an unsent message (waiting for a retry or for its turn), each with the stamp of when it
	 * was last known to be so. A new message to such a chat is stored to wait behind it rather than sent
	 * at once. Each scan replaces the entries it read from the store; entries marked after the scan
	 * started stay. Guarded by {@link #turns}.
	 */
	private final Map<String, Long> waitingChats = new HashMap<>();

	/** Chats with a send of this instance under way, and how many. Guarded by {@link #turns}. */
	private final Map<String, Integer> sendingChats = new HashMap<>();

	/** Guarded by {@link #turns}. */
	private long stamp;

	/** False until the waiting chats were read from the store once (after a start). Guarded by {@link #turns}. */
	private boolean knowsWaitingChats;

	public OutboxSender(MongoTemplate mongo, LineClients clients, Clock clock, MeterRegistry meters,
			StoreDurability durability,
			@Value("${tidtam.outbox.max-attempts:10}") int maxAttempts,
			@Value("${tidtam.outbox.first-backoff:PT2S}") Duration firstBackoff,
			@Value("${tidtam.outbox.max-backoff:PT10M}") Duration maxBackoff,
			@Value("${tidtam.outbox.lease:PT60S}") Duration lease,
			@Value("${tidtam.outbox.scan-interval:PT30S}") Duration scanInterval,
			@Value("${tidtam.outbox.retry-for:PT6H}") Duration retryFor) {
		if (retryFor.isNegative() || retryFor.compareTo(RETRY_KEY_KEPT) >= 0) {
			// past LINE's 24 hours a retry key no longer dedupes: a retry could be a second message
			throw new IllegalArgumentException("tidtam.outbox.retry-for must be at least 0 and less than "
					+ RETRY_KEY_KEPT + " (LINE keeps a retry key 24 hours), was " + retryFor);
		}
		this.retryFor = retryFor;
		this.scans = new ScanSchedule(scanInterval);
		this.mongo = mongo;
		this.clients = clients;
		this.clock = clock;
		this.meters = meters;
		this.durability = durability;
		this.maxAttempts = maxAttempts;
		this.firstBackoff = firstBackoff;
		this.maxBackoff = maxBackoff;
		this.lease = lease;
	}

	/**
	 * Looks at the store only when something is due: a retry's time has come, or the safety interval
	 * has passed (messages of a crashed instance, or queued without being sent). Scanning the outbox is
	 * not free on the embedded store, which uses no secondary index.
	 */
	@Scheduled(fixedDelayString = "${tidtam.outbox.poll-interval:PT1S}")
	void poll() {
		if (this.scans.due(this.clock.instant())) {
			sendDue();
		}
	}

	/**
	 * Scans the store at the next poll rather than at the next regular scan: for a message put back by
	 * hand (an admin's retry), which no retry time of ours announces.
	 */
	public void wake() {
		this.scans.retryAt(this.clock.instant());
	}

	/**
	 * Sends every message that is due (new ones that were not sent yet, retries, and crashed attempts),
	 * each chat's in the order they were made: a chat whose oldest unsent message is not due, or is not
	 * sent now, waits with all its later ones.
	 */
	public int sendDue() {
		Instant now = this.clock.instant();
		this.scans.scanning(now);
		long scanStamp;
		synchronized (this.turns) {
			scanStamp = ++this.stamp;
		}
		Query open = Query
			.query(Criteria.where(OutboxMessage.STATE).in(OutboxMessage.State.PENDING, OutboxMessage.State.SENDING))
			.with(Sort.by(OutboxMessage.CREATED_AT, OutboxMessage.SEQUENCE))
			.limit(MAX_OPEN_PER_SCAN);
		open.fields()
			.include("_id", OutboxMessage.TO, OutboxMessage.STATE, OutboxMessage.NEXT_ATTEMPT_AT, "leaseUntil");
		List<OutboxMessage> unsent = this.mongo.find(open, OutboxMessage.class);
		Set<String> waiting = new HashSet<>();
		int tried = 0;
		int sent = 0;
		for (OutboxMessage message : unsent) {
			String chat = message.getTo();
			if (chat != null && waiting.contains(chat)) {
				continue; // an earlier message of the chat is not sent yet
			}
			if (!isDue(message, now) || tried >= MAX_SENDS_PER_SCAN) {
				if (tried >= MAX_SENDS_PER_SCAN && isDue(message, now)) {
					this.scans.retryAt(now);
				}
				if (chat != null) {
					waiting.add(chat);
				}
				continue;
			}
			tried++;
			Outcome outcome = attempt(message.getId(), chat);
			if (outcome == Outcome.SENT) {
				sent++;
			}
			else if (chat != null && (outcome == Outcome.RETRY || outcome == Outcome.NOT_CLAIMED)) {
				waiting.add(chat);
			}
		}
		synchronized (this.turns) {
			if (unsent.size() < MAX_OPEN_PER_SCAN) {
				// the store was read whole: a chat marked before this scan and not found waiting is free again
				this.waitingChats.values().removeIf(marked -> marked <= scanStamp);
				this.knowsWaitingChats = true;
			}
			for (String chat : waiting) {
				this.waitingChats.merge(chat, scanStamp, Math::max);
			}
		}
		return sent;
	}

	/**
	 * Whether a new message to {@code chat} may be sent at once by the caller: no earlier message of the
	 * chat is unsent. If so, the chat counts as being sent to until {@link #sendClaimed} (or
	 * {@link #giveBackTurn}); if not, the chat is marked so that its messages are sent in order later.
	 * Always true for a message without a chat (a multicast).
	 */
	boolean takeTurn(String chat) {
		if (chat == null) {
			return true;
		}
		boolean sending;
		synchronized (this.turns) {
			if (!this.knowsWaitingChats) {
				readWaitingChats();
			}
			sending = this.sendingChats.containsKey(chat);
			if (!sending && !this.waitingChats.containsKey(chat)) {
				this.sendingChats.merge(chat, 1, Integer::sum);
				return true;
			}
			this.waitingChats.put(chat, ++this.stamp);
		}
		if (!sending) {
			// the next poll looks at the store: the message is sent there if (say, after a restart or
			// another instance's send) nothing of the chat is unsent any more; otherwise it waits its turn
			wake();
		}
		return false;
	}

	/** Gives back a turn {@link #takeTurn} gave, when the message was not stored after all. */
	void giveBackTurn(String chat) {
		finishTurn(chat, Outcome.NOT_CLAIMED);
	}

	/** After a start: the chats that have unsent messages in the store (left by the last run, or another instance). */
	private void readWaitingChats() {
		Query open = Query
			.query(Criteria.where(OutboxMessage.STATE).in(OutboxMessage.State.PENDING, OutboxMessage.State.SENDING));
		open.fields().include("_id", OutboxMessage.TO);
		for (OutboxMessage message : this.mongo.find(open, OutboxMessage.class)) {
			if (message.getTo() != null) {
				this.waitingChats.put(message.getTo(), ++this.stamp);
			}
		}
		this.knowsWaitingChats = true;
	}

	private void startTurn(String chat) {
		if (chat != null) {
			synchronized (this.turns) {
				this.sendingChats.merge(chat, 1, Integer::sum);
			}
		}
	}

	/**
	 * A send to {@code chat} is over. A message to be retried makes the chat wait; otherwise, if later
	 * messages of the chat wait, the store is scanned at the next poll to send them.
	 */
	private void finishTurn(String chat, Outcome outcome) {
		if (chat == null) {
			return;
		}
		boolean othersWait;
		synchronized (this.turns) {
			this.sendingChats.computeIfPresent(chat, (c, n) -> (n > 1) ? n - 1 : null);
			if (outcome == Outcome.RETRY) {
				this.waitingChats.put(chat, ++this.stamp);
				return;
			}
			othersWait = this.waitingChats.containsKey(chat);
		}
		if (othersWait) {
			wake();
		}
	}

	private static boolean isDue(OutboxMessage message, Instant now) {
		if (message.getState() == OutboxMessage.State.PENDING) {
			return message.getNextAttemptAt() != null && !message.getNextAttemptAt().isAfter(now);
		}
		return message.getState() == OutboxMessage.State.SENDING && message.getLeaseUntil() != null
				&& message.getLeaseUntil().isBefore(now);
	}

	/** How an attempt ended. */
	enum Outcome {

		/** LINE took it (or had taken it: 409). */
		SENT,
		/** Not sent, to be tried again. */
		RETRY,
		/** LINE refused it, or it was given up: not tried again by itself. */
		GIVEN_UP,
		/** Not claimed: not due any more, or taken by another sender. */
		NOT_CLAIMED

	}

	Duration lease() {
		return this.lease;
	}

	/** Estimated wait before attempt {@code attempts + 1}: exponential, capped. */
	Duration backoff(int attempts) {
		Duration d = this.firstBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return d.compareTo(this.maxBackoff) > 0 ? this.maxBackoff : d;
	}

	private static Criteria dueCriteria(Instant now) {
		return new Criteria().orOperator(
				Criteria.where(OutboxMessage.STATE)
					.is(OutboxMessage.State.PENDING)
					.and(OutboxMessage.NEXT_ATTEMPT_AT)
					.lte(now),
				Criteria.where(OutboxMessage.STATE).is(OutboxMessage.State.SENDING).and("leaseUntil").lt(now));
	}

	private Outcome attempt(String id, String chat) {
		Instant now = this.clock.instant();
		OutboxMessage message = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(id).andOperator(dueCriteria(now))),
				new Update().set(OutboxMessage.STATE, OutboxMessage.State.SENDING)
					.set("leaseUntil", now.plus(this.lease))
					.inc("attempts", 1),
				FindAndModifyOptions.options().returnNew(true), OutboxMessage.class);
		if (message == null) {
			return Outcome.NOT_CLAIMED;
		}
		startTurn(chat);
		return deliver(message, now);
	}

	/**
	 * Sends a message its caller has just stored already claimed (state SENDING, attempts 1) after
	 * {@link #takeTurn taking the chat's turn}: the usual path for answers, one store operation fewer
	 * than a claim.
	 */
	public boolean sendClaimed(OutboxMessage message) {
		return deliver(message, this.clock.instant()) == Outcome.SENT;
	}

	private Outcome deliver(OutboxMessage message, Instant now) {
		Outcome outcome = Outcome.NOT_CLAIMED;
		try {
			outcome = send(message, now);
			return outcome;
		}
		finally {
			finishTurn(message.getTo(), outcome);
		}
	}

	private Outcome send(OutboxMessage message, Instant now) {
		// the claim (attempts + 1) must survive a crash before anything reaches LINE: after a restart it
		// tells us an attempt may have been made
		this.durability.makeDurable();
		List<Message> messages;
		try {
			messages = this.sdkJson.readValue(message.getMessagesJson(), new TypeReference<List<Message>>() {
			});
		}
		catch (Exception e) {
			fail(message, null, "messages are not valid LINE JSON: " + e.getMessage());
			return Outcome.GIVEN_UP;
		}
		// reply while the token is fresh; if LINE refuses the token on a *retry* of a fresh token, our
		// earlier attempt (whose answer we lost, e.g. in a crash) used it: that is a delivered message
		boolean replyable = message.getKind() == OutboxMessage.Kind.REPLY && message.getReplyToken() != null
				&& now.isBefore(message.getReplyTokenExpiresAt());
		if (replyable) {
			try {
				Result<?> result = call(this.clients.api()
					.replyMessage(new ReplyMessageRequest(message.getReplyToken(), messages, false)));
				sent(message, "reply", result.requestId(), null);
				return Outcome.SENT;
			}
			catch (LineCallException e) {
				if (e.status() == 400 && message.getAttempts() > 1) {
					log.info("Reply token of outbox {} already used by an earlier attempt: counted as sent",
							message.getId());
					sent(message, "reply", e.requestId(), null);
					return Outcome.SENT;
				}
				if (e.status() == 400) {
					// token refused on the first try (expired early, used elsewhere): LINE sent nothing
					log.info("Reply token refused for outbox {}, pushing instead", message.getId());
				}
				else {
					return retry(message, e, "reply") ? Outcome.RETRY : Outcome.GIVEN_UP;
				}
			}
		}
		try {
			if (message.getKind() == OutboxMessage.Kind.MULTICAST) {
				Result<?> result = call(this.clients.api()
					.multicast(message.getRetryKey(), new MulticastRequest(messages, message.getRecipients(), false, null)));
				sent(message, "multicast", result.requestId(), null);
			}
			else {
				Result<?> result = call(this.clients.api()
					.pushMessage(message.getRetryKey(), new PushMessageRequest(message.getTo(), messages, false, null)));
				sent(message, "push", result.requestId(), null);
			}
			return Outcome.SENT;
		}
		catch (LineCallException e) {
			String via = message.getKind() == OutboxMessage.Kind.MULTICAST ? "multicast" : "push";
			if (e.status() == 409) {
				// the retry key was accepted before: the message went out once, which is what we wanted
				sent(message, via, e.requestId(), e.acceptedRequestId());
				return Outcome.SENT;
			}
			if (e.retryable()) {
				return retry(message, e, via) ? Outcome.RETRY : Outcome.GIVEN_UP;
			}
			fail(message, e.status(), e.getMessage());
			this.meters.counter("tidtam.line.messages.failed", "via", via).increment();
			return Outcome.GIVEN_UP;
		}
	}

	private void sent(OutboxMessage message, String via, String requestId, String acceptedRequestId) {
		Update update = new Update().set(OutboxMessage.STATE, OutboxMessage.State.SENT)
			.set("sentVia", via)
			.set("sentAt", this.clock.instant())
			.unset("leaseUntil")
			.unset("replyToken");
		if (requestId != null) {
			update.set("requestId", requestId);
		}
		if (acceptedRequestId != null) {
			update.set("acceptedRequestId", acceptedRequestId).set("lastStatus", 409);
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(message.getId())), update, OutboxMessage.class);
		// "sent" must survive a crash, or a restart would send it again
		this.durability.makeDurable();
		this.meters.counter("tidtam.line.messages.sent", "via", via).increment();
	}

	/**
	 * True while a failed message is still worth trying again by itself: fewer than {@code max-attempts}
	 * tries, or queued less than {@code retry-for} ago, so that a LINE outage of a few hours delays the
	 * office's messages instead of turning every one into a dead letter.
	 */
	boolean keepsTrying(OutboxMessage message, Instant now) {
		if (message.getAttempts() < this.maxAttempts) {
			return true;
		}
		Instant created = message.getCreatedAt();
		return created != null && created.plus(this.retryFor).isAfter(now);
	}

	/** Puts the message back for a later attempt (true), or makes it a dead letter (false). */
	private boolean retry(OutboxMessage message, LineCallException e, String via) {
		this.meters.counter("tidtam.line.messages.retried", "via", via).increment();
		if (!keepsTrying(message, this.clock.instant())) {
			log.error("Outbox {} ({}) gave up after {} attempts: {}", message.getId(), message.getPurpose(),
					message.getAttempts(), e.getMessage());
			Update update = new Update().set(OutboxMessage.STATE, OutboxMessage.State.DEAD)
				.set("lastError", e.getMessage())
				.unset("leaseUntil");
			if (e.status() > 0) {
				update.set("lastStatus", e.status());
			}
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(message.getId())), update, OutboxMessage.class);
			this.meters.counter("tidtam.line.messages.failed", "via", via).increment();
			return false;
		}
		Duration wait = backoff(message.getAttempts());
		Instant retryAt = this.clock.instant().plus(wait);
		this.scans.retryAt(retryAt);
		log.warn("Outbox {} ({}) not sent (attempt {}: {}), retry in {}", message.getId(), message.getPurpose(),
				message.getAttempts(), e.getMessage(), wait);
		Update update = new Update().set(OutboxMessage.STATE, OutboxMessage.State.PENDING)
			.set(OutboxMessage.NEXT_ATTEMPT_AT, retryAt)
			.set("lastError", e.getMessage())
			.unset("leaseUntil");
		if (e.status() > 0) {
			update.set("lastStatus", e.status());
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(message.getId())), update, OutboxMessage.class);
		return true;
	}

	private void fail(OutboxMessage message, Integer status, String error) {
		log.error("Outbox {} ({}) refused by LINE ({}): {}", message.getId(), message.getPurpose(), status, error);
		Update update = new Update().set(OutboxMessage.STATE, OutboxMessage.State.FAILED)
			.set("lastError", error)
			.unset("leaseUntil");
		if (status != null) {
			update.set("lastStatus", status);
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(message.getId())), update, OutboxMessage.class);
	}

	private static <T> Result<T> call(java.util.concurrent.CompletableFuture<Result<T>> future) {
		try {
			return future.get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LineCallException(-1, "interrupted", null, null);
		}
		catch (TimeoutException e) {
			throw new LineCallException(-1, "timeout", null, null);
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof AbstractLineClientException line) {
				String details = line.getMessage();
				if (line instanceof com.linecorp.bot.messaging.client.MessagingApiClientException api
						&& api.getDetails() != null && !api.getDetails().isEmpty()) {
					details = api.getError() + " " + api.getDetails();
				}
				throw new LineCallException(line.getCode(), "LINE " + line.getCode() + ": " + details,
						line.getRequestId(), line.getHeader("x-line-accepted-request-id"));
			}
			throw new LineCallException(-1, cause == null ? e.toString() : cause.toString(), null, null);
		}
	}

	/** A LINE call that did not succeed; status -1 when no answer came (timeout, connection). */
	static final class LineCallException extends RuntimeException {

		private final int status;

		private final String requestId;

		private final String acceptedRequestId;

		LineCallException(int status, String message, String requestId, String acceptedRequestId) {
			super(message, null, false, false);
			this.status = status;
			this.requestId = requestId;
			this.acceptedRequestId = acceptedRequestId;
		}

		int status() {
			return this.status;
		}

		String requestId() {
			return this.requestId;
		}

		String acceptedRequestId() {
			return this.acceptedRequestId;
		}

		boolean retryable() {
			return this.status < 0 || this.status == 429 || this.status >= 500;
		}

	}

}
