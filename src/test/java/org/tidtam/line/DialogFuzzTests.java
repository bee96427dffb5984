package org.tidtam.line;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tidtam.complaints.Feedback;
import org.tidtam.complaints.NewComplaint;
import org.tidtam.complaints.intake.CitizenFlowsFixture;
import org.tidtam.complaints.integrity.IntegrityDesk;
import org.tidtam.complaints.integrity.IntegrityFlow;
import org.tidtam.complaints.integrity.IntegrityFollowUpFlow;
import org.tidtam.complaints.integrity.IntegrityStatus;
import org.tidtam.complaints.integrity.NewIntegrityReport;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.ChatSession;
import org.tidtam.conversation.ChatSessions;
import org.tidtam.conversation.ConversationService;
import org.tidtam.conversation.Dialogs;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.InMemoryChatSessions;
import org.tidtam.conversation.MainMenu;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.UserInput;
import org.tidtam.line.flex.FlexTemplates;
import org.tidtam.line.limits.LineLimits;
import org.tidtam.line.limits.LineOpenApiValidator;
import org.tidtam.line.limits.Violation;
import org.tidtam.line.outbound.LineMessages;
import org.tidtam.progress.ProgressFlowFixture;
import org.tidtam.support.MutableClock;

/**
 * Every chat dialog driven from its start through many seeded random turns, as LINE would deliver them:
 * texts of all kinds (empty, 5,000 characters, emoji and ZWJ sequences, Thai marks alone, Thai digits,
 * cancel and menu words, URLs, JSON), taps on the last answer's chips and stale, foreign, cut or
 * tampered postback data, stickers, photos, files, places, and the clock jumping past a dialog's expiry.
 * At every turn: no exception; an answer in Thai unless the design is to stay silent; every message
 * within LINE's limits after the app's own conversion ({@link LineMessages}, {@link LineLimits}, LINE's
 * OpenAPI description); the draft within its flow's limits; at most one submission per confirmation, a
 * second tap submitting nothing; after a cancel or an expiry, nothing left of the old draft.
 * <p>
 * Deterministic: fixed seeds, a {@link MutableClock}. A failure names the scenario and the seed and prints
 * the turns; {@code -Dtidtam.fuzz.seed=<seed>} runs that seed alone, {@code -Dtidtam.fuzz.seeds=5000} more
 * seeds than the usual 200 (to hunt, not in the build).
 */
class DialogFuzzTests {

	static final int SEEDS = 200;

	static final int TURNS = 30;

	static final String CITIZEN = "U00000000000000000000000000000003";

	static final String GROUP = "C00000000000000000000000000000001";

	static final Pattern THAI = Pattern.compile("[\\u0E01-\\u0E5B]");

	/** A draft that holds more than this (JSON characters) has outgrown every flow's own limits. */
	static final int MAX_DRAFT_JSON = 20_000;

	static final ResourceBundleMessageSource MESSAGES = messages();

	static final LineMessages LINE = new LineMessages(new FlexTemplates());

	static final Optional<LineOpenApiValidator> OPENAPI = LineOpenApiValidator.fromDefaultLocation();

	static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * The shapes of bodies already checked against LINE's OpenAPI description: the spec's checking takes
	 * a millisecond or more, the same kinds of answer come back all the time, and lengths are
	 * {@link LineLimits}'s to check, every turn.
	 */
	static final Set<String> VALIDATED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	static final List<String> MENU_WORDS = CitizenFlowsFixture.menu().stream().map(Reply.Option::text).toList();

	enum Scenario {

		COMPLAINT(false, "แจ้งเรื่องร้องเรียน/ร้องทุกข์"), FEEDBACK(false, "ข้อเสนอแนะ/ติชม"),
		INTEGRITY(false, IntegrityFlow.MENU), INTEGRITY_FOLLOW_UP(false, "ท-2569-000007"),
		SURVEY(false, "ประเมินความพึงพอใจ", "ประเมินความพึงพอใจ S2"),
		DATA_REQUEST(false, "ขอลบข้อมูลของฉัน", "ขอสำเนาข้อมูลของฉัน"), TRACKING(false, "ติดตามเรื่อง", "ร-2569-000001"),
		CASE_ANSWER(false, "tap:complaint-rate=c1:5", "tap:complaint-reopen=c1", "tap:complaint-still-fixed=c1"),
		PROGRESS(false, "รายงาน", "#3 ทำป้ายแล้ว 80%", "รายงานล่าสุด"),
		PROGRESS_IN_GROUP(true, "รายงาน", "#๕ กำลังดำเนินการ ร้อยละ ๕๐ https://example.go.th/a", "รายงานล่าสุด");

		final boolean group;

		final List<String> starts;

		/** What the scenario's own dialog submits when it completes (null: it only answers). */
		final String completes;

