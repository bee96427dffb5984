package org.tidtam.line;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.tidtam.line.outbound.LineMessenger;
import org.tidtam.line.outbound.OutboxMessage;
import org.tidtam.line.outbound.OutboxRepository;
import org.tidtam.line.outbound.OutboxSender;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.Fault;
import org.tidtam.line.simulator.Sent;
import org.tidtam.line.webhook.InboxRepository;
import org.tidtam.line.webhook.InboxWorker;
import org.tidtam.support.MutableClock;
import org.tidtam.support.TestClockConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * LINE failing for a while, as an office lives it: the messages of one chat still arrive in the order
 * they were made (a dialog's question before its summary), however the retries of an earlier one and
 * the first try of a later one fall.
 */
@Import(TestClockConfig.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tidtam.store.in-memory=true", "tidtam.outbox.poll-interval=PT0.2S",
				"tidtam.outbox.first-backoff=PT2S" })
class LineOutageEndToEndTests {

	static final String CITIZEN = "U0000000000000000000000000000ab01";

	static final String OTHER = "U0000000000000000000000000000ab02";

	@Autowired
	FakeLinePlatform line;

	@Autowired
	MutableClock clock;

	@Autowired
	InboxRepository inbox;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	InboxWorker worker;

	@Autowired
	OutboxSender sender;

	@Autowired
	LineMessenger messenger;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void setUp() {
		this.line.reset();
		this.line.putUser(CITIZEN, "สมศรี ทดสอบ", null);
		this.line.putUser(OTHER, "สมชาย ทดสอบ", null);
		this.inbox.deleteAll();
		this.outbox.deleteAll();
		this.sender.sendDue(); // the sender forgets the chats that waited in the last test
		this.worker.resume();
	}

	@AfterEach
	void noRequestWasInvalid() {
		this.line.clearFaults();
		assertThat(this.line.calls()).as("requests LINE would refuse")
			.filteredOn(c -> c.status() == 400 && !c.responseBody().contains("Invalid reply token"))
			.isEmpty();
	}

	@Test
	void aLaterMessageWaitsForAnEarlierOneOfItsChatThatLineDidNotTakeAtOnce() {
		this.line.injectFault("push", Fault.status(500), 1);
		String question = this.messenger.push(CITIZEN, List.of(text("คำถาม: ถนนเส้นไหนคะ")), "test", false, "q")
			.get(0);
		String summary = this.messenger.push(CITIZEN, List.of(text("สรุป: รับเรื่องแล้วค่ะ")), "test", false, "s")
			.get(0);
		assertThat(this.line.sentTo(CITIZEN)).as("the summary does not overtake the question").isEmpty();

		this.clock.advance(Duration.ofSeconds(2));
		awaitSent(summary);
		assertThat(this.line.sentTo(CITIZEN)).extracting(Sent::firstText).containsExactly("คำถาม: ถนนเส้นไหนคะ",
				"สรุป: รับเรื่องแล้วค่ะ");
		assertThat(this.outbox.findById(question).orElseThrow().getAttempts()).isEqualTo(2);
		assertThat(this.outbox.findById(summary).orElseThrow().getAttempts()).as("tried once, when its turn came")
			.isEqualTo(1);
	}

	@Test
	void aLaterMessageWhoseRetryFallsFirstStillWaitsForTheEarlierOne() {
		// LINE is down: the question fails five times (its next try 32 s away); the summary is made then
		this.line.injectFault("push", Fault.status(500), 1000);
		String question = this.messenger.push(CITIZEN, List.of(text("คำถาม: ถนนเส้นไหนคะ")), "test", false, "q")
			.get(0);
		for (int attempt = 1; attempt < 5; attempt++) {
			advanceToNextAttempt(question);
		}
		String summary = this.messenger.push(CITIZEN, List.of(text("สรุป: รับเรื่องแล้วค่ะ")), "test", false, "s")
			.get(0);
		this.line.clearFaults();
		// LINE is back; the summary is due long before the question's next try, but waits for it
		this.clock.advance(Duration.ofSeconds(3));
		this.sender.sendDue();
		assertThat(this.line.sentTo(CITIZEN)).isEmpty();
		advanceToNextAttempt(question);
		awaitSent(summary);
		assertThat(this.line.sentTo(CITIZEN)).extracting(Sent::firstText).containsExactly("คำถาม: ถนนเส้นไหนคะ",
				"สรุป: รับเรื่องแล้วค่ะ");
	}

	/** Moves the clock to {@code id}'s next attempt and waits until that attempt is over. */
	private void advanceToNextAttempt(String id) {
		OutboxMessage before = this.outbox.findById(id).orElseThrow();
		this.clock.set(before.getNextAttemptAt());
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			OutboxMessage m = this.outbox.findById(id).orElseThrow();
			return m.getAttempts() > before.getAttempts() && m.getState() != OutboxMessage.State.SENDING;
		});
	}

	private void awaitSent(String id) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.outbox.findById(id).orElseThrow().getState() == OutboxMessage.State.SENT);
	}

	private ObjectNode text(String text) {
		ObjectNode message = this.json.createObjectNode();
		message.put("type", "text");
		message.put("text", text);
		return message;
	}

}
