package org.tidtam.line;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.line.simulator.Chat;
import org.tidtam.line.simulator.FakeLinePlatform;
import org.tidtam.line.simulator.FakeLineServer;
import org.tidtam.line.simulator.Sent;
import org.tidtam.support.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The promise behind every 200: the app is killed with SIGKILL right after acknowledging events,
 * started again on the same embedded store, and every event is answered exactly once — none lost,
 * none answered twice (not even those answered before the kill).
 */
class RestartTests {

	static final String SECRET = "0123456789abcdef0123456789abcdef";

	static final String TOKEN = "restart-test-token";

	@TempDir
	Path dir;

	@Test
	void everyAcknowledgedEventIsHandledExactlyOnceAcrossAKill() throws Exception {
		try (FakeLineServer server = FakeLineServer.start(SECRET, TOKEN, java.time.Clock.systemUTC())) {
			FakeLinePlatform line = server.platform();
			List<String> args = List.of("--line.bot.channel-secret=" + SECRET, "--line.bot.channel-token=" + TOKEN,
					"--line.bot.api-end-point=" + server.apiUrl(), "--line.bot.blob-end-point=" + server.dataUrl(),
					"--tidtam.store.data-dir=" + this.dir.resolve("data"), "--tidtam.admin.password=restart-test-admin",
					"--logging.level.root=WARN", "--tidtam.inbox.lease=PT5S", "--tidtam.outbox.lease=PT5S");
			List<String> before = users("b", 5);
			List<String> during = users("d", 30);

			AppProcess first = AppProcess.start(this.dir.resolve("first.log"), args);
			line.setWebhook(URI.create(first.url("/callback")));
			for (String user : before) {
				assertThat(line.text(Chat.user(user), "ก่อนดับเครื่อง").status()).isEqualTo(200);
			}
			await().atMost(Duration.ofSeconds(30)).until(() -> before.stream().allMatch(u -> line.sentTo(u).size() == 1));
			for (String user : during) {
				// acknowledged: from here on the app owes each of them one answer
				assertThat(line.text(Chat.user(user), "ระหว่างดับเครื่อง").status()).isEqualTo(200);
			}
			first.kill();

			try (AppProcess second = AppProcess.start(this.dir.resolve("second.log"), args)) {
				line.setWebhook(URI.create(second.url("/callback")));
				List<String> everyone = new java.util.ArrayList<>(before);
				everyone.addAll(during);
				await().atMost(Duration.ofSeconds(60))
					.until(() -> everyone.stream().allMatch(u -> line.sentTo(u).size() >= 1));
				// a second message from each: handled in order per chat, so any late duplicate of the first
				// answer would arrive before the answer to this one
				for (String user : everyone) {
					assertThat(line.text(Chat.user(user), "ข้อความหลังเริ่มใหม่").status()).isEqualTo(200);
				}
				await().atMost(Duration.ofSeconds(60))
					.until(() -> everyone.stream().allMatch(u -> line.sentTo(u).size() >= 2));
				for (String user : everyone) {
					List<Sent> sent = line.sentTo(user);
					assertThat(sent).as(user).hasSize(2);
					assertThat(sent.get(1).firstText()).as(user).contains("ข้อความหลังเริ่มใหม่");
				}
			}
		}
	}

	static List<String> users(String prefix, int n) {
		return IntStream.range(0, n).mapToObj(i -> String.format("U%s%031x", prefix.equals("b") ? "b" : "d", i)).toList();
	}

}