		Scenario(boolean group, String... starts) {
			this.group = group;
			this.starts = List.of(starts);
			this.completes = switch (this.name()) {
				case "COMPLAINT" -> "complaint";
				case "FEEDBACK" -> "feedback";
				case "INTEGRITY" -> "integrity";
				case "INTEGRITY_FOLLOW_UP" -> "integrity-add";
				case "SURVEY" -> "survey";
				case "DATA_REQUEST" -> "data-request";
				case "CASE_ANSWER" -> "rate";
				case "PROGRESS", "PROGRESS_IN_GROUP" -> "progress";
				default -> null;
			};
		}

		ChatRef chat() {
			return this.group ? ChatRef.group(GROUP, ProgressFlowFixture.SOMCHAI)
					: ChatRef.user(this.name().startsWith("PROGRESS") ? ProgressFlowFixture.SOMCHAI : CITIZEN);
		}

	}

	@ParameterizedTest
	@EnumSource(Scenario.class)
	void everyTurnStaysWithinTheRules(Scenario scenario) {
		String only = System.getProperty("tidtam.fuzz.seed");
		long[] seeds = only != null ? new long[] { Long.parseLong(only) }
				: LongStream.range(0, Long.getLong("tidtam.fuzz.seeds", SEEDS))
					.map(i -> 7919L * i + scenario.ordinal())
					.toArray();
		App app = new App();
		Map<String, Integer> completed = new java.util.TreeMap<>();
		for (long seed : seeds) {
			Run run = new Run(app, scenario, seed);
			run.play();
			run.submissionKeys.forEach(key -> completed.merge(key.replaceAll("[:#].*", ""), 1, Integer::sum));
		}
		if (only == null && scenario.completes != null) {
			// the random turns do reach the end of the dialog, often enough to matter
			org.assertj.core.api.Assertions.assertThat(completed.getOrDefault(scenario.completes, 0))
				.as("%s dialogs completed in %d runs: %s", scenario.completes, seeds.length, completed)
				.isGreaterThan(seeds.length / 20);
		}
	}

	/**
	 * The app in memory, built once per scenario (a dialog engine warms up its JSON mapper only once) and
	 * emptied before each seed: no dialogs, nothing filed, the clock back at its start.
	 */
	static final class App {

		final MutableClock clock = new MutableClock();

		final List<String> submissions = new ArrayList<>();

		final CitizenFlowsFixture citizens = new CitizenFlowsFixture(this.submissions);

		final ProgressFlowFixture progress;

		final List<NewIntegrityReport> integrityReports = new ArrayList<>();

		final Sessions sessions = new Sessions();

		final Dialogs dialogs;

		final ConversationService conversation;

		App() {
			this.progress = new ProgressFlowFixture(this.clock, MESSAGES, this.submissions);
			IntegrityDesk integrity = new IntegrityDesk() {
				@Override
				public String submit(NewIntegrityReport report) {
					App.this.submissions.add("integrity:" + report.idempotencyKey());
					App.this.integrityReports.add(report);
					return "ท-2569-%06d".formatted(App.this.integrityReports.size() + 7);
				}

				@Override
				public Optional<IntegrityStatus> status(String lineUserId, String ticket) {
					return CITIZEN.equals(lineUserId) && ticket.equals("ท-2569-000007")
							? Optional.of(IntegrityStatus.REVIEWING) : Optional.empty();
				}

				@Override
				public boolean add(String lineUserId, String ticket, String text, List<String> files, String dialogId) {
					App.this.submissions.add("integrity-add:" + dialogId);
					return true;
				}
			};
			List<Flow<?>> flows = new ArrayList<>(this.citizens.flows());
			flows.add(new IntegrityFlow(integrity));
			flows.add(new IntegrityFollowUpFlow(integrity));
			flows.add(this.progress.flow());
			List<Reply.Option> menu = CitizenFlowsFixture.menu();
			this.dialogs = new Dialogs(flows, this.sessions, MESSAGES, this.clock, e -> {
			}, menu);
			MainMenu mainMenu = () -> menu;
			this.conversation = new ConversationService(this.dialogs, MESSAGES, () -> "เทศบาลตำบลคลองพน",
					"https://tidtam.example.go.th/", "", List.of(mainMenu));
		}

		void reset() {
			this.clock.set(MutableClock.DEFAULT_START);
			this.submissions.clear();
			this.citizens.reset();
			this.progress.reset();
			this.integrityReports.clear();
			this.sessions.current = new InMemoryChatSessions();
		}

	}

	/** The dialogs in memory, emptied by replacing the map. */
	static final class Sessions implements ChatSessions {

		InMemoryChatSessions current = new InMemoryChatSessions();

		@Override
		public Optional<ChatSession> find(String id) {
			return this.current.find(id);
		}

		@Override
		public void save(ChatSession session) {
			this.current.save(session);
		}

		@Override
		public void delete(String id) {
			this.current.delete(id);
		}

		@Override
		public List<ChatSession> lapseExpired(Instant now, Instant rememberUntil) {
			return this.current.lapseExpired(now, rememberUntil);
		}

	}

	/** One seed of one scenario: a script of random turns, the checks after each. */
	static final class Run {

		final App app;

		final Scenario scenario;

		final long seed;

		final Random random;

		final MutableClock clock;

