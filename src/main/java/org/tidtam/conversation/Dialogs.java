package org.tidtam.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Flow}s: keeps each person's dialog between turns, answers "ยกเลิก" (cancel) and
 * "ย้อนกลับ" (back) for every flow, starts a flow when its trigger arrives, and ends dialogs left
 * idle (announcing {@link DialogExpired} so the person can be told).
 * <p>
 * An answer that comes after its dialog timed out was meant for that dialog: in a 1:1 chat it is told
 * that the dialog timed out and was not sent, with the main menu to start again, and is never taken as
 * a first answer to something else. The ended dialog is remembered for {@link #REMEMBER_LAPSED}, without
 * its draft, so that this holds also after the sweep has ended it and pushed its notice (the person may
 * answer an hour later: "ยืนยัน" must not hear that nothing is under way as if it had been sent).
 * <p>
 * The main menu is always on the person's screen (rich menu, quick replies), so its words are never
 * taken as an answer: a menu word that starts another flow leaves the unsent dialog for that flow (so a
 * person half-way through a complaint who taps "report corruption" reaches the confidential channel,
 * instead of having the tap stored as the complaint's address); the current flow's own menu word, or
 * help, asks the current question again with a word on how to leave.
 */
@Component
public class Dialogs {

	private static final Locale THAI = Locale.forLanguageTag("th");

	static final Set<String> CANCEL = Set.of("ยกเลิก", "cancel", "/cancel");

	static final Set<String> BACK = Set.of("ย้อนกลับ", "back", "/back");

	/** Asking for help or the menu (also answered outside a dialog, by {@link ConversationService}). */
	public static final Set<String> HELP = Set.of("วิธีใช้งาน", "วิธีใช้", "ช่วยเหลือ", "help", "/help", "เมนู", "menu",
			"/menu", "สอบถาม");

	/** How long a dialog that timed out is remembered, for the person's late answer. */
	static final Duration REMEMBER_LAPSED = Duration.ofHours(24);

	/** What the main menu's entries send (exactly, as the rich menu and quick replies do). */
	private final Set<String> menuWords;

	/** The main menu, offered (1:1 only) when a late answer finds its dialog timed out. */
	private final List<Reply.Option> menu;

	private final Map<String, Flow<?>> flows = new LinkedHashMap<>();

	private final ChatSessions sessions;

	private final MessageSource messages;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final JsonMapper json = JsonMapper.builder().build();

	@org.springframework.beans.factory.annotation.Autowired
	public Dialogs(org.springframework.beans.factory.ObjectProvider<Flow<?>> flows, ChatSessions sessions,
			MessageSource messages, Clock clock, ApplicationEventPublisher events,
			org.springframework.beans.factory.ObjectProvider<MainMenu> menus) {
		this(flows.orderedStream().toList(), sessions, messages, clock, events,
				menus.orderedStream().flatMap(m -> m.options().stream()).toList());
	}

	public Dialogs(List<Flow<?>> flows, ChatSessions sessions, MessageSource messages, Clock clock,
			ApplicationEventPublisher events) {
		this(flows, sessions, messages, clock, events, Set.of());
	}

	/** With only the menu's words: a dialog knows them, a late answer is offered no menu. */
	public Dialogs(List<Flow<?>> flows, ChatSessions sessions, MessageSource messages, Clock clock,
			ApplicationEventPublisher events, Set<String> menuWords) {
		this(flows, sessions, messages, clock, events, menuWords, List.of());
	}

	/** {@code menu} is the main menu in order: its words, and chips for a late answer. */
	public Dialogs(List<Flow<?>> flows, ChatSessions sessions, MessageSource messages, Clock clock,
			ApplicationEventPublisher events, List<Reply.Option> menu) {
		this(flows, sessions, messages, clock, events, menuWords(menu), menu);
	}

	private Dialogs(List<Flow<?>> flows, ChatSessions sessions, MessageSource messages, Clock clock,
			ApplicationEventPublisher events, Set<String> menuWords, List<Reply.Option> menu) {
		this.menuWords = Set.copyOf(menuWords);
		this.menu = List.copyOf(menu.subList(0, Math.min(menu.size(), 13)));
		for (Flow<?> flow : flows) {
			if (this.flows.put(flow.id(), flow) != null) {
				throw new IllegalStateException("Two flows named " + flow.id());
			}
		}
		this.sessions = sessions;
		this.messages = messages;
		this.clock = clock;
		this.events = events;
	}

	/** The answer when a dialog is under way or starts with this input; empty to fall through. */
	public Optional<List<Reply>> respond(ChatRef chat, UserInput input) {
		String id = ChatSession.idOf(chat);
		Instant now = this.clock.instant();
		Optional<ChatSession> current = this.sessions.find(id);
		// TOLD: the sweep ended it and pushed the notice; FOUND: it is found timed out only now
		TimedOut timedOut = TimedOut.NO;
		if (current.isPresent() && current.get().getLapsedAt() != null) {
			this.sessions.delete(id);
			// in a group, chatter after a report ran out is not for the bot
			timedOut = chat.oneToOne() && now.isBefore(current.get().getExpiresAt()) ? TimedOut.TOLD : TimedOut.NO;
			current = Optional.empty();
		}
		else if (current.isPresent() && !now.isBefore(current.get().getExpiresAt())) {
			this.sessions.delete(id);
			timedOut = TimedOut.FOUND;
			current = Optional.empty();
		}
		if (current.isPresent()) {
			return Optional.of(continueDialog(current.get(), input, now));
		}
		for (Flow<?> flow : this.flows.values()) {
			Optional<List<Reply>> started = tryStart(flow, chat, input, now);
			if (started.isPresent()) {
				// a deliberate start (a menu tap, a trigger word); the notice, if pushed, said the rest
				List<Reply> replies = new ArrayList<>();
				if (timedOut == TimedOut.FOUND) {
					replies.add(Reply.Text.of(text("chat.dialog.expired")));
				}
				replies.addAll(started.get());
				return Optional.of(replies);
			}
		}
		if (timedOut == TimedOut.NO) {
			return Optional.empty();
		}
		// the late answer was meant for the dialog that timed out: not used, and not read as anything else
		return Optional.of(List.of(chat.oneToOne()
				? new Reply.Text(text("chat.dialog.expired-start-again"), this.menu)
				: Reply.Text.of(text("chat.dialog.expired"))));
	}

	private enum TimedOut {

		NO, FOUND, TOLD

	}

	/** True when a dialog is under way (not yet expired) for this person in this chat. */
	public boolean underWay(ChatRef chat) {
		return this.sessions.find(ChatSession.idOf(chat))
			.filter(s -> s.getLapsedAt() == null && this.clock.instant().isBefore(s.getExpiresAt()))
			.isPresent();
	}

	/**
	 * True while this chat is in a {@link Flow#confidential() confidential} dialog, also one that has just
	 * timed out: the late answer was written for the confidential channel.
	 */
	public boolean confidential(ChatRef chat) {
		return this.sessions.find(ChatSession.idOf(chat))
			.map(s -> this.flows.get(s.getFlow()))
			.map(Flow::confidential)
			.orElse(false);
	}

	/** Ends dialogs idle past their timeout (remembered, without their drafts) and announces each once. */
	@Scheduled(fixedDelayString = "${tidtam.dialogs.expiry-check:PT1M}")
	public int expireIdle() {
		Instant now = this.clock.instant();
		List<ChatSession> expired = this.sessions.lapseExpired(now, now.plus(REMEMBER_LAPSED));
		for (ChatSession session : expired) {
			this.events.publishEvent(new DialogExpired(session.chat(), session.getFlow()));
		}
		return expired.size();
	}

	private <D> Optional<List<Reply>> tryStart(Flow<D> flow, ChatRef chat, UserInput input, Instant now) {
		Optional<D> draft = flow.start(chat, input);
		if (draft.isEmpty()) {
			return Optional.empty();
		}
		Turn<D> turn = flow.prompt(draft.get());
		if (turn.finished()) {
			// a one-shot answer (a lookup, a tapped rating) or a refusal to start (not linked, a limit): no dialog kept
			List<Reply> replies = new ArrayList<>(turn.replies());
			if (turn.completes()) {
				replies.addAll(flow.complete(chat, turn.draft(), ChatSession.idOf(chat) + "@" + now.toEpochMilli()));
			}
			return Optional.of(replies);
		}
		ChatSession session = ChatSession.start(chat, flow.id(), now);
		keep(session, flow, turn, now, false);
		return Optional.of(turn.replies());
	}

	@SuppressWarnings("unchecked")
	private List<Reply> continueDialog(ChatSession session, UserInput input, Instant now) {
		Flow<Object> flow = (Flow<Object>) this.flows.get(session.getFlow());
		if (flow == null) {
			// the app was updated and this dialog no longer exists
			this.sessions.delete(session.getId());
			return List.of(Reply.Text.of(text("chat.dialog.gone")));
		}
		if (isCommand(input, CANCEL)) {
			this.sessions.delete(session.getId());
			// in 1:1 the menu follows, so the next step is one tap away; a group is not offered the citizens' menu
			return List.of(chat(session).oneToOne() ? new Reply.Text(text("chat.dialog.cancelled"), this.menu)
					: Reply.Text.of(text("chat.dialog.cancelled")));
		}
		boolean menuWord = input instanceof UserInput.Text text && this.menuWords.contains(text.text().strip());
		if (menuWord) {
			Optional<List<Reply>> elsewhere = switchFlow(session, flow, input, now);
			if (elsewhere.isPresent()) {
				return elsewhere.get();
			}
		}
		Object draft = this.json.readValue(session.getDraft(), flow.draftType());
		if (menuWord || isCommand(input, HELP)) {
			// the menu word of this very dialog, or help: go on where the person was
			return askAgain(session, flow, draft, now, "chat.dialog.under-way");
		}
		if (isCommand(input, BACK)) {
			if (session.getHistory().isEmpty()) {
				return askAgain(session, flow, draft, now, "chat.dialog.no-back");
			}
			String previous = session.getHistory().remove(session.getHistory().size() - 1);
			Object earlier = this.json.readValue(previous, flow.draftType());
			Turn<Object> turn = flow.prompt(earlier);
			session.setDraft(previous);
			keep(session, flow, Turn.next(earlier), now, false);
			return turn.replies();
		}
		Turn<Object> turn = flow.handle(draft, input);
		if (turn.completes()) {
			// recorded before the dialog is dropped: a crash in between repeats complete() with the same id
			List<Reply> replies = new ArrayList<>(turn.replies());
			replies.addAll(flow.complete(chat(session), turn.draft(), dialogId(session)));
			this.sessions.delete(session.getId());
			return replies;
		}
		if (turn.finished()) {
			this.sessions.delete(session.getId());
			return turn.replies();
		}
		boolean moved = !turn.draft().equals(draft);
		keep(session, flow, turn, now, moved);
		return turn.replies();
	}

	/** Says {@code noteKey} and asks the current question again, the draft unchanged. */
	private List<Reply> askAgain(ChatSession session, Flow<Object> flow, Object draft, Instant now, String noteKey) {
		List<Reply> replies = new ArrayList<>();
		replies.add(Reply.Text.of(text(noteKey)));
		replies.addAll(flow.prompt(draft).replies());
		keep(session, flow, Turn.next(draft), now, false);
		return replies;
	}

	/**
	 * Leaves the unsent dialog for the first other flow that {@code input} starts, telling the person the
	 * draft was not sent; empty when no other flow starts with it.
	 */
	private Optional<List<Reply>> switchFlow(ChatSession session, Flow<?> current, UserInput input, Instant now) {
		ChatRef chat = chat(session);
		for (Flow<?> other : this.flows.values()) {
			if (other == current || other.start(chat, input).isEmpty()) {
				continue;
			}
			this.sessions.delete(session.getId());
			List<Reply> replies = new ArrayList<>();
			replies.add(Reply.Text.of(text("chat.dialog.switched")));
			replies.addAll(tryStart(other, chat, input, now).orElse(List.of()));
			return Optional.of(replies);
		}
		return Optional.empty();
	}

	private static Set<String> menuWords(List<Reply.Option> menu) {
		Set<String> words = new java.util.HashSet<>();
		for (Reply.Option option : menu) {
			if (option.text() != null) {
				words.add(option.text().strip());
			}
		}
		return words;
	}

	private <D> void keep(ChatSession session, Flow<D> flow, Turn<D> turn, Instant now, boolean remember) {
		String next = this.json.writeValueAsString(turn.draft());
		if (remember && session.getDraft() != null) {
			session.getHistory().add(session.getDraft());
			if (session.getHistory().size() > ChatSession.MAX_HISTORY) {
				session.getHistory().remove(0);
			}
		}
		session.setDraft(next);
		session.setUpdatedAt(now);
		session.setExpiresAt(now.plus(flow.idleTimeout()));
		this.sessions.save(session);
	}

	static String dialogId(ChatSession session) {
		return session.getId() + "@" + session.getStartedAt().toEpochMilli();
	}

	private static ChatRef chat(ChatSession session) {
		return new ChatRef(ChatRef.Kind.valueOf(session.getChatKind()), session.getChatId(), session.getUserId());
	}

	private static boolean isCommand(UserInput input, Set<String> words) {
		return input instanceof UserInput.Text t && words.contains(t.text().strip().toLowerCase(Locale.ROOT));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, THAI);
	}

}
