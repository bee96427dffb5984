package org.tidtam.line.webhook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.mongodb.bulk.BulkWriteError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tidtam.shared.store.InProcessInserts;
import org.tidtam.shared.store.StoreDurability;

/**
 * Writes webhook events to the inbox and returns only when they are committed. With the embedded store
 * the request's own thread inserts them by a call in this JVM ({@link InProcessInserts}) and joins the
 * store's group commit: requests that arrive together share one commit, which is most of the cost of an
 * acknowledgement. With a real MongoDB, requests that arrive together share one unordered bulk insert
 * (one round trip) on a writer thread. Duplicates (LINE redeliveries) fail on the unique id and are
 * counted on the stored copy instead.
 */
@Component
class InboxWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InboxWriter.class);

	private static final int MAX_BATCH = 500;

	private final MongoTemplate mongo;

	private final StoreDurability durability;

	private final Optional<InProcessInserts> inProcess;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final List<Thread> writers = new ArrayList<>();

	private volatile boolean running;

	InboxWriter(MongoTemplate mongo, StoreDurability durability, Optional<InProcessInserts> inProcess) {
		this.mongo = mongo;
		this.durability = durability;
		this.inProcess = inProcess;
	}

	/** The first copies among {@code events} (not duplicates), once they are durable. */
	List<InboxEvent> write(List<InboxEvent> events) {
		if (!this.running || this.inProcess.isPresent()) {
			List<InboxEvent> stored = insert(events);
			this.durability.makeDurable();
			return stored;
		}
		Pending pending = new Pending(events, new CompletableFuture<>());
		this.queue.add(pending);
		try {
			return pending.done().get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while storing webhook events", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("Webhook events could not be stored: " + e.getCause(), e.getCause());
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("Webhook events were not stored in time", e);
		}
	}

	private void loop() {
		List<Pending> batch = new ArrayList<>();
		while (this.running || !this.queue.isEmpty()) {
			try {
				Pending first = this.queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.queue.drainTo(batch, MAX_BATCH - 1);
				List<InboxEvent> all = new ArrayList<>();
				batch.forEach(p -> all.addAll(p.events()));
				Set<String> stored = new HashSet<>();
				insert(all).forEach(e -> stored.add(e.getId()));
				this.durability.makeDurable();
				for (Pending p : batch) {
					p.done().complete(p.events().stream().filter(e -> stored.contains(e.getId())).toList());
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				log.error("Writing {} webhook request(s) to the inbox failed: {}", batch.size(), e.toString());
				batch.forEach(p -> p.done().completeExceptionally(e));
			}
			finally {
				batch.clear();
			}
		}
	}

	/** Inserts all; returns those that were first copies (in the order given). */
	private List<InboxEvent> insert(List<InboxEvent> events) {
		Optional<Set<Integer>> inserted = this.inProcess.flatMap(store -> store.insertNew(InboxEvent.COLLECTION,
				events.stream().map(this::toDocument).toList()));
		return inserted.isPresent() ? firstCopies(events, inserted.get()) : insertByDriver(events);
	}

	private org.bson.Document toDocument(InboxEvent event) {
		org.bson.Document document = new org.bson.Document();
		this.mongo.getConverter().write(event, document);
		return document;
	}

	private List<InboxEvent> insertByDriver(List<InboxEvent> events) {
		Set<Integer> duplicates = new HashSet<>();
		try {
			this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, InboxEvent.class).insert(events).execute();
		}
		catch (BulkOperationException e) {
			for (BulkWriteError error : e.getErrors()) {
				if (error.getCode() != InProcessInserts.DUPLICATE_KEY) {
					throw e;
				}
				duplicates.add(error.getIndex());
			}
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			// some servers report a lone duplicate this way: fall back to one by one
			return insertOneByOne(events);
		}
		return firstCopies(events, duplicates);
	}

	/** The events not at {@code duplicates}, in order; the duplicates are counted on their stored copies. */
	private List<InboxEvent> firstCopies(List<InboxEvent> events, Set<Integer> duplicates) {
		List<InboxEvent> first = new ArrayList<>();
		List<String> repeated = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			if (duplicates.contains(i)) {
				repeated.add(events.get(i).getId());
			}
			else {
				first.add(events.get(i));
			}
		}
		for (String id : repeated) {
			countDuplicate(id);
		}
		return first;
	}

	private List<InboxEvent> insertOneByOne(List<InboxEvent> events) {
		List<InboxEvent> first = new ArrayList<>();
		for (InboxEvent event : events) {
			try {
				this.mongo.insert(event);
				first.add(event);
			}
			catch (org.springframework.dao.DuplicateKeyException e) {
				countDuplicate(event.getId());
			}
		}
		return first;
	}

	private void countDuplicate(String id) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().inc("duplicates", 1),
				InboxEvent.class);
	}

	@Override
	public void start() {
		this.running = true;
		if (this.inProcess.isPresent()) {
			// nothing to batch: the request threads insert themselves
			return;
		}
		for (int i = 0; i < 2; i++) {
			Thread writer = new Thread(this::loop, "inbox-writer-" + i);
			writer.setDaemon(true);
			writer.start();
			this.writers.add(writer);
		}
	}

	@Override
	public void stop() {
		this.running = false;
		for (Thread writer : this.writers) {
			try {
				writer.join(5000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		this.writers.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// stop after the web server has stopped taking webhooks
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private record Pending(List<InboxEvent> events, CompletableFuture<List<InboxEvent>> done) {
	}

}