		final List<String> submissions;

		final CitizenFlowsFixture citizens;

		final List<NewIntegrityReport> integrityReports;

		final Sessions sessions;

		final Dialogs dialogs;

		final ConversationService conversation;

		final ChatRef chat;

		/** Another person in the same group (or another citizen): taps buttons that are not theirs. */
		final ChatRef other;

		final List<String> script = new ArrayList<>();

		/** Chips of the last answer to each person, as LINE shows them. */
		final Map<ChatRef, List<Reply.Option>> chips = new java.util.HashMap<>();

		/** Every postback data any answer has carried: tapped later, they are stale. */
		final Set<String> seenData = new LinkedHashSet<>();

		final Set<String> submissionKeys = new HashSet<>();

		int media;

		/** Steps that come together, as a batch of photos does. */
		final List<Step> queued = new ArrayList<>();

		Run(App app, Scenario scenario, long seed) {
			app.reset();
			this.app = app;
			this.scenario = scenario;
			this.seed = seed;
			this.random = new Random(seed);
			this.clock = app.clock;
			this.submissions = app.submissions;
			this.citizens = app.citizens;
			this.integrityReports = app.integrityReports;
			this.sessions = app.sessions;
			this.dialogs = app.dialogs;
			this.conversation = app.conversation;
			this.chat = scenario.chat();
			this.other = scenario.group ? ChatRef.group(GROUP, ProgressFlowFixture.WILAI)
					: ChatRef.user("U00000000000000000000000000000004");
		}

		void play() {
			Step previous = null;
			boolean previousSubmittedInDialog = false;
			for (int turn = 0; turn <= TURNS; turn++) {
				Step step;
				if (turn == 0) {
					step = start();
				}
				else if (previousSubmittedInDialog && this.random.nextInt(3) > 0) {
					// the confirming button tapped again (a double tap, or LINE redelivering it)
					step = new Step(previous.who, previous.input, previous.label + "  (again)", true);
				}
				else if (!this.queued.isEmpty()) {
					step = this.queued.remove(0);
				}
				else {
					step = next();
				}
				previousSubmittedInDialog = turn(step);
				previous = step;
			}
		}

		/** Plays one step and checks everything; true when it submitted from a dialog under way. */
		boolean turn(Step step) {
			if (step.input == null) {
				this.script.add(step.label);
				return false;
			}
			// people do not answer within a millisecond: the clock moves as in life
			this.clock.advance(Duration.ofMillis(800 + this.random.nextInt(20_000)));
			ChatRef who = step.who;
			String id = ChatSession.idOf(who);
			Optional<Snapshot> before = snapshot(id);
			boolean underWay = this.dialogs.underWay(who);
			Optional<Snapshot> ownerBefore = who.equals(this.chat) ? Optional.empty() : snapshot(ChatSession.idOf(this.chat));
			int submitted = this.submissions.size();
			Instant now = this.clock.instant();
			this.script.add((who.equals(this.chat) ? "" : "[other] ") + step.label);
			List<Reply> replies;
			try {
				replies = this.conversation.respond(who, step.input);
			}
			catch (RuntimeException | StackOverflowError ex) {
				throw fail("an exception escaped: " + ex, ex);
			}
			this.script.add("    → " + summary(who, replies));
			Optional<Snapshot> after = snapshot(id);

			// an answer, in Thai, unless the design is to say nothing
			if (replies.isEmpty() && !silenceExpected(who, step.input, underWay, before, after)) {
				throw fail("no answer", null);
			}
			for (Reply reply : replies) {
				checkReply(reply);
			}
			checkLine(who, replies);

			// the draft within its own limits, what was filed too, and what the answer says of it true
			after.filter(s -> s.alive(now)).ifPresent(this::checkDraft);
			after.filter(s -> s.alive(now)).ifPresent(s -> checkCounts(s, replies));
			checkFiled();

			// one submission per confirmation, and none for the same tap again
			int made = this.submissions.size() - submitted;
			if (made > 1) {
				throw fail(made + " submissions in one turn: " + this.submissions.subList(submitted, this.submissions.size()),
						null);
			}
			if (step.again && made > 0) {
				throw fail("the confirming input, sent again, submitted again: "
						+ this.submissions.subList(submitted, this.submissions.size()), null);
			}
			for (String key : this.submissions.subList(submitted, this.submissions.size())) {
				if (!this.submissionKeys.add(key)) {
					throw fail("two submissions with the key " + key, null);
				}
			}

			// after a cancel or an expiry (or another flow taking over), nothing of the old draft
			boolean cancelled = underWay && step.input instanceof UserInput.Text t
					&& Set.of("ยกเลิก", "cancel", "/cancel").contains(t.text().strip().toLowerCase(java.util.Locale.ROOT));
			if (cancelled && after.isPresent()) {
				throw fail("the dialog is still kept after a cancel", null);
			}
			if (after.isPresent() && after.get().alive(now)) {
				Snapshot a = after.get();
				boolean fresh = !underWay || before.isEmpty() || !before.get().flow.equals(a.flow)
						|| !before.get().startedAt.equals(a.startedAt);
				if (fresh && (!a.startedAt.equals(now) || !a.history.isEmpty())) {
					throw fail("a dialog begun after a cancel or an expiry carries the old one: started " + a.startedAt
							+ ", history " + a.history.size(), null);
				}
				if (!underWay && before.isPresent() && a.startedAt.equals(before.get().startedAt)) {
					throw fail("the expired dialog went on", null);
				}
			}
			// another person's turn never moves this person's dialog
			if (!who.equals(this.chat) && ownerBefore.isPresent()) {
				Optional<Snapshot> ownerAfter = snapshot(ChatSession.idOf(this.chat));
				if (ownerAfter.isEmpty() || !ownerAfter.get().draft.equals(ownerBefore.get().draft)) {
					throw fail("another person's turn changed this person's dialog", null);
				}
			}
			return made > 0 && underWay;
		}

