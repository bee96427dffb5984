package org.tidtam.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.tidtam.shared.OrganisationName;

/**
 * Answers what no dialog has claimed: the welcome after a follow, the greeting in a new group, help,
 * and a friendly answer to anything the bot does not understand. Pure apart from wording lookup: no
 * LINE, no store. Texts come from {@code messages/chat*.properties}; chat users read Thai.
 */
@Service
public class ConversationService {

	public static final String WELCOME = "line/welcome";

	public static final String HELP = "line/help";

	public static final String GROUP_GREETING = "line/group-greeting";

	private static final Locale THAI = Locale.forLanguageTag("th");

	private static final Set<String> HELP_WORDS = java.util.stream.Stream
		.concat(Dialogs.HELP.stream(), java.util.stream.Stream.of("?"))
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	/** Words that only mean something inside a dialog: a late or double tap once it has ended. */
	private static final Set<String> STEP_WORDS = Set.of("ยืนยัน", "ถัดไป", "ข้าม", "ยกเลิก", "ย้อนกลับ", "cancel", "back");

	private final MessageSource messages;

	private final OrganisationName organisationName;

	private final String baseUrl;

	private final String retention;

	private final Dialogs dialogs;

	private final List<MainMenu> menus;

	public ConversationService(Dialogs dialogs, MessageSource messages, String organisationName, String baseUrl,
			String retention) {
		this(dialogs, messages, () -> organisationName, baseUrl, retention, List.of());
	}

	@org.springframework.beans.factory.annotation.Autowired
	public ConversationService(Dialogs dialogs, MessageSource messages, OrganisationName organisationName,
			@Value("${tidtam.base-url}") String baseUrl,
			@Value("${tidtam.pdpa.retention-text:}") String retention, List<MainMenu> menus) {
		this.menus = List.copyOf(menus);
		this.messages = messages;
		this.organisationName = organisationName;
		this.baseUrl = baseUrl;
		this.retention = retention;
		this.dialogs = dialogs;
	}

	public List<Reply> respond(ChatRef chat, UserInput input) {
		if (input instanceof UserInput.Followed) {
			String kept = this.retention.isBlank() ? text("chat.pdpa.retention") : this.retention;
			return List.of(new Reply.Flex(WELCOME,
					Map.of("orgName", this.organisationName.current(), "privacyUrl", privacyUrl(), "retention", kept),
					menuOr(helpOptions())));
		}
		if (input instanceof UserInput.JoinedGroup) {
			return List.of(new Reply.Flex(GROUP_GREETING, Map.of("orgName", this.organisationName.current()), List.of()));
		}
		// a dialog under way (or starting) comes first: in a group it hears its own person without a mention
		Optional<List<Reply>> dialog = this.dialogs.respond(chat, input);
		if (dialog.isPresent()) {
			return dialog.get();
		}
		if (!chat.oneToOne() && !addressedToBot(input)) {
			// ordinary chatter in a group is not for the bot
			return List.of();
		}
		if (input instanceof UserInput.Text text) {
			if (isHelp(text.text())) {
				return List.of(chat.oneToOne() ? menuHelp() : help());
			}
			if (STEP_WORDS.contains(text.text().strip().toLowerCase(Locale.ROOT))) {
				return List.of(new Reply.Text(text("chat.dialog.none"), chat.oneToOne() ? menuOr(List.of()) : List.of()));
			}
			return List.of(new Reply.Text(text("chat.unknown-text", quote(text.text())),
					chat.oneToOne() ? menuOr(helpOptions()) : helpOptions()));
		}
		if (input instanceof UserInput.Sticker) {
			return List.of(new Reply.Text(text("chat.sticker"), helpOptions()));
		}
		if (input instanceof UserInput.Place place) {
			return List.of(new Reply.Text(text("chat.place", place.address() == null ? "" : place.address()), helpOptions()));
		}
		if (input instanceof UserInput.Media media) {
			String key = media.kind() == UserInput.MediaKind.IMAGE ? "chat.media.image" : "chat.media.other";
			return List.of(new Reply.Text(text(key), helpOptions()));
		}
		if (input instanceof UserInput.Choice) {
			// a button of a dialog that has ended (a double tap on confirm, an old summary): say so, not the help card
			return List.of(new Reply.Text(text("chat.dialog.none"), menuOr(List.of())));
		}
		return List.of(help());
	}

	/** True when this person has a dialog under way in this chat (in a group: then their photos are for it). */
	public boolean dialogUnderWay(ChatRef chat) {
		return this.dialogs.underWay(chat);
	}

	public Reply help() {
		return new Reply.Flex(HELP, Map.of("intro", text("chat.help.intro")), List.of());
	}

	/** Help with the citizen's main menu as quick replies (1:1 chats). */
	private Reply menuHelp() {
		return new Reply.Flex(HELP, Map.of("intro", text("chat.help.intro")), menuOr(List.of()));
	}

	/** {@code others} followed by the modules' main-menu chips. */
	private List<Reply.Option> menuOr(List<Reply.Option> others) {
		List<Reply.Option> options = new java.util.ArrayList<>(others);
		for (MainMenu menu : this.menus) {
			options.addAll(menu.options());
		}
		return options.subList(0, Math.min(options.size(), 13));
	}

	private List<Reply.Option> helpOptions() {
		return List.of(Reply.Option.say(text("chat.option.help")), Reply.Option.say(text("chat.option.menu")));
	}

	private static boolean addressedToBot(UserInput input) {
		return input instanceof UserInput.Text t && (t.addressedToBot() || t.text().strip().startsWith("/"));
	}

	private static boolean isHelp(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (t.startsWith("/")) {
			t = t.substring(1);
		}
		return HELP_WORDS.contains(t);
	}

	/** Quotes the person's words back, shortened: a 5,000-character paste is not repeated whole. */
	private static String quote(String text) {
		String t = text.strip().replaceAll("\\s+", " ");
		int max = 60;
		if (t.codePointCount(0, t.length()) > max) {
			t = t.substring(0, t.offsetByCodePoints(0, max)) + "…";
		}
		return t;
	}

	private String privacyUrl() {
		return this.baseUrl.replaceAll("/+$", "") + "/privacy";
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, THAI);
	}

}
