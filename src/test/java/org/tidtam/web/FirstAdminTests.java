package org.tidtam.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.tidtam.shared.Role;
import org.tidtam.shared.ThaiDates;

import static org.assertj.core.api.Assertions.assertThat;

/** The first admin on an empty store: created once, its generated password printed once. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

	private static final Pattern PRINTED_PASSWORD = Pattern.compile("password\\s*:\\s*(\\S+)");

	private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

	private final Clock clock = Clock.fixed(Instant.parse("2026-03-03T07:00:00Z"), ThaiDates.BANGKOK);

	private MongoServer server;

	private MongoClient client;

	private MongoTemplate mongo;

	@BeforeEach
	void startStore() {
		this.server = new MongoServer(new MemoryBackend());
		this.server.bind("127.0.0.1", 0);
		this.client = MongoClients
			.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort() + "/first-admin-test");
		this.mongo = new MongoTemplate(this.client, "first-admin-test");
	}

	@AfterEach
	void stopStore() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void generatedPasswordIsPrintedOnceAndWorks(CapturedOutput output) {
		FirstAdmin firstStart = new FirstAdmin(this.mongo, this.encoder, new AdminProperties("admin", ""), this.clock,
				System.out);
		assertThat(firstStart.ensureFirstAdmin()).isTrue();

		Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
		assertThat(printed.find()).as("the banner shows the password").isTrue();
		String password = printed.group(1);
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		assertThat(output.getOut()).contains("ผู้ดูแลระบบคนแรก").contains("first admin").contains("admin");

		List<AdminUser> users = this.mongo.findAll(AdminUser.class);
		assertThat(users).hasSize(1);
		AdminUser admin = users.get(0);
		assertThat(admin.getUsername()).isEqualTo("admin");
		assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
		assertThat(admin.isEnabled()).isTrue();
		assertThat(admin.getCreatedAt()).isEqualTo(this.clock.instant());
		assertThat(this.encoder.matches(password, admin.getPasswordHash())).isTrue();

		FirstAdmin secondStart = new FirstAdmin(this.mongo, this.encoder, new AdminProperties("admin", ""), this.clock,
				System.out);
		assertThat(secondStart.ensureFirstAdmin()).isFalse();
		assertThat(this.mongo.findAll(AdminUser.class)).hasSize(1);

		// printed exactly once in everything written (standard output, standard error, logs), hash never
		assertThat(occurrences(output.getAll(), password)).isEqualTo(1);
		assertThat(output.getAll()).doesNotContain(admin.getPasswordHash());
	}

	@Test
	void configuredPasswordIsUsedAndNeverPrinted(CapturedOutput output) {
		FirstAdmin firstAdmin = new FirstAdmin(this.mongo, this.encoder,
				new AdminProperties("somchai", "a-configured-password"), this.clock, System.out);
		assertThat(firstAdmin.ensureFirstAdmin()).isTrue();

		AdminUser admin = this.mongo.findAll(AdminUser.class).get(0);
		assertThat(admin.getUsername()).isEqualTo("somchai");
		assertThat(this.encoder.matches("a-configured-password", admin.getPasswordHash())).isTrue();
		assertThat(output.getAll()).doesNotContain("a-configured-password").doesNotContain(admin.getPasswordHash());
	}

	@Test
	void nothingHappensWhenUsersExist(CapturedOutput output) {
		this.mongo.insert(new AdminUser("someone", this.encoder.encode("x-password-123"), "x",
				java.util.EnumSet.of(Role.COORDINATOR), this.clock.instant()));
		FirstAdmin firstAdmin = new FirstAdmin(this.mongo, this.encoder, new AdminProperties("admin", ""), this.clock,
				System.out);
		assertThat(firstAdmin.ensureFirstAdmin()).isFalse();
		assertThat(this.mongo.findAll(AdminUser.class)).hasSize(1);
		assertThat(PRINTED_PASSWORD.matcher(output.getAll()).find()).isFalse();
	}

	@Test
	void propertiesNeverShowThePassword() {
		assertThat(new AdminProperties("admin", "secret-value").toString()).doesNotContain("secret-value");
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			count++;
		}
		return count;
	}

}
