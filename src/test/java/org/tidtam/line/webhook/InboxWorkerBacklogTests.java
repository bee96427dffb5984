package org.tidtam.line.webhook;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.tidtam.shared.store.ValueOrderedH2Backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A burst larger than the handling keeps up with: no more than {@code max-queued} events wait in the
 * lanes whole, the rest wait by id and are claimed from the store in their turn, and every event is
 * still handled once, in its chat's order.
 */
class InboxWorkerBacklogTests {

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	InboxWorker worker;

	final CountDownLatch gate = new CountDownLatch(1);

	final Map<String, List<String>> handled = new ConcurrentHashMap<>();

	long sequence;

	@BeforeEach
	void start() {
		this.server = new MongoServer(new ValueOrderedH2Backend(MVStore.open(null)));
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		this.mongo = new MongoTemplate(this.client, "t");
		InboxEventHandler handler = mock(InboxEventHandler.class);
		when(handler.handle(any())).thenAnswer(call -> {
			InboxEvent event = call.getArgument(0);
			assertThat(this.gate.await(30, TimeUnit.SECONDS)).isTrue();
			this.handled.computeIfAbsent(event.getChatKey(), k -> Collections.synchronizedList(new ArrayList<>()))
				.add(event.getId());
			return true;
		});
		this.worker = new InboxWorker(this.mongo, handler, Clock.systemUTC(), new SimpleMeterRegistry(), 2, 5,
				Duration.ofSeconds(30), Duration.ofSeconds(5), true, Duration.ofSeconds(1), Duration.ofSeconds(30), 3);
		this.worker.start();
	}

	@AfterEach
	void stop() {
		this.gate.countDown();
		this.worker.stop();
		this.client.close();
		this.server.shutdownNow();
	}

	/** What the webhook does with one request's events: claim, store, hand over. */
	void receive(String chat, String id) {
		InboxEvent event = new InboxEvent();
		event.setId(id);
		event.setType("message");
		event.setChatKey(chat);
		event.setEventTimestamp(1_700_000_000_000L);
		event.setSequence(++this.sequence);
		event.setReceivedAt(Clock.systemUTC().instant());
		event.setNextAttemptAt(Clock.systemUTC().instant());
		event.setPayload("{\"type\":\"message\"}");
		List<InboxEvent> events = List.of(event);
		this.worker.claim(events);
		this.mongo.insert(event);
		this.worker.submit(events);
	}

	InboxEvent.State stateOf(String id) {
		return this.mongo.findById(id, InboxEvent.class).getState();
	}

	@Test
	void pastMaxQueuedEventsWaitByIdAndAreStillHandledOnceInTheirChatsOrder() {
		List<String> a = new ArrayList<>();
		List<String> b = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String chat = i % 3 == 0 ? "user:B" : "user:A";
			String id = String.format("01J%023d", i);
			receive(chat, id);
			(chat.equals("user:A") ? a : b).add(id);
		}
		// the handling is held: three events were claimed and wait whole, the other nine wait unclaimed
		assertThat(this.worker.queuedWhole()).isEqualTo(3);
		for (int i = 0; i < 12; i++) {
			assertThat(stateOf(String.format("01J%023d", i))).as("event " + i)
				.isEqualTo(i < 3 ? InboxEvent.State.PROCESSING : InboxEvent.State.PENDING);
		}

		this.gate.countDown();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.handled.values().stream().mapToInt(List::size).sum() == 12);
		assertThat(this.handled.get("user:A")).containsExactlyElementsOf(a);
		assertThat(this.handled.get("user:B")).containsExactlyElementsOf(b);
		await().atMost(Duration.ofSeconds(10)).until(() -> a.stream().allMatch(id -> stateOf(id) == InboxEvent.State.DONE));
		assertThat(b).allMatch(id -> stateOf(id) == InboxEvent.State.DONE);
		assertThat(this.worker.queuedWhole()).isZero();
	}

}
