package org.tidtam.web;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tidtam.shared.Role;

/**
 * Makes sure somebody can sign in on a fresh installation: when {@code admin_users} is empty it
 * creates the first admin. With no configured password it makes a strong one up and prints it once,
 * to standard output only (never through the logger, which may ship to a log store): on later starts
 * the user exists and nothing is printed again. Also ensures the unique index on the username, which
 * keeps two instances starting together from creating two first admins.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	/** No 0/O, 1/l/I: the password is read off a console and typed in by hand. */
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int GENERATED_LENGTH = 20;

	private final MongoOperations mongo;

	private final PasswordEncoder passwordEncoder;

	private final AdminProperties properties;

	private final Clock clock;

	private final PrintStream console;

	private final SecureRandom random = new SecureRandom();

	@Autowired
	FirstAdmin(MongoOperations mongo, PasswordEncoder passwordEncoder, AdminProperties properties, Clock clock) {
		this(mongo, passwordEncoder, properties, clock, System.out);
	}

	FirstAdmin(MongoOperations mongo, PasswordEncoder passwordEncoder, AdminProperties properties, Clock clock,
			PrintStream console) {
		this.mongo = mongo;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
		this.console = console;
	}

	/** Before the web server opens, so that nobody tries to sign in to an installation with no user. */
	@Override
	public void afterSingletonsInstantiated() {
		ensureFirstAdmin();
	}

	/** Creates the first admin if there is no user at all; returns true when it did. */
	boolean ensureFirstAdmin() {
		this.mongo.indexOps(AdminUser.class)
			.createIndex(new Index(AdminUser.USERNAME, Sort.Direction.ASC).unique().named("username_unique"));
		if (this.mongo.count(new Query(), AdminUser.class) > 0) {
			return false;
		}
		String username = this.properties.username();
		boolean generated = !this.properties.hasPassword();
		String password = generated ? generatePassword() : this.properties.password();
		AdminUser admin = new AdminUser(username, this.passwordEncoder.encode(password), username,
				EnumSet.of(Role.ADMIN), this.clock.instant());
		try {
			this.mongo.insert(admin);
		}
		catch (DuplicateKeyException ex) {
			// another instance created it at the same moment: its password is the valid one, not ours
			log.info("The first admin '{}' was created by another instance", username);
			return false;
		}
		log.info("Created the first admin '{}' ({})", username,
				generated ? "generated password printed on standard output" : "password from tidtam.admin.password");
		if (generated) {
			printOnce(username, password);
		}
		return true;
	}

	private void printOnce(String username, String password) {
		String line = "=".repeat(72);
		this.console.println();
		this.console.println(line);
		this.console.println(" ติดตาม · Tidtam: สร้างผู้ดูแลระบบคนแรกแล้ว / first admin created");
		this.console.println();
		this.console.println(" ชื่อผู้ใช้ / username : " + username);
		this.console.println(" รหัสผ่าน / password  : " + password);
		this.console.println();
		this.console.println(" แสดงรหัสผ่านนี้ครั้งเดียวเท่านั้น กรุณาจดไว้และเปลี่ยนรหัสผ่านหลังเข้าสู่ระบบ");
		this.console.println(" This password is shown only this once: write it down and change it after signing in.");
		this.console.println(line);
		this.console.println();
		this.console.flush();
	}

	private String generatePassword() {
		StringBuilder out = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			out.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return out.toString();
	}

}
