package org.tidtam.measures.organisation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.tidtam.measures.LineAccountLinked;
import org.tidtam.shared.ThaiDates;

/**
 * Links a person's LINE account with a one-time code: the coordinator issues a 6-digit code for a person,
 * the person sends it to the bot, and the bot's LINE user id is then theirs. Codes last
 * {@value #VALID_DAYS} days, are single use, and only their hash is stored. Guessing is slowed by a
 * lock-out: {@value #MAX_WRONG} wrong codes within an hour from one LINE user lock that user out for an
 * hour (a million codes, a handful of live ones: an unlimited guesser would find one in hours).
 */
@Service
public class LinkingService {

	static final int VALID_DAYS = 7;

	static final int MAX_WRONG = 5;

	static final Duration WINDOW = Duration.ofHours(1);

	static final Duration LOCK = Duration.ofHours(1);

	/** How long used and expired codes are kept (to answer "already used"/"expired") before the sweep. */
	static final Duration KEEP_DEAD_CODES = Duration.ofDays(30);

	private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");

	private final MongoTemplate mongo;

	private final PersonService people;

	private final Clock clock;

	private final String botBasicId;

	private final byte[] pepper;

	private final SecureRandom random = new SecureRandom();

	private final ApplicationEventPublisher events;

	/**
	 * @param botBasicId the LINE Official Account's basic id (with "@") used in the deep link
	 * @param codeSecret a secret mixed into the code hash; set it in production, so that someone who can
	 * read the database cannot recover a live code by hashing all million candidates
	 */
	public LinkingService(MongoTemplate mongo, PersonService people, Clock clock,
			@Value("${tidtam.line.basic-id:@tidtam}") String botBasicId,
			@Value("${tidtam.linking.code-secret:}") String codeSecret, ApplicationEventPublisher events) {
		this.events = events;
		this.mongo = mongo;
		this.people = people;
		this.clock = clock;
		this.botBasicId = botBasicId;
		this.pepper = codeSecret.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A new code for a person, replacing any earlier one. The code is unique among live codes; a dead code
	 * that happens to have the same value is dropped (it could only answer "expired" any more).
	 */
	public IssuedCode issueCode(String personId) {
		Person person = this.people.get(personId);
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(Duration.ofDays(VALID_DAYS));
		for (int tries = 0; tries < 50; tries++) {
			String code = String.format("%06d", this.random.nextInt(1_000_000));
			String hash = hash(code);
			LineLinkCode same = this.mongo.findOne(new Query(Criteria.where(LineLinkCode.CODE_HASH).is(hash)),
					LineLinkCode.class);
			if (same != null && !same.getId().equals(person.getId())) {
				if (same.live(now)) {
					continue;
				}
				this.mongo.remove(new Query(Criteria.where("_id").is(same.getId()).and(LineLinkCode.CODE_HASH).is(hash)),
						LineLinkCode.class);
			}
			try {
				this.mongo.save(new LineLinkCode(person.getId(), hash, now, expiresAt));
			}
			catch (DuplicateKeyException e) {
				continue; // issued to someone else at the same moment
			}
			return new IssuedCode(person.getId(), code, expiresAt, deepLink(code));
		}
		throw new IllegalStateException("Could not find a free linking code");
	}

	/** The deep link that opens the bot's chat with "รหัสเชื่อมบัญชี 123456" typed in. */
	String deepLink(String code) {
		String text = URLEncoder.encode("รหัสเชื่อมบัญชี " + code, StandardCharsets.UTF_8).replace("+", "%20");
		return "https://line.me/R/oaMessage/" + this.botBasicId + "/?" + text;
	}

	/** The 6-digit code in a chat text ("รหัส ๑๒๓๔๕๖", "123456"), Thai digits read as digits. */
	static Optional<String> codeIn(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = CODE.matcher(ThaiDates.asciiDigits(text));
		return m.find() ? Optional.of(m.group(1)) : Optional.empty();
	}

	/** Redeems the code in a text sent by a LINE user. */
	public LinkResult redeem(String lineUserId, String text) {
		Optional<String> code = codeIn(text);
		if (code.isEmpty()) {
			return new LinkResult.NotACode();
		}
		Instant now = this.clock.instant();
		LineLinkAttempts attempts = this.mongo.findById(lineUserId, LineLinkAttempts.class);
		if (attempts != null && attempts.getLockedUntil() != null && now.isBefore(attempts.getLockedUntil())) {
			return new LinkResult.LockedOut(attempts.getLockedUntil());
		}
		String hash = hash(code.get());
		LineLinkCode link = this.mongo.findOne(new Query(Criteria.where(LineLinkCode.CODE_HASH).is(hash)),
				LineLinkCode.class);
		if (link == null) {
			return wrong(lineUserId, now);
		}
		Optional<Person> current = this.people.findByLineUserId(lineUserId);
		boolean sameHolder = current.isPresent() && current.get().getId().equals(link.getId());
		if (link.getUsedAt() != null) {
			return sameHolder ? new LinkResult.AlreadyLinked(current.get()) : new LinkResult.AlreadyUsed();
		}
		if (!now.isBefore(link.getExpiresAt())) {
			return new LinkResult.Expired();
		}
		if (current.isPresent() && !sameHolder) {
			return new LinkResult.LinkedToAnother(current.get());
		}
		if (!claim(link, hash, lineUserId, now)) {
			return new LinkResult.AlreadyUsed();
		}
		try {
			this.mongo.updateFirst(new Query(Criteria.where("_id").is(link.getId())),
					new Update().set(Person.LINE_USER_ID, lineUserId)
						.set(Person.LINE_LINK_ACTIVE, true)
						.set(Person.LINKED_AT, now)
						.unset(Person.UNLINKED_AT),
					Person.class);
		}
		catch (DuplicateKeyException e) {
			// another code for another person was redeemed by this LINE user at the same moment
			unclaim(link, hash);
			return this.people.findByLineUserId(lineUserId)
				.<LinkResult>map(LinkResult.LinkedToAnother::new)
				.orElseGet(LinkResult.AlreadyUsed::new);
		}
		this.mongo.remove(new Query(Criteria.where("_id").is(lineUserId)), LineLinkAttempts.class);
		Person person = this.people.get(link.getId());
		if (sameHolder) {
			return new LinkResult.AlreadyLinked(person);
		}
		this.events.publishEvent(new LineAccountLinked(person.getId(), person.getDivisionId()));
		return new LinkResult.Linked(person);
	}

	/**
	 * A code sent where others can read it (a LINE group): whoever saw it could link their own account to
	 * the person, so a live code found in {@code text} is ended now. True when there was one.
	 */
	public boolean withdraw(String text) {
		Optional<String> code = codeIn(text);
		if (code.isEmpty()) {
			return false;
		}
		Instant now = this.clock.instant();
		return this.mongo
			.updateFirst(new Query(Criteria.where(LineLinkCode.CODE_HASH)
				.is(hash(code.get()))
				.and(LineLinkCode.USED_AT)
				.isNull()
				.and(LineLinkCode.EXPIRES_AT)
				.gt(now)), new Update().set(LineLinkCode.EXPIRES_AT, now), LineLinkCode.class)
			.getModifiedCount() > 0;
	}

	/** The LINE user blocked or unfollowed the bot: keep the link, mark it inactive. */
	public Optional<Person> unfollowed(String lineUserId) {
		return setActive(lineUserId, false);
	}

	/** The LINE user followed again: the old link works again without a new code. */
	public Optional<Person> followed(String lineUserId) {
		boolean wasInactive = lineUserId != null
				&& this.people.findByLineUserId(lineUserId).filter(p -> !p.lineLinked()).isPresent();
		Optional<Person> person = setActive(lineUserId, true);
		if (wasInactive) {
			person.ifPresent(p -> this.events.publishEvent(new LineAccountLinked(p.getId(), p.getDivisionId())));
		}
		return person;
	}

	/**
	 * Deletes codes dead for {@link #KEEP_DEAD_CODES} and attempt records with nothing recent; the
	 * embedded store never runs TTL indexes, so a scheduler calls this. Returns how many were removed.
	 */
	public long sweep() {
		Instant now = this.clock.instant();
		Instant deadBefore = now.minus(KEEP_DEAD_CODES);
		long codes = this.mongo.remove(new Query(new Criteria().orOperator(
				Criteria.where(LineLinkCode.EXPIRES_AT).lt(deadBefore),
				Criteria.where(LineLinkCode.USED_AT).lt(deadBefore))), LineLinkCode.class).getDeletedCount();
		long attempts = this.mongo.remove(new Query(new Criteria().andOperator(
				Criteria.where(LineLinkAttempts.LAST_FAILURE_AT).lt(now.minus(WINDOW)),
				new Criteria().orOperator(Criteria.where(LineLinkAttempts.LOCKED_UNTIL).exists(false),
						Criteria.where(LineLinkAttempts.LOCKED_UNTIL).is(null),
						Criteria.where(LineLinkAttempts.LOCKED_UNTIL).lt(now)))), LineLinkAttempts.class)
			.getDeletedCount();
		return codes + attempts;
	}

	private Optional<Person> setActive(String lineUserId, boolean active) {
		if (lineUserId == null) {
			return Optional.empty();
		}
		Update update = new Update().set(Person.LINE_LINK_ACTIVE, active);
		if (!active) {
			update.set(Person.UNLINKED_AT, this.clock.instant());
		}
		return Optional.ofNullable(this.mongo.findAndModify(new Query(Criteria.where(Person.LINE_USER_ID).is(lineUserId)),
				update, FindAndModifyOptions.options().returnNew(true), Person.class));
	}

	/** Marks the code used, atomically: of two simultaneous redemptions one wins. */
	private boolean claim(LineLinkCode link, String hash, String lineUserId, Instant now) {
		LineLinkCode before = this.mongo.findAndModify(
				new Query(Criteria.where("_id").is(link.getId()).and(LineLinkCode.CODE_HASH).is(hash)
					.and(LineLinkCode.USED_AT).is(null)),
				new Update().set(LineLinkCode.USED_AT, now).set(LineLinkCode.USED_BY, lineUserId), LineLinkCode.class);
		return before != null;
	}

	private void unclaim(LineLinkCode link, String hash) {
		this.mongo.updateFirst(new Query(Criteria.where("_id").is(link.getId()).and(LineLinkCode.CODE_HASH).is(hash)),
				new Update().unset(LineLinkCode.USED_AT).unset(LineLinkCode.USED_BY), LineLinkCode.class);
	}

	/** Counts a wrong code; the {@value #MAX_WRONG}th within the window starts the lock-out. */
	private LinkResult wrong(String lineUserId, Instant now) {
		LineLinkAttempts after = this.mongo.findAndModify(new Query(Criteria.where("_id").is(lineUserId)),
				new Update().push(LineLinkAttempts.FAILURES, now).set(LineLinkAttempts.LAST_FAILURE_AT, now),
				FindAndModifyOptions.options().upsert(true).returnNew(true), LineLinkAttempts.class);
		Instant windowStart = now.minus(WINDOW);
		List<Instant> recent = after.getFailures().stream().filter(t -> t.isAfter(windowStart)).toList();
		if (recent.size() >= MAX_WRONG) {
			Instant until = now.plus(LOCK);
			this.mongo.updateFirst(new Query(Criteria.where("_id").is(lineUserId)),
					new Update().set(LineLinkAttempts.LOCKED_UNTIL, until).set(LineLinkAttempts.FAILURES, List.of()),
					LineLinkAttempts.class);
			return new LinkResult.LockedOut(until);
		}
		if (recent.size() < after.getFailures().size()) {
			this.mongo.updateFirst(new Query(Criteria.where("_id").is(lineUserId)),
					new Update().set(LineLinkAttempts.FAILURES, recent),
					LineLinkAttempts.class);
		}
		return new LinkResult.WrongCode();
	}

	String hash(String code) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(this.pepper);
			return HexFormat.of().formatHex(sha.digest(code.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JVM", e);
		}
	}

}