		/** Silence is the design only for group chatter and a few repeated inputs inside a dialog. */
		private boolean silenceExpected(ChatRef who, UserInput input, boolean underWay, Optional<Snapshot> before,
				Optional<Snapshot> after) {
			if (!who.oneToOne() && !underWay) {
				// chatter in a group is not for the bot, unless addressed to it
				return !(input instanceof UserInput.Text t && (t.addressedToBot() || t.text().strip().startsWith("/")));
			}
			if (!underWay || before.isEmpty() || after.isEmpty()) {
				return false;
			}
			boolean unchanged = before.get().draft.equals(after.get().draft);
			String flow = before.get().flow;
			// a second tap on a survey score or a report button already answered: the question is on screen
			if (input instanceof UserInput.Choice && unchanged && Set.of("survey", "progress-report").contains(flow)) {
				return true;
			}
			// photos or files of a batch beyond the fifth: said once, then quietly dropped
			JsonNode draft = read(before.get().draft);
			return input instanceof UserInput.Media && unchanged
					&& (draft.path("toldPhotoLimit").asBoolean() || draft.path("toldLimit").asBoolean());
		}

		private void checkReply(Reply reply) {
			if (reply instanceof Reply.Text text) {
				if (text.text() == null || text.text().isBlank()) {
					throw fail("an empty text", null);
				}
				if (!THAI.matcher(text.text()).find()) {
					throw fail("an answer not in Thai: " + abbreviate(text.text()), null);
				}
			}
			List<Reply.Option> options = reply.options();
			if (options.size() > LineLimits.MAX_QUICK_REPLY_ITEMS) {
				throw fail(options.size() + " chips: LINE shows 13, the rest are lost", null);
			}
			Set<String> labels = new HashSet<>();
			for (Reply.Option option : options) {
				if (option.label() == null || option.label().isBlank()) {
					throw fail("a chip without a label", null);
				}
				if ((option.text() == null) == (option.data() == null)) {
					throw fail("a chip must send either text or data: " + option, null);
				}
				if (option.text() != null && (option.text().isBlank() || LineLimits.graphemes(option.text()) > 300)) {
					throw fail("a chip's text cannot arrive as the dialog expects it: " + abbreviate(option.text()), null);
				}
				if (option.data() != null && (option.data().isEmpty() || option.data().length() > 300)) {
					throw fail("a chip's postback data is empty or over 300 characters: " + abbreviate(option.data()), null);
				}
				if (!labels.add(FlexTemplates.ellipsize(option.label(), 20))) {
					throw fail("two chips show the same label: " + FlexTemplates.ellipsize(option.label(), 20), null);
				}
			}
		}

		/** The answer as the app sends it: LINE message objects, five per request. */
		private void checkLine(ChatRef who, List<Reply> replies) {
			if (replies.isEmpty()) {
				return;
			}
			List<ObjectNode> messages;
			try {
				messages = LINE.toMessages(replies);
			}
			catch (RuntimeException ex) {
				throw fail("the answer cannot be made into LINE messages: " + ex, ex);
			}
			for (ObjectNode message : messages) {
				if ("flex".equals(message.path("type").asText()) && !THAI.matcher(message.path("altText").asText()).find()) {
					throw fail("a Flex message's alt text is not in Thai", null);
				}
			}
			for (int i = 0; i < messages.size(); i += LineLimits.MAX_MESSAGES) {
				ObjectNode body = JSON.createObjectNode();
				String endpoint = i == 0 ? "reply" : "push";
				if (i == 0) {
					body.put("replyToken", "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA");
				}
				else {
					body.put("to", who.chatId());
				}
				body.putArray("messages").addAll(messages.subList(i, Math.min(messages.size(), i + LineLimits.MAX_MESSAGES)));
				List<Violation> violations = LineLimits.check(endpoint, body);
				if (!violations.isEmpty()) {
					throw fail("LINE would refuse the answer: " + violations, null);
				}
				if (OPENAPI.isPresent() && VALIDATED.add(endpoint + shape(body))) {
					List<Violation> spec = OPENAPI.get().validate("POST", "/v2/bot/message/" + endpoint, body.toString());
					if (!spec.isEmpty()) {
						throw fail("LINE's OpenAPI description refuses the answer: " + spec, null);
					}
				}
			}
		}

