package org.tidtam.complaints.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tidtam.complaints.SurveyService;
import org.tidtam.complaints.SurveyService.SurveyedService;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.Turn;
import org.tidtam.conversation.UserInput;

/**
 * ประเมินความพึงพอใจ: opened from a service's QR code ("ประเมินความพึงพอใจ S1") or from the menu (then
 * the service is chosen), the standard questions one by one with 1–5 buttons, a thank-you. Anonymous.
 */
@Component
public class SurveyFlow implements Flow<SurveyFlow.Draft> {

	static final String NOTICE = "แบบประเมินนี้ไม่เก็บชื่อหรือบัญชี LINE ของท่าน ใช้ปรับปรุงการให้บริการเท่านั้น";

	static final String ASK_SERVICE = "ท่านรับบริการใดคะ";

	static final String PICK_BY_NUMBER = "แตะชื่อบริการ หรือพิมพ์หมายเลขค่ะ";

	static final String NOT_A_SERVICE = "ไม่พบบริการ \"%s\" ค่ะ";

	static final String NO_SERVICES = "ขณะนี้ยังไม่มีบริการที่เปิดให้ประเมินความพึงพอใจทาง LINE ค่ะ ขอบคุณที่สนใจค่ะ";

	/** As many buttons as LINE allows under one message. */
	static final int MAX_OPTIONS = 13;

	static final String QUESTION = "ข้อ %d/%d: %s\nแตะ 1 (น้อยที่สุด) ถึง 5 (มากที่สุด)";

	static final String THANKS = "ขอบคุณที่ประเมิน%sค่ะ";

	static final String ONE_TO_FIVE = "กรุณาตอบเป็นตัวเลข 1 ถึง 5 ค่ะ";

	/** A tapped score names its question ("survey=4:1"), so that a double tap cannot answer the next one. */
	static final String SCORE_DATA = "survey=";

	public record Draft(List<SurveyedService> services, String code, String name, List<Integer> answers) {

		public Draft {
			services = services == null ? List.of() : List.copyOf(services);
			answers = answers == null ? List.of() : List.copyOf(answers);
		}

	}

	/** Stores answers; an interface so the script test needs no database. */
	public interface Answers {

		List<SurveyedService> services();

		void record(String code, List<Integer> answers, String dialogId);

	}

	private final Answers answers;

	@Autowired
	SurveyFlow(SurveyService surveys) {
		this(new Answers() {
			@Override
			public List<SurveyedService> services() {
				return surveys.services();
			}

			@Override
			public void record(String code, List<Integer> answers, String dialogId) {
				surveys.record(code, answers, dialogId);
			}
		});
	}

	public SurveyFlow(Answers answers) {
		this.answers = answers;
	}

	@Override
	public String id() {
		return "survey";
	}

	@Override
	public Class<Draft> draftType() {
		return Draft.class;
	}

	@Override
	public Optional<Draft> start(ChatRef chat, UserInput input) {
		if (!chat.oneToOne() || !(input instanceof UserInput.Text t) || !t.text().strip().startsWith(SurveyService.TRIGGER)) {
			return Optional.empty();
		}
		String code = t.text().strip().substring(SurveyService.TRIGGER.length()).strip();
		List<SurveyedService> services = this.answers.services();
		Optional<SurveyedService> chosen = services.stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst();
		return Optional.of(new Draft(services, chosen.map(SurveyedService::code).orElse(null),
				chosen.map(SurveyedService::name).orElse(null), List.of()));
	}

	@Override
	public Turn<Draft> prompt(Draft d) {
		if (d.code() == null) {
			if (d.services().isEmpty()) {
				return Turn.done(Reply.Text.of(NO_SERVICES));
			}
			return Turn.next(d, Reply.Text.of(NOTICE), askService(d));
		}
		return d.answers().isEmpty() ? Turn.next(d, Reply.Text.of(NOTICE + "\nบริการ: " + d.name()), question(d))
				: Turn.next(d, question(d));
	}

