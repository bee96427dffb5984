package org.tidtam.conversation;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.tidtam.shared.store.ValueOrderedH2Backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The expiry sweep in the store the app uses: a dialog past its expiry lapses once (draft and history
 * dropped, kept until it is forgotten), a turn saved from a copy read before cannot bring the draft
 * back, and a lapsed dialog past its time is removed without being announced again.
 */
class MongoChatSessionsTests {

	static final Instant START = Instant.parse("2026-01-05T03:00:00Z");

	MongoServer server;

	MongoClient client;

	MongoChatSessions sessions;

	@BeforeEach
	void start() {
		this.server = new MongoServer(new ValueOrderedH2Backend(MVStore.open(null)));
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		this.sessions = new MongoChatSessions(new MongoTemplate(this.client, "t"));
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void aDialogPastItsExpiryLapsesOnceWithoutItsDraftAndIsForgottenLater() {
		ChatSession session = session("{\"description\":\"ไฟดับหน้าบ้านเลขที่ 12\"}");
		this.sessions.save(session);
		ChatSession readByATurn = this.sessions.find(session.getId()).orElseThrow();

		Instant later = START.plus(Duration.ofMinutes(31));
		Instant forgetAt = later.plus(Duration.ofHours(24));
		assertThat(this.sessions.lapseExpired(START.plus(Duration.ofMinutes(29)), forgetAt)).isEmpty();
		List<ChatSession> lapsed = this.sessions.lapseExpired(later, forgetAt);
		assertThat(lapsed).singleElement().satisfies(s -> {
			assertThat(s.getFlow()).isEqualTo("complaint");
			assertThat(s.getDraft()).as("as it was, for the notice").contains("ไฟดับ");
		});
		assertThat(this.sessions.lapseExpired(later, forgetAt)).as("announced once").isEmpty();

		ChatSession kept = this.sessions.find(session.getId()).orElseThrow();
		assertThat(kept.getLapsedAt()).isEqualTo(later);
		assertThat(kept.getExpiresAt()).isEqualTo(forgetAt);
		assertThat(kept.getDraft()).isNull();
		assertThat(kept.getHistory()).isEmpty();

		readByATurn.setDraft("{\"description\":\"ไฟดับหน้าบ้านเลขที่ 12\",\"photosDone\":true}");
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.sessions.save(readByATurn));
		assertThat(this.sessions.find(session.getId()).orElseThrow().getDraft()).isNull();

		assertThat(this.sessions.lapseExpired(forgetAt, forgetAt.plus(Duration.ofHours(24)))).isEmpty();
		assertThat(this.sessions.find(session.getId())).isEmpty();
	}

	private static ChatSession session(String draft) {
		ChatRef chat = ChatRef.user("U00000000000000000000000000000001");
		ChatSession session = ChatSession.start(chat, "complaint", START);
		session.setDraft(draft);
		session.getHistory().add("{}");
		session.setUpdatedAt(START);
		session.setExpiresAt(START.plus(Duration.ofMinutes(30)));
		return session;
	}

}