		private void checkDraft(Snapshot session) {
			if (session.draft.length() > MAX_DRAFT_JSON) {
				throw fail("the " + session.flow + " draft has grown to " + session.draft.length() + " characters", null);
			}
			JsonNode d = read(session.draft);
			switch (session.flow) {
				case "complaint" -> {
					atMost("photos", d.path("photos").size(), 5);
					atMost("description", length(d.path("description")), 5000);
					atMost("address", length(d.path("address")), 500);
					phone(d.path("phone"));
				}
				case "integrity" -> {
					atMost("evidence", d.path("evidence").size(), 5);
					atMost("description", length(d.path("description")), 5000);
					atMost("name", length(d.path("name")), 100);
					phone(d.path("phone"));
				}
				case "integrity-follow-up" -> {
					atMost("files", d.path("files").size(), 5);
					int total = 0;
					for (JsonNode text : d.path("texts")) {
						total += length(text);
					}
					atMost("texts", total, 5000);
				}
				case "feedback" -> atMost("text", length(d.path("text")), 5000);
				case "survey" -> {
					atMost("answers", d.path("answers").size(), 5);
					for (JsonNode answer : d.path("answers")) {
						if (answer.asInt() < 1 || answer.asInt() > 5) {
							throw fail("a survey answer of " + answer, null);
						}
					}
				}
				case "progress-report" -> {
					atMost("evidence", d.path("evidence").size(), 10);
					atMost("text", length(d.path("text")), 2000);
					if (!d.path("percent").isNull() && !d.path("percent").isMissingNode()) {
						int p = d.path("percent").asInt();
						if (p < 0 || p > 100) {
							throw fail("a percent of " + p, null);
						}
					}
				}
				default -> {
				}
			}
		}

		/** "Photo 3 of 5 received", "five kept": the count said is the count in the draft. */
		private void checkCounts(Snapshot session, List<Reply> replies) {
			JsonNode d = read(session.draft);
			int kept = switch (session.flow) {
				case "complaint" -> d.path("photos").size();
				case "integrity" -> d.path("evidence").size();
				default -> -1;
			};
			if (kept < 0) {
				return;
			}
			for (Reply reply : replies) {
				String text = reply instanceof Reply.Text t ? t.text() : "";
				java.util.regex.Matcher nth = Pattern.compile("ที่ (\\d+) จาก 5").matcher(text);
				if (nth.find() && Integer.parseInt(nth.group(1)) != kept) {
					throw fail("the answer says " + nth.group() + " but the draft keeps " + kept, null);
				}
				if (text.contains("ครบ 5") && kept != 5) {
					throw fail("the answer says five are kept but the draft keeps " + kept, null);
				}
			}
		}

		private void checkFiled() {
			for (NewComplaint c : this.citizens.complaints) {
				atMost("filed photos", c.photoMessageIds().size(), 5);
				atMost("filed description", c.description().length(), 5000);
				if (c.description().isBlank()) {
					throw fail("a complaint filed without words", null);
				}
			}
			for (NewIntegrityReport r : this.integrityReports) {
				atMost("filed evidence", r.evidenceMessageIds().size(), 5);
			}
			for (List<Integer> answers : this.citizens.surveys) {
				if (answers.size() != 5) {
					throw fail("a survey filed with " + answers.size() + " answers", null);
				}
			}
		}

		private void atMost(String what, int value, int max) {
			if (value > max) {
				throw fail(what + " is " + value + ", more than " + max, null);
			}
		}

		private void phone(JsonNode phone) {
			if (phone.isTextual() && !phone.asText().matches("0\\d{8,9}")) {
				throw fail("a phone number kept as " + phone.asText(), null);
			}
		}

		private static int length(JsonNode text) {
			return text.isTextual() ? text.asText().length() : 0;
		}

		// ---- what happens next ------------------------------------------------------------------

		private Step start() {
			String start = this.scenario.starts.get(this.random.nextInt(this.scenario.starts.size()));
			return start.startsWith("tap:") ? tap(this.chat, start.substring(4)) : say(this.chat, start);
		}

		private Step next() {
			int dice = this.random.nextInt(100);
			List<Reply.Option> shown = this.chips.getOrDefault(this.chat, List.of());
			if (dice < 38 && !shown.isEmpty()) {
				return choose(this.chat, shown.get(this.random.nextInt(shown.size())));
			}
			if (dice < 52) {
				return say(this.chat, pick(ANSWERS));
			}
			if (dice < 66) {
				return say(this.chat, oddText());
			}
			if (dice < 76) {
				return tap(this.chat, oddData());
			}
			if (dice < 84) {
				return mediaStep();
			}
			if (dice < 87) {
				return new Step(this.chat, new UserInput.Sticker("11537", "52002734"), "sticker()", false);
			}
			if (dice < 90) {
				return placeStep();
			}
			if (dice < 94) {
				return timeStep();
			}
			if (dice < 97) {
				return start();
			}
			if (dice < 99) {
				return otherPerson();
			}
			return this.chat.oneToOne() ? new Step(this.chat, new UserInput.Followed(true), "followed(unblocked)", false)
					: new Step(this.chat, new UserInput.JoinedGroup(), "joinedGroup()", false);
		}

