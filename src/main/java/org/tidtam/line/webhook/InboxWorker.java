package org.tidtam.line.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tidtam.shared.ScanSchedule;

/**
 * Handles inbox events off the webhook thread: in order within each chat (one lane per chat, by hash),
 * claimed with a lease so that several app instances never handle one event twice, retried with
 * backoff after a failure, and parked as a dead letter after {@code max-attempts}. Events left behind
 * by a crash are picked up again at start (their lease has run out).
 * <p>
 * Events just stored by the webhook go straight to their chat's lane. At most {@code max-queued} of them
 * wait there whole (claimed before they were stored, which saves a store operation each); beyond that,
 * during a burst larger than the handling keeps up with, the rest are stored unclaimed and only their ids
 * wait in the lane, to be claimed from the store in their turn. So the heap holds a few hundred bytes per
 * waiting event rather than the whole event, and the chat's order is kept (one queue per lane).
 */
@Component
public class InboxWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);

	private static final List<InboxEvent.State> OPEN = List.of(InboxEvent.State.PENDING, InboxEvent.State.RETRY,
			InboxEvent.State.PROCESSING);

	private final MongoTemplate mongo;

	private final InboxEventHandler handler;

	private final Clock clock;

	private final int lanes;

	private final int maxAttempts;

	private final Duration lease;

	private final Duration firstBackoff;

	private final boolean enabled;

	private final int maxQueued;

	/** Events waiting in a lane whole (claimed by the webhook), as against by id only. */
	private final AtomicInteger queuedWhole = new AtomicInteger();

	private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

	/** Chats whose oldest open event is waiting to be retried: later events of theirs wait too. */
	private final Map<String, String> blockedChats = new ConcurrentHashMap<>();

	private final Duration pollInterval;

	/** When the store must next be scanned: a retry falls due, or the safety interval has passed. */
	private final ScanSchedule scans;

	private final Object signal = new Object();

	private final AtomicBoolean woken = new AtomicBoolean();

	private final Counter processed;

	private final Counter failed;

	private final Counter dead;

	private volatile boolean running;

	private volatile boolean paused;

	private ExecutorService[] laneExecutors;

	private Thread dispatcher;

	public InboxWorker(MongoTemplate mongo, InboxEventHandler handler, Clock clock, MeterRegistry meters,
			@Value("${tidtam.inbox.lanes:2}") int lanes, @Value("${tidtam.inbox.max-attempts:5}") int maxAttempts,
			@Value("${tidtam.inbox.lease:PT30S}") Duration lease,
			@Value("${tidtam.inbox.first-backoff:PT5S}") Duration firstBackoff,
			@Value("${tidtam.inbox.enabled:true}") boolean enabled,
			@Value("${tidtam.inbox.poll-interval:PT1S}") Duration pollInterval,
			@Value("${tidtam.inbox.scan-interval:PT30S}") Duration scanInterval,
			@Value("${tidtam.inbox.max-queued:1000}") int maxQueued) {
		this.maxQueued = maxQueued;
		this.pollInterval = pollInterval;
		this.scans = new ScanSchedule(scanInterval);
		this.mongo = mongo;
		this.handler = handler;
		this.clock = clock;
		this.lanes = lanes;
		this.maxAttempts = maxAttempts;
		this.lease = lease;
		this.firstBackoff = firstBackoff;
		this.enabled = enabled;
		this.processed = Counter.builder("tidtam.webhook.events.processed")
			.description("Inbox events handled")
			.register(meters);
		this.failed = Counter.builder("tidtam.webhook.events.failed")
			.description("Failed attempts to handle an inbox event")
			.register(meters);
		this.dead = Counter.builder("tidtam.webhook.events.dead")
			.description("Inbox events given up after repeated failures (dead letters)")
			.register(meters);
	}

	/**
	 * Claims, before they are stored, the events that will go to a lane whole (state PROCESSING with a
	 * lease, so that no scan or other instance takes them): while fewer than {@code max-queued} wait there
	 * whole. The others stay PENDING; {@link #submit} gives their lanes only their ids.
	 */
	public void claim(List<InboxEvent> events) {
		if (!accepting()) {
			return;
		}
		Instant leaseUntil = this.clock.instant().plus(this.lease);
		int room = this.maxQueued - this.queuedWhole.get();
		for (InboxEvent event : events) {
			if (event.getState() == InboxEvent.State.PENDING && room > 0) {
				room--;
				event.setState(InboxEvent.State.PROCESSING);
				event.setAttempts(1);
				event.setLeaseUntil(leaseUntil);
			}
		}
	}

	/**
	 * The fast path: events just committed by the webhook go straight to their chat's lane, claimed ones
	 * whole and without a look at the store, unclaimed ones by id. Anything this misses (a crash, a
	 * retry, a pause, another instance) the periodic scan finds.
	 */
	public void submit(List<InboxEvent> events) {
		for (InboxEvent event : events) {
			if (event.getState() == InboxEvent.State.PENDING && accepting()) {
				// past max-queued: claimed from the store in its turn, behind the chat's earlier events
				submit(event.getId(), event.getChatKey(), false);
			}
			if (event.getState() != InboxEvent.State.PROCESSING || !this.inFlight.add(event.getId())) {
				continue;
			}
			this.queuedWhole.incrementAndGet();
			lane(event.getChatKey()).execute(() -> {
				try {
					handleClaimed(event, false, this.clock.instant());
				}
				finally {
					this.queuedWhole.decrementAndGet();
					this.inFlight.remove(event.getId());
				}
			});
		}
	}

	/** Whether events may be claimed and handed straight to a lane: running, and not paused. */
	private boolean accepting() {
		return this.running && !this.paused && this.laneExecutors != null;
	}

	/** Events waiting in a lane whole, or being handled (for tests). */
	int queuedWhole() {
		return this.queuedWhole.get();
	}

	private boolean submit(String id, String chatKey, boolean checkStoredOrder) {
		if (!this.inFlight.add(id)) {
			return false;
		}
		lane(chatKey).execute(() -> {
			try {
				process(id, checkStoredOrder);
			}
			finally {
				this.inFlight.remove(id);
			}
		});
		return true;
	}

	/** Look at the store now rather than at the next poll. */
	public void wake() {
		this.woken.set(true);
		synchronized (this.signal) {
			this.signal.notifyAll();
		}
	}

	/** Stops handing out events (they keep arriving and are stored); for maintenance and tests. */
	public void pause() {
		this.paused = true;
	}

	public void resume() {
		this.paused = false;
		wake();
	}

	public boolean isPaused() {
		return this.paused;
	}

	/** One pass: hand every due event to its chat's lane. Public for tests that drive it by hand. */
	public int dispatchDue() {
		if (this.paused || this.laneExecutors == null) {
			return 0;
		}
		Instant now = this.clock.instant();
		Query due = Query
			.query(new Criteria().orOperator(
					Criteria.where(InboxEvent.STATE)
						.in(InboxEvent.State.PENDING, InboxEvent.State.RETRY)
						.and(InboxEvent.NEXT_ATTEMPT_AT)
						.lte(now),
					Criteria.where(InboxEvent.STATE).is(InboxEvent.State.PROCESSING).and("leaseUntil").lt(now)))
			.with(Sort.by(InboxEvent.EVENT_TIMESTAMP, InboxEvent.SEQUENCE))
			.limit(500);
		due.fields().include("_id", InboxEvent.CHAT_KEY);
		int submitted = 0;
		for (InboxEvent event : this.mongo.find(due, InboxEvent.class)) {
			if (submit(event.getId(), event.getChatKey(), true)) {
				submitted++;
			}
		}
		return submitted;
	}

	/** Claims and handles one event, unless an earlier event of the same chat is still open. */
	void process(String id, boolean checkStoredOrder) {
		Instant now = this.clock.instant();
		InboxEvent event = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(id)
					.orOperator(
							Criteria.where(InboxEvent.STATE)
								.in(InboxEvent.State.PENDING, InboxEvent.State.RETRY)
								.and(InboxEvent.NEXT_ATTEMPT_AT)
								.lte(now),
							Criteria.where(InboxEvent.STATE).is(InboxEvent.State.PROCESSING).and("leaseUntil").lt(now))),
				new Update().set(InboxEvent.STATE, InboxEvent.State.PROCESSING)
					.set("leaseUntil", now.plus(this.lease))
					.inc("attempts", 1),
				FindAndModifyOptions.options().returnNew(true), InboxEvent.class);
		if (event == null) {
			return; // taken by another instance, or no longer due
		}
		handleClaimed(event, checkStoredOrder, now);
	}

	private void handleClaimed(InboxEvent event, boolean checkStoredOrder, Instant now) {
		String blocker = this.blockedChats.get(event.getChatKey());
		boolean waitForEarlier = blocker != null && !blocker.equals(event.getId());
		if (waitForEarlier || (checkStoredOrder && earlierOpenEventExists(event))) {
			// keep the chat's order: give the claim back and wait for the earlier one
			release(event, InboxEvent.State.PENDING, now, null, -1);
			return;
		}
		try {
			boolean handled = this.handler.handle(event);
			finish(event, handled ? InboxEvent.State.DONE : InboxEvent.State.IGNORED, null);
			this.processed.increment();
			unblock(event);
		}
		catch (RuntimeException e) {
			this.failed.increment();
			String error = e.getClass().getSimpleName() + ": " + e.getMessage();
			if (event.getAttempts() >= this.maxAttempts) {
				this.dead.increment();
				log.error("Inbox event {} ({}) failed {} times, now a dead letter: {}", event.getId(), event.getType(),
						event.getAttempts(), error);
				finish(event, InboxEvent.State.DEAD, error);
				this.handler.deadLetter(event);
				unblock(event);
			}
			else {
				Duration backoff = this.firstBackoff.multipliedBy(1L << Math.min(event.getAttempts() - 1, 10));
				log.warn("Inbox event {} ({}) failed (attempt {}), retry in {}: {}", event.getId(), event.getType(),
						event.getAttempts(), backoff, error);
				this.blockedChats.put(event.getChatKey(), event.getId());
				Instant retryAt = this.clock.instant().plus(backoff);
				this.scans.retryAt(retryAt);
				release(event, InboxEvent.State.RETRY, retryAt, error, 0);
			}
		}
	}

	private void unblock(InboxEvent event) {
		if (this.blockedChats.remove(event.getChatKey(), event.getId())) {
			wake(); // the chat's later events were left for the scan
		}
	}

	private boolean earlierOpenEventExists(InboxEvent event) {
		Criteria earlier = new Criteria().orOperator(
				Criteria.where(InboxEvent.EVENT_TIMESTAMP).lt(event.getEventTimestamp()),
				Criteria.where(InboxEvent.EVENT_TIMESTAMP)
					.is(event.getEventTimestamp())
					.and(InboxEvent.SEQUENCE)
					.lt(event.getSequence()));
		return this.mongo.exists(Query.query(Criteria.where(InboxEvent.CHAT_KEY)
			.is(event.getChatKey())
			.and(InboxEvent.STATE)
			.in(OPEN)
			.and("_id")
			.ne(event.getId())
			.andOperator(earlier)), InboxEvent.class);
	}

	private void finish(InboxEvent event, InboxEvent.State state, String error) {
		Update update = new Update().set(InboxEvent.STATE, state)
			.set("processedAt", this.clock.instant())
			.unset("leaseUntil");
		if (error != null) {
			update.set("lastError", truncate(error));
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(event.getId())), update, InboxEvent.class);
	}

	private void release(InboxEvent event, InboxEvent.State state, Instant next, String error, int attemptDelta) {
		Update update = new Update().set(InboxEvent.STATE, state).set(InboxEvent.NEXT_ATTEMPT_AT, next).unset("leaseUntil");
		if (attemptDelta != 0) {
			update.inc("attempts", attemptDelta);
		}
		if (error != null) {
			update.set("lastError", truncate(error));
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(event.getId())), update, InboxEvent.class);
	}

	private static String truncate(String text) {
		return text.length() > 500 ? text.substring(0, 500) + "…" : text;
	}

	private ExecutorService lane(String chatKey) {
		return this.laneExecutors[Math.floorMod(chatKey.hashCode(), this.laneExecutors.length)];
	}

	private void loop() {
		while (this.running) {
			try {
				boolean due = this.scans.due(this.clock.instant());
				if (this.woken.getAndSet(false) || due) {
					this.scans.scanning(this.clock.instant());
					dispatchDue();
				}
			}
			catch (RuntimeException e) {
				log.warn("Inbox dispatch failed: {}", e.toString());
			}
			synchronized (this.signal) {
				if (!this.woken.get() && this.running) {
					try {
						this.signal.wait(this.pollInterval.toMillis());
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}
		}
	}

	@Override
	public void start() {
		if (!this.enabled) {
			return;
		}
		this.laneExecutors = new ExecutorService[this.lanes];
		for (int i = 0; i < this.lanes; i++) {
			int n = i;
			this.laneExecutors[i] = Executors.newSingleThreadExecutor(r -> {
				Thread t = new Thread(r, "inbox-lane-" + n);
				t.setDaemon(true);
				return t;
			});
		}
		this.running = true;
		this.dispatcher = new Thread(this::loop, "inbox-dispatcher");
		this.dispatcher.setDaemon(true);
		this.dispatcher.start();
	}

	@Override
	public void stop() {
		this.running = false;
		wake();
		if (this.laneExecutors != null) {
			for (ExecutorService lane : this.laneExecutors) {
				lane.shutdown();
			}
			for (ExecutorService lane : this.laneExecutors) {
				try {
					lane.awaitTermination(5, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// start after the web server is up (simulator endpoints), stop before the store
		return SmartLifecycle.DEFAULT_PHASE - 100;
	}

}