	/**
	 * The services to choose from: buttons while LINE's 13 fit; an office with more gets them numbered in
	 * the text as well (a number typed chooses), so that none is out of reach.
	 */
	private static Reply askService(Draft d) {
		List<Reply.Option> buttons = d.services().stream().limit(MAX_OPTIONS).map(s -> Reply.Option.say(s.name())).toList();
		if (d.services().size() <= MAX_OPTIONS) {
			return new Reply.Text(ASK_SERVICE, buttons);
		}
		StringBuilder text = new StringBuilder(ASK_SERVICE).append(' ').append(PICK_BY_NUMBER);
		for (int i = 0; i < d.services().size(); i++) {
			String line = "\n" + (i + 1) + ". " + d.services().get(i).name();
			if (text.length() + line.length() > 4_900) {
				// within LINE's 5,000 characters; the rest can still be typed by name
				text.append("\n…");
				break;
			}
			text.append(line);
		}
		return new Reply.Text(text.toString(), buttons);
	}

	/** The service {@code text} names: its name, its code, or its number in the list. */
	private static Optional<SurveyedService> service(Draft d, String text) {
		String number = org.tidtam.shared.ThaiDates.asciiDigits(text).replaceFirst("^(\\d+)\\.?$", "$1");
		if (number.matches("\\d{1,3}")) {
			int n = Integer.parseInt(number);
			if (n >= 1 && n <= d.services().size()) {
				return Optional.of(d.services().get(n - 1));
			}
		}
		return d.services().stream().filter(s -> s.name().equals(text) || s.code().equalsIgnoreCase(text)).findFirst();
	}

	private static Reply question(Draft d) {
		int n = d.answers().size();
		List<Reply.Option> scale = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			scale.add(Reply.Option.choose(String.valueOf(i), SCORE_DATA + (n + 1) + ":" + i));
		}
		return new Reply.Text(QUESTION.formatted(n + 1, SurveyService.QUESTIONS.size(), SurveyService.QUESTIONS.get(n)),
				scale);
	}

	@Override
	public Turn<Draft> handle(Draft d, UserInput input) {
		String text = input instanceof UserInput.Text t ? t.text().strip() : "";
		if (d.code() == null) {
			Optional<SurveyedService> chosen = service(d, text);
			if (chosen.isPresent()) {
				return prompt(new Draft(d.services(), chosen.get().code(), chosen.get().name(), List.of()));
			}
			// a word that names no service: say so, then the list again (not the privacy notice twice)
			return text.isEmpty() ? Turn.next(d, askService(d))
					: Turn.next(d, Reply.Text.of(NOT_A_SERVICE.formatted(org.tidtam.shared.ShortText.cut(text, 40))), askService(d));
		}
		String score = org.tidtam.shared.ThaiDates.asciiDigits(text);
		if (input instanceof UserInput.Choice choice && choice.data() != null && choice.data().startsWith(SCORE_DATA)) {
			String[] tapped = choice.data().substring(SCORE_DATA.length()).split(":");
			if (tapped.length != 2 || !tapped[0].equals(String.valueOf(d.answers().size() + 1))) {
				// a second tap on a question already answered: it is not the answer to this one
				return Turn.next(d);
			}
			score = tapped[1];
		}
		if (!score.matches("[1-5]")) {
			return Turn.next(d, Reply.Text.of(ONE_TO_FIVE), question(d));
		}
		List<Integer> more = new ArrayList<>(d.answers());
		more.add(Integer.parseInt(score));
		Draft next = new Draft(d.services(), d.code(), d.name(), more);
		if (more.size() == SurveyService.QUESTIONS.size()) {
			return Turn.complete(next, Reply.Text.of(THANKS.formatted(d.name())));
		}
		return prompt(next);
	}

	@Override
	public List<Reply> complete(ChatRef chat, Draft d, String dialogId) {
		this.answers.record(d.code(), d.answers(), dialogId);
		return List.of();
	}

}