		private Step choose(ChatRef who, Reply.Option option) {
			// what LINE sends back: the data, or the chip's text as the app wrote it into the message
			return option.data() != null ? tap(who, option.data())
					: say(who, FlexTemplates.ellipsize(option.text(), 300));
		}

		private Step say(ChatRef who, String text) {
			boolean addressed = !who.oneToOne() && this.random.nextInt(8) == 0;
			return new Step(who, new UserInput.Text(text, addressed),
					(addressed ? "mention+say(" : "say(") + literal(text) + ")", false);
		}

		private Step tap(ChatRef who, String data) {
			return new Step(who, new UserInput.Choice(data, Map.of()), "tap(" + literal(data) + ")", false);
		}

		private String oddText() {
			return switch (this.random.nextInt(12)) {
				case 0 -> randomThai(4990 + this.random.nextInt(11));
				case 1 -> "ก".repeat(4999) + "😀";
				case 2 -> randomThai(1 + this.random.nextInt(400));
				case 3 -> randomThai(1995 + this.random.nextInt(10));
				case 4 -> MENU_WORDS.get(this.random.nextInt(MENU_WORDS.size()));
				default -> pick(ODD_TEXTS);
			};
		}

		private String oddData() {
			List<String> stale = new ArrayList<>(this.seenData);
			int dice = this.random.nextInt(6);
			if (dice == 0 && !stale.isEmpty()) {
				return stale.get(this.random.nextInt(stale.size()));
			}
			if (dice == 1 && !stale.isEmpty()) {
				String data = stale.get(this.random.nextInt(stale.size()));
				return data.substring(0, this.random.nextInt(data.length() + 1));
			}
			if (dice == 2 && !stale.isEmpty()) {
				// the same button, another owner or none
				String data = stale.get(this.random.nextInt(stale.size()));
				return this.random.nextBoolean() ? data.replaceAll("u=U\\w+", "u=" + ProgressFlowFixture.WILAI)
						: data.replaceAll("&u=U\\w+", "");
			}
			return pick(ODD_DATA);
		}

		private Step mediaStep() {
			if (this.random.nextInt(4) == 0) {
				// a batch of photos: LINE delivers each as its own event, one right after the other
				for (int i = 0; i < 2 + this.random.nextInt(6); i++) {
					String id = "m" + (++this.media);
					this.queued.add(new Step(this.chat, new UserInput.Media(id, UserInput.MediaKind.IMAGE, null, null),
							"media(" + id + ", IMAGE)", false));
				}
				return this.queued.remove(0);
			}
			int dice = this.random.nextInt(10);
			// now and then LINE delivers the same message again
			String id = dice == 0 && this.media > 0 ? "m" + this.media : (dice == 1 ? "lost" : "m") + (++this.media);
			UserInput.MediaKind kind = dice < 6 ? UserInput.MediaKind.IMAGE
					: UserInput.MediaKind.values()[1 + this.random.nextInt(3)];
			String name = kind == UserInput.MediaKind.FILE ? pick(List.of("slip.pdf", "หลักฐาน 😀.xlsx", "x".repeat(300) + ".docx"))
					: null;
			return new Step(this.chat, new UserInput.Media(id, kind, name, name == null ? null : 12_345L),
					"media(" + id + ", " + kind + (name == null ? "" : ", " + literal(name)) + ")", false);
		}

		private Step placeStep() {
			UserInput.Place place = switch (this.random.nextInt(4)) {
				case 0 -> new UserInput.Place("บ้าน", "ถนนพระราม 1 แขวงวังใหม่", 13.75, 100.50);
				case 1 -> new UserInput.Place(null, "เชียงใหม่", 18.79, 98.98);
				case 2 -> new UserInput.Place(null, null, -90.0, 180.0);
				default -> new UserInput.Place("“ที่นี่” \"quoted\"\n", "ก".repeat(100), 0.0, 0.0);
			};
			return new Step(this.chat, place, "place(" + literal(String.valueOf(place.address())) + ", " + place.latitude()
					+ ", " + place.longitude() + ")", false);
		}

		private Step timeStep() {
			return switch (this.random.nextInt(5)) {
				case 0 -> advance(Duration.ofMinutes(29), false);
				case 1 -> advance(Duration.ofMinutes(31), false);
				case 2 -> advance(Duration.ofMinutes(31), true);
				case 3 -> advance(Duration.ofHours(25), this.random.nextBoolean());
				default -> advance(Duration.ofMinutes(1), false);
			};
		}

		private Step advance(Duration duration, boolean sweep) {
			this.clock.advance(duration);
			if (sweep) {
				this.dialogs.expireIdle();
			}
			return new Step(this.chat, null, "advance(" + duration + ")" + (sweep ? " + expireIdle()" : ""), false);
		}

		private Step otherPerson() {
			List<Reply.Option> shown = this.chips.getOrDefault(this.chat, List.of());
			if (!shown.isEmpty() && this.random.nextBoolean()) {
				return choose(this.other, shown.get(this.random.nextInt(shown.size())));
			}
			return say(this.other, pick(ANSWERS));
		}

		private String randomThai(int length) {
			StringBuilder text = new StringBuilder(length);
			String pieces = "กขคงจฉชซญดตถทนบปผพฟมยรลวศสหอฮะาิีึืุูเแโใไ่้๊๋็์ั ๐๑๒๓๔๕๖๗๘๙";
			while (text.length() < length) {
				text.append(pieces.charAt(this.random.nextInt(pieces.length())));
			}
			return text.toString();
		}

		private <T> T pick(List<T> list) {
			return list.get(this.random.nextInt(list.size()));
		}

		// ---- bookkeeping ------------------------------------------------------------------------

		private Optional<Snapshot> snapshot(String id) {
			return this.sessions.find(id)
				.map(s -> new Snapshot(s.getFlow(), s.getDraft() == null ? "" : s.getDraft(), List.copyOf(s.getHistory()),
						s.getStartedAt(), s.getLapsedAt(), s.getExpiresAt()));
		}

		private JsonNode read(String json) {
			try {
				return JSON.readTree(json);
			}
			catch (Exception ex) {
				throw fail("a draft that is not JSON: " + ex, ex);
			}
		}

		private String summary(ChatRef who, List<Reply> replies) {
			List<String> out = new ArrayList<>();
			List<Reply.Option> options = List.of();
			for (Reply reply : replies) {
				out.add(reply instanceof Reply.Text t ? abbreviate(t.text()) : "flex " + ((Reply.Flex) reply).template());
				if (!reply.options().isEmpty()) {
					options = reply.options();
				}
				reply.options().stream().filter(o -> o.data() != null).forEach(o -> this.seenData.add(o.data()));
			}
			if (!replies.isEmpty()) {
				this.chips.put(who, options);
			}
			return replies.isEmpty() ? "(silence)"
					: String.join(" | ", out) + (options.isEmpty() ? ""
							: " " + options.stream().map(o -> "[" + o.label() + "]").toList());
		}

		private AssertionError fail(String problem, Throwable cause) {
			StringBuilder text = new StringBuilder();
			text.append(problem).append("\n  scenario ").append(this.scenario).append(", seed ").append(this.seed);
			text.append(" (rerun alone: -Dtidtam.fuzz.seed=").append(this.seed).append(" -Dtest=DialogFuzzTests)\n  turns:\n");
			for (String line : this.script) {
				text.append("    ").append(line).append('\n');
			}
			return new AssertionError(text.toString(), cause);
		}

	}

	record Step(ChatRef who, UserInput input, String label, boolean again) {
	}

	record Snapshot(String flow, String draft, List<String> history, Instant startedAt, Instant lapsedAt,
			Instant expiresAt) {

		/** Not lapsed nor past its expiry: the next input goes on with it. */
		boolean alive(Instant now) {
			return this.lapsedAt == null && this.expiresAt != null && now.isBefore(this.expiresAt);
		}

	}

	/** Answers the dialogs expect somewhere: they take a dialog deep, at the wrong step they must be asked again. */
	static final List<String> ANSWERS = List.of("ไฟดับทั้งซอย ตั้งแต่เมื่อวาน", "หลุมใหญ่หน้าบ้านเลขที่ 12/3 หมู่ 4",
			"ซอยวัดใหม่ หมู่ 3", "0812345678", "081-234-5678", "02 123 4567", "สมชาย ใจดี", "1", "2", "3", "๓", "5", "๕",
			"17", "50%", "ร้อยละ ๗๕", "100", "0", "เสร็จแล้ว", "กำลังดำเนินการ ติดตั้งป้ายแล้ว 80%", "ติดปัญหางบประมาณ",
			"ยืนยัน", "ถัดไป", "ข้าม", "ส่งข้อมูลเพิ่มเติม", "เสร็จ", "ไม่ระบุตัวตน", "ระบุชื่อและเบอร์ติดต่อ",
			"ใช้ชื่อ LINE", "ให้เบอร์โทร", "ไม่ประสงค์ออกนาม", Feedback.Kind.PRAISE.thai(), Feedback.Kind.CRITICISM.thai(),
			"งานทะเบียนราษฎร", "S1", "#3 ทำป้ายแล้ว 80%", "#7", "แก้ไข", "ตกลง", "ส่งครบแล้ว",
			"ประกาศแล้ว https://www.example.go.th/news/1", "ย้อนกลับ", "ยกเลิก");

	static final List<String> ODD_TEXTS = List.of("", " ", "   \n\t  ", "\u200B", "\u3000", "😀", "👨‍👩‍👧‍👦",
			"🇹🇭🏳️‍🌈👍🏽", "่้๊๋็์ั", "ี่", "ํํํํํ", "๐๑๒๓๔๕๖๗๘๙", "-1", "+66812345678", "999999999999999999999",
			"2147483648", "101", "1e9", "NaN", "0x1F", "١٢٣", "１２３", "ยกเลิก", " ยกเลิก ", "CANCEL", "/cancel", "cancel",
			"ย้อนกลับ", "back", "/back", "วิธีใช้งาน", "เมนู", "menu", "?", "help", "สอบถาม", "https://example.com",
			"http://x/%%%?a=<b>&c=\"d\"", "https://" + "a".repeat(1990) + ".com", "line://nv/chat", "tel:1669",
			"javascript:alert(1)", "\"quoted\" 'single' “curly” ‘thai’", "บรรทัดแรก\nบรรทัดสอง\r\nบรรทัดสาม",
			"{\"prg\":\"ok\",\"v\":\"1\"}", "[1,2,3]", "null", "prg=ok&v=1", "<script>alert(1)</script>",
			"{{orgName}} {{intro}}", "%s %d %n %%", "{0} ''{1}''", "\\", "\\u0000", "ร-2569-000001", "ร-๒๕๖๙-๐๐๐๐๐๒",
			"ท-2569-000007", "ท-2569-000008", "#0", "#999", "#3", "# 3", "＃๓", "#3\n" + "ก".repeat(2100), "#2147483648",
			"ร้องเรียน", "รายงาน", "/รายงาน", "รายงานล่าสุด", "แจ้งทุจริต", "ติดตาม", "สถานะ", "ติชม",
			"ประเมินความพึงพอใจ S999", "ประเมินความพึงพอใจS1", "ขอลบข้อมูลของฉัน", "ยืนยันถอน", "ยืนยันส่งรายงาน",
			"@ติดตาม รายงาน", "0812345678 ไฟดับ", "08-1234-56", "ok", "OK", "-", "skip", "done");

	static final List<String> ODD_DATA = List.of("", "=", "&&&", "prg=", "prg=&v=&u=", "prg=ok",
			"prg=ok&v=1&u=" + ProgressFlowFixture.WILAI, "prg=pick&v=a999&u=" + ProgressFlowFixture.SOMCHAI,
			"prg=pick&v=a13&u=" + ProgressFlowFixture.SOMCHAI, "prg=start&v=a3", "prg=start&v=a999", "prg=start",
			"prg=page&v=-5&u=" + ProgressFlowFixture.SOMCHAI, "prg=page&v=99999999999&u=" + ProgressFlowFixture.SOMCHAI,
			"prg=status&v=NOPE&u=" + ProgressFlowFixture.SOMCHAI, "prg=status&v=DONE&u=" + ProgressFlowFixture.SOMCHAI,
			"prg=pct&v=150&u=" + ProgressFlowFixture.SOMCHAI, "prg=pct&v=-1&u=" + ProgressFlowFixture.SOMCHAI,
			"prg=fix&v=evidence&u=" + ProgressFlowFixture.SOMCHAI, "prg=files&v=done&u=" + ProgressFlowFixture.SOMCHAI,
			"prg=last&v=withdraw&u=" + ProgressFlowFixture.SOMCHAI, "prg=wd&v=yes&u=" + ProgressFlowFixture.SOMCHAI,
			"prg=att&v=none&u=" + ProgressFlowFixture.SOMCHAI, "prg=att&v=r1&u=" + ProgressFlowFixture.SOMCHAI,
			"complaint-category=", "complaint-category=light", "complaint-category=../../etc", "complaint-category=c99",
			"complaint-rate=c1:9", "complaint-rate=::", "complaint-rate=c1:", "complaint-rate=c2:3", "complaint-reopen=",
			"complaint-still-fixed=c1", "survey=", "survey=1:5", "survey=9:9", "survey=1:๕", "survey=a:b:c",
			"bind-division=d-works", "ack=a1", "{\"prg\":\"ok\"}", "x".repeat(300), "😀", "ยืนยัน");

	/** The body with every string but a {@code type} emptied: what the spec's checking depends on. */
	static String shape(JsonNode node) {
		StringBuilder out = new StringBuilder();
		if (node.isObject()) {
			out.append('{');
			node.properties().forEach(field -> out.append(field.getKey()).append(':')
				.append(field.getKey().equals("type") ? field.getValue().asText() : shape(field.getValue())).append(','));
			out.append('}');
		}
		else if (node.isArray()) {
			out.append('[');
			node.forEach(item -> out.append(shape(item)).append(','));
			out.append(']');
		}
		else {
			out.append(node.getNodeType());
		}
		return out.toString();
	}

	static String literal(String text) {
		return "\"" + abbreviate(text).replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
			.replace("\"", "\\\"") + "\"";
	}

	static String abbreviate(String text) {
		if (text.length() <= 80) {
			return text;
		}
		int cut = Character.isHighSurrogate(text.charAt(59)) ? 59 : 60;
		return text.substring(0, cut) + "…[" + text.length() + " chars]";
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/chat", "messages/progress");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
