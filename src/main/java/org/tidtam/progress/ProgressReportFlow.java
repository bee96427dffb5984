package org.tidtam.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.Turn;
import org.tidtam.conversation.UserInput;
import org.tidtam.shared.ThaiDates;
import org.tidtam.shared.ThaiNames;

/**
 * The report dialog (รายงานความคืบหน้า), in a division's group or 1:1: which assignment, status, what
 * was done, an optional percent, evidence, then a summary to confirm or fix. Starts on "รายงาน", a
 * mention asking for it, the shorthand "#3 … 80%", or the report button of a notice or reminder.
 * Nothing typed is recorded before the person confirms the summary. Buttons carry the owner's LINE
 * id: in a group only that person's taps move their dialog.
 */
@Component
public class ProgressReportFlow implements Flow<ReportDraft> {

	public static final String ID = "progress-report";

	/** Postback prefix of this dialog's buttons; {@code prg=start&v=<assignmentId>} starts it. */
	public static final String POSTBACK = "prg=";

	static final int PAGE_SIZE = 10;

	static final int MAX_FILES = 10;

	/** Longest "what was done" (the message says 2,000 characters). */
	static final int MAX_TEXT = 2000;

	static final Set<String> COMMANDS = Set.of("รายงาน", "/รายงาน", "รายงานความคืบหน้า", "/report", "report");

	static final Set<String> LAST_COMMANDS = Set.of("รายงานล่าสุด", "ดูรายงานล่าสุด", "แก้ไขรายงาน", "ถอนรายงาน",
			"/รายงานล่าสุด");

	static final Set<String> SKIP = Set.of("ข้าม", "ข้ามขั้นตอน", "ไม่ระบุ", "skip", "-");

	static final Set<String> FILES_DONE = Set.of("ข้าม", "ข้ามขั้นตอน", "ไม่มี", "ไม่มีหลักฐาน", "เสร็จ", "ส่งครบแล้ว",
			"ครบแล้ว", "พอแล้ว", "skip", "done", "-");

	static final Set<String> CONFIRM = Set.of("ยืนยัน", "ยืนยันส่งรายงาน", "ตกลง", "ok", "ส่ง");

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final ReportContext context;

	private final ProgressService progress;

	private final EvidenceFiles files;

	private final MessageSource messages;

	ProgressReportFlow(ReportContext context, ProgressService progress, EvidenceFiles files, MessageSource messages) {
		this.context = context;
		this.progress = progress;
		this.files = files;
		this.messages = messages;
	}

	/** The data of the report button on a notice or reminder for one assignment. */
	public static String startData(String assignmentId) {
		return POSTBACK + "start&v=" + assignmentId;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Class<ReportDraft> draftType() {
		return ReportDraft.class;
	}

	static final String NOT_LINKED_ONE_TO_ONE = "progress.chat.not-linked-one-to-one";

	@Override
	public Optional<ReportDraft> start(ChatRef chat, UserInput input) {
		String preset = null;
		ThaiProgressReader.Shorthand shorthand = null;
		if (input instanceof UserInput.Choice choice) {
			Map<String, String> p = postback(choice.data());
			if (p == null || !"start".equals(p.get("prg"))) {
				return Optional.empty();
			}
			preset = p.get("v");
		}
		else if (input instanceof UserInput.Text text) {
			if (LAST_COMMANDS.contains(text.text().strip())) {
				return Optional.of(lastReport(chat));
			}
			shorthand = ThaiProgressReader.shorthand(text.text()).orElse(null);
			if (shorthand == null && !asksToReport(text)) {
				return Optional.empty();
			}
		}
		else if (input instanceof UserInput.Media media && chat.userId() != null) {
			return lateEvidence(chat, media);
		}
		else {
			return Optional.empty();
		}
		if (chat.userId() == null) {
			return Optional.empty();
		}
		Optional<Reporter> reporter = this.context.reporter(chat);
		if (reporter.isEmpty()) {
			// in a 1:1 chat "รายงาน" is as likely a citizen wanting to report a problem as unlinked staff
			return Optional.of(ReportDraft.problem(chat.userId(),
					chat.oneToOne() && preset == null && shorthand == null ? NOT_LINKED_ONE_TO_ONE : "progress.chat.not-linked"));
		}
		if (reporter.get().divisionId() == null) {
			return Optional.of(ReportDraft.problem(chat.userId(), "progress.chat.no-division"));
		}
		List<ReportTarget> targets = this.context.openTargets(reporter.get().divisionId());
		if (targets.isEmpty()) {
			return Optional.of(ReportDraft.problem(chat.userId(), "progress.chat.nothing-open"));
		}
		ReportDraft draft = ReportDraft.start(chat.userId(), reporter.get(), !chat.oneToOne(), targets);
		if (preset != null) {
			String id = preset;
			draft = targets.stream().anyMatch(t -> t.assignmentId().equals(id)) ? draft.withAssignment(id)
					: draft.withNote(text("progress.chat.not-open"));
		}
		if (shorthand != null) {
			draft = fromShorthand(draft, shorthand);
		}
		return Optional.of(draft);
	}

	private Optional<ReportDraft> lateEvidence(ChatRef chat, UserInput.Media media) {
		// one button per measure, for its newest report: two reports on one measure would show the same label
		Set<Integer> measures = new java.util.HashSet<>();
		List<ReportTarget> recent = this.context.recentReports(chat).stream().filter(t -> measures.add(t.number())).toList();
		if (recent.isEmpty()) {
			return Optional.empty();
		}
		return this.context.reporter(chat)
			.map(r -> ReportDraft.attach(chat.userId(), r, !chat.oneToOne(), recent,
					new ReportDraft.EvidenceNote(media.messageId(), media.kind().name(), media.fileName())));
	}

	private ReportDraft lastReport(ChatRef chat) {
		if (chat.userId() == null) {
			return ReportDraft.problem(null, "progress.chat.not-linked");
		}
		Optional<Reporter> reporter = this.context.reporter(chat);
		if (reporter.isEmpty()) {
			return ReportDraft.problem(chat.userId(), "progress.chat.not-linked");
		}
		Optional<ProgressReport> last = this.context.lastReportBy(reporter.get().personId());
		if (last.isEmpty()) {
			return ReportDraft.problem(chat.userId(), "progress.chat.no-last");
		}
		List<ReportTarget> targets = new ArrayList<>(this.context.openTargets(reporter.get().divisionId()));
		if (targets.stream().noneMatch(t -> t.assignmentId().equals(last.get().getAssignmentId()))) {
			this.context.target(last.get().getAssignmentId()).ifPresent(t -> targets.add(0, t));
		}
		ReportDraft draft = ReportDraft.last(chat.userId(), reporter.get(), !chat.oneToOne(), targets, last.get());
		if (draft.target() == null) {
			return ReportDraft.problem(chat.userId(), "progress.chat.no-last");
		}
		return draft.withNote(text("progress.chat.last", ThaiDates.shortDateTime(last.get().getReportedAt())));
	}

	private ReportDraft fromShorthand(ReportDraft draft, ThaiProgressReader.Shorthand shorthand) {
		int number = shorthand.measureNumber();
		Optional<ReportTarget> target = draft.targets().stream().filter(t -> t.number() == number).findFirst();
		if (target.isEmpty()) {
			return draft.withNote(text("progress.chat.unknown-number", number, draft.divisionName()));
		}
		ReportDraft d = draft.withSource(ProgressReport.Source.SHORTHAND).withAssignment(target.get().assignmentId());
		if (shorthand.text().isBlank()) {
			return d;
		}
		ThaiProgressReader.Reading reading = ThaiProgressReader.read(shorthand.text());
		if (shorthand.text().length() > MAX_TEXT) {
			// the same limit as the typed answer: ask for a shorter one
			return d.withStatus(reading.status()).withNote(text("progress.chat.text-too-long"));
		}
		// what was read is shown in the summary to confirm or fix; nothing is recorded before that
		return d.withStatus(reading.status())
			.withText(shorthand.text())
			.withPercent(true, reading.percent())
			.withEvidenceAsked(true)
			.withLinks(reading.links());
	}

	private static boolean asksToReport(UserInput.Text text) {
		String t = text.text().strip().toLowerCase(Locale.ROOT);
		if (COMMANDS.contains(t)) {
			return true;
		}
		if (!text.addressedToBot()) {
			return false;
		}
		String words = t.replaceAll("@\\S+", "").strip();
		return words.isEmpty() || words.contains("รายงาน");
	}

	@Override
	public Turn<ReportDraft> prompt(ReportDraft d) {
		if (NOT_LINKED_ONE_TO_ONE.equals(d.problem())) {
			return Turn.done(new Reply.Text(text(d.problem()), List.of(Reply.Option.say(text("progress.chat.menu")))));
		}
		if (d.problem() != null) {
			return Turn.done(Reply.Text.of(text(d.problem())));
		}
		List<Reply> replies = new ArrayList<>();
		if (d.note() != null) {
			replies.add(Reply.Text.of(d.note()));
		}
		replies.add(question(d));
		return new Turn<>(d, addressed(d, replies), false);
	}

	private Reply question(ReportDraft d) {
		if (d.mode() == ReportDraft.Mode.ATTACH) {
			List<Reply.Option> options = new ArrayList<>();
			for (ReportTarget t : d.targets()) {
				options.add(button(d, "att", t.assignmentId(), title(t)));
			}
			options.add(button(d, "att", "none", text("progress.chat.attach-none")));
			return new Reply.Text(text("progress.chat.ask-attach", d.evidence().size()), options);
		}
		if (d.mode() == ReportDraft.Mode.LAST) {
			return new Reply.Text(summary(d), List.of(button(d, "last", "edit", text("progress.chat.fix")),
					button(d, "last", "withdraw", text("progress.chat.withdraw")),
					button(d, "last", "close", text("progress.chat.close"))));
		}
		if (d.mode() == ReportDraft.Mode.WITHDRAW) {
			return new Reply.Text(text("progress.chat.ask-withdraw", d.target().number()),
					List.of(button(d, "wd", "yes", text("progress.chat.withdraw-confirm")),
							button(d, "wd", "no", text("progress.chat.withdraw-keep"))));
		}
		if (d.fixing()) {
			return new Reply.Text(text("progress.chat.ask-fix"),
					List.of(button(d, "fix", "target", text("progress.chat.fix.target")),
							button(d, "fix", "status", text("progress.chat.fix.status")),
							button(d, "fix", "text", text("progress.chat.fix.text")),
							button(d, "fix", "percent", text("progress.chat.fix.percent")),
							button(d, "fix", "evidence", text("progress.chat.fix.evidence")),
							button(d, "fix", "none", text("progress.chat.fix.none"))));
		}
		if (d.assignmentId() == null) {
			return askTarget(d);
		}
		if (d.status() == null) {
			List<Reply.Option> options = new ArrayList<>();
			for (ProgressStatus s : ProgressStatus.values()) {
				options.add(button(d, "status", s.name(), s.thai()));
			}
			return new Reply.Text(text("progress.chat.ask-status", title(d.target())), options);
		}
		if (d.text() == null) {
			return Reply.Text.of(text("progress.chat.ask-text"));
		}
		if (!d.percentAsked()) {
			List<Reply.Option> options = new ArrayList<>();
			for (int p : new int[] { 25, 50, 75, 100 }) {
				options.add(button(d, "pct", String.valueOf(p), p + "%"));
			}
			options.add(button(d, "pct", "skip", text("progress.chat.skip")));
			return new Reply.Text(text("progress.chat.ask-percent"), options);
		}
		if (!d.evidenceAsked()) {
			String key = d.evidence().isEmpty() ? "progress.chat.ask-evidence" : "progress.chat.ask-more-evidence";
			String label = text(d.evidence().isEmpty() ? "progress.chat.skip" : "progress.chat.files-done");
			return new Reply.Text(text(key, d.evidence().size()), List.of(button(d, "files", "done", label)));
		}
		return new Reply.Text(summary(d), List.of(button(d, "ok", "1", text("progress.chat.confirm")),
				button(d, "fix", "", text("progress.chat.fix")), Reply.Option.say(text("progress.chat.cancel"))));
	}

	private Reply askTarget(ReportDraft d) {
		List<ReportTarget> targets = d.targets();
		int pages = (targets.size() + PAGE_SIZE - 1) / PAGE_SIZE;
		int page = Math.max(0, Math.min(d.page(), pages - 1));
		List<ReportTarget> shown = targets.subList(page * PAGE_SIZE, Math.min(targets.size(), (page + 1) * PAGE_SIZE));
		StringBuilder list = new StringBuilder();
		List<Reply.Option> options = new ArrayList<>();
		for (ReportTarget t : shown) {
			list.append('\n').append(title(t));
			if (t.monthly()) {
				list.append(" (").append(text("progress.chat.due-monthly")).append(')');
			}
			else if (t.dueOn() != null) {
				list.append(" (").append(text("progress.chat.due", ThaiDates.shortDate(LocalDate.parse(t.dueOn())))).append(')');
			}
			options.add(button(d, "pick", t.assignmentId(), "#" + t.number() + " " + t.title()));
		}
		if (page > 0) {
			options.add(button(d, "page", String.valueOf(page - 1), text("progress.chat.previous")));
		}
		if (page < pages - 1) {
			options.add(button(d, "page", String.valueOf(page + 1), text("progress.chat.next")));
		}
		String header = pages > 1 ? text("progress.chat.ask-target-paged", d.divisionName(), page + 1, pages)
				: text("progress.chat.ask-target", d.divisionName());
		return new Reply.Text(header + list, options);
	}

	String summary(ReportDraft d) {
		// the last report, shown to correct or withdraw, is already saved: nothing to check before confirming
		StringBuilder s = new StringBuilder(text(d.mode() == ReportDraft.Mode.REPORT ? "progress.chat.summary"
				: "progress.chat.summary-saved", d.divisionName()));
		s.append('\n').append(title(d.target()));
		s.append('\n').append(text("progress.chat.summary.status", d.status().thai()));
		if (d.percent() != null) {
			s.append('\n').append(text("progress.chat.summary.percent", d.percent()));
		}
		s.append('\n').append(text("progress.chat.summary.text", d.text()));
		s.append('\n').append(text("progress.chat.summary.evidence", d.evidence().size(), d.links().size()));
		if (d.mode() == ReportDraft.Mode.REPORT && d.corrects() != null) {
			s.append('\n').append(text("progress.chat.summary.correction"));
		}
		else if (d.mode() == ReportDraft.Mode.REPORT && d.source() == ProgressReport.Source.SHORTHAND) {
			s.append('\n').append(text("progress.chat.summary.understood"));
		}
		return s.toString();
	}

	@Override
	public Turn<ReportDraft> handle(ReportDraft d, UserInput input) {
		if (input instanceof UserInput.Media media) {
			return addFile(d, media);
		}
		if (input instanceof UserInput.Choice choice) {
			Map<String, String> p = postback(choice.data());
			if (p == null) {
				return again(d);
			}
			if (p.containsKey("u") && !p.get("u").equals(d.owner())) {
				return withPrompt(d, text("progress.chat.not-yours"));
			}
			return button(d, p.get("prg"), p.getOrDefault("v", ""));
		}
		if (input instanceof UserInput.Text text) {
			return typed(d, text.text().strip());
		}
		return again(d);
	}

	private Turn<ReportDraft> button(ReportDraft d, String action, String value) {
		if (d.mode() == ReportDraft.Mode.ATTACH) {
			if (!"att".equals(action)) {
				return again(d);
			}
			if ("none".equals(value)) {
				return Turn.done(Reply.Text.of(text("progress.chat.attach-dropped")));
			}
			return d.targets().stream().anyMatch(t -> t.assignmentId().equals(value)) ? Turn.complete(d.withCorrects(value))
					: again(d);
		}
		if (d.mode() == ReportDraft.Mode.LAST) {
			return switch ("last".equals(action) ? value : "") {
				case "edit" -> prompt(d.withMode(ReportDraft.Mode.REPORT));
				case "withdraw" -> prompt(d.withMode(ReportDraft.Mode.WITHDRAW));
				case "close" -> Turn.done(Reply.Text.of(text("progress.chat.closed")));
				default -> again(d);
			};
		}
		if (d.mode() == ReportDraft.Mode.WITHDRAW) {
			return switch ("wd".equals(action) ? value : "") {
				case "yes" -> Turn.complete(d);
				case "no" -> prompt(d.withMode(ReportDraft.Mode.LAST));
				default -> again(d);
			};
		}
		switch (action) {
			case "start":
			case "pick":
				if (d.targets().stream().noneMatch(t -> t.assignmentId().equals(value))) {
					return withPrompt(d, text("progress.chat.not-open"));
				}
				if (d.withAssignment(value).equals(d)) {
					// a double tap on the button that brought the person here: the question is on screen already
					return Turn.next(d);
				}
				return prompt(d.withAssignment(value));
			case "page":
				return d.assignmentId() == null ? prompt(d.withPage(parseInt(value, 0))) : again(d);
			case "status":
				if (d.assignmentId() == null) {
					return again(d);
				}
				try {
					return prompt(d.withStatus(ProgressStatus.valueOf(value)));
				}
				catch (IllegalArgumentException e) {
					return again(d);
				}
			case "pct":
				if (d.text() == null) {
					return again(d);
				}
				return "skip".equals(value) ? prompt(d.withPercent(true, null))
						: percent(value).map(p -> prompt(d.withPercent(true, p))).orElseGet(() -> again(d));
			case "files":
				return d.percentAsked() ? prompt(d.withEvidenceAsked(true)) : again(d);
			case "ok":
				return complete(d) ? Turn.complete(d) : again(d);
			case "fix":
				return fix(d, value);
			default:
				return again(d);
		}
	}

	private Turn<ReportDraft> fix(ReportDraft d, String what) {
		if (!complete(d)) {
			return again(d);
		}
		return switch (what) {
			case "target" -> prompt(d.withAssignment(null));
			case "status" -> prompt(d.withStatus(null));
			case "text" -> prompt(d.withText(null));
			case "percent" -> prompt(d.withPercent(false, null));
			case "evidence" -> prompt(d.withEvidenceAsked(false));
			case "none" -> prompt(d.withFixing(false));
			default -> prompt(d.withFixing(true));
		};
	}

	private Turn<ReportDraft> typed(ReportDraft d, String t) {
		ThaiProgressReader.Reading reading = ThaiProgressReader.read(t);
		if (d.fixing() || d.mode() != ReportDraft.Mode.REPORT) {
			return again(d);
		}
		if (d.assignmentId() == null) {
			String number = ThaiProgressReader.arabicDigits(t).replaceFirst("^(?:#|＃|มาตรการที่|ข้อ)\\s*", "").strip();
			Optional<ReportTarget> target = d.targets()
				.stream()
				.filter(x -> String.valueOf(x.number()).equals(number))
				.findFirst();
			return target.map(x -> prompt(d.withAssignment(x.assignmentId())))
				.orElseGet(() -> withPrompt(d, text("progress.chat.pick-one")));
		}
		if (d.status() == null) {
			Optional<ProgressStatus> named = java.util.Arrays.stream(ProgressStatus.values())
				.filter(s -> s.thai().equals(t))
				.findFirst();
			ProgressStatus status = named.orElse(reading.status());
			return status == null ? withPrompt(d, text("progress.chat.status-unclear")) : prompt(d.withStatus(status));
		}
		if (d.text() == null) {
			if (t.codePointCount(0, t.length()) < 2) {
				return withPrompt(d, text("progress.chat.text-too-short"));
			}
			if (t.length() > MAX_TEXT) {
				return withPrompt(d, text("progress.chat.text-too-long"));
			}
			ReportDraft next = d.withText(t).withLinks(reading.links());
			if (!d.percentAsked() && reading.percent() != null) {
				next = next.withPercent(true, reading.percent());
			}
			return prompt(next);
		}
		if (!d.percentAsked()) {
			if (SKIP.contains(t.toLowerCase(Locale.ROOT))) {
				return prompt(d.withPercent(true, null));
			}
			return percent(t).map(p -> prompt(d.withPercent(true, p)))
				.orElseGet(() -> withPrompt(d, text("progress.chat.percent-invalid")));
		}
		if (!d.evidenceAsked()) {
			if (FILES_DONE.contains(t.toLowerCase(Locale.ROOT))) {
				return prompt(d.withEvidenceAsked(true));
			}
			if (!reading.links().isEmpty()) {
				return withPrompt(d.withLinks(reading.links()), text("progress.chat.link-kept", reading.links().size()));
			}
			return withPrompt(d, text("progress.chat.evidence-expected"));
		}
		if (CONFIRM.contains(t.toLowerCase(Locale.ROOT))) {
			return Turn.complete(d);
		}
		if (t.equals("แก้ไข")) {
			return prompt(d.withFixing(true));
		}
		if (!reading.links().isEmpty()) {
			return withPrompt(d.withLinks(reading.links()), text("progress.chat.link-kept", reading.links().size()));
		}
		return withPrompt(d, text("progress.chat.confirm-or-fix"));
	}

	private Turn<ReportDraft> addFile(ReportDraft d, UserInput.Media media) {
		if (d.mode() != ReportDraft.Mode.REPORT && d.mode() != ReportDraft.Mode.ATTACH) {
			return again(d);
		}
		if (d.evidence().stream().anyMatch(e -> e.messageId().equals(media.messageId()))) {
			return prompt(d);
		}
		if (d.evidence().size() >= MAX_FILES) {
			return withPrompt(d, text("progress.chat.too-many-files", MAX_FILES));
		}
		ReportDraft next = d.withEvidence(new ReportDraft.EvidenceNote(media.messageId(), media.kind().name(),
				media.fileName()));
		boolean askingForEvidence = next.assignmentId() != null && next.status() != null && next.text() != null
				&& next.percentAsked() && !next.evidenceAsked();
		// at the evidence question, the question itself says how many files have arrived: one message, not two
		return askingForEvidence ? prompt(next)
				: withPrompt(next, text("progress.chat.file-received", next.evidence().size()));
	}

	private static boolean complete(ReportDraft d) {
		return d.assignmentId() != null && d.status() != null && d.text() != null && d.percentAsked()
				&& d.evidenceAsked();
	}

	/** Invalid input: say so briefly and ask the same question again (the draft does not change). */
	private Turn<ReportDraft> again(ReportDraft d) {
		return withPrompt(d, text("progress.chat.again"));
	}

	private Turn<ReportDraft> withPrompt(ReportDraft d, String remark) {
		List<Reply> replies = new ArrayList<>();
		replies.add(Reply.Text.of(remark));
		replies.add(question(d));
		return new Turn<>(d, addressed(d, replies), false);
	}

	/** In a group several people may be reporting: the first message names the person it is for. */
	private List<Reply> addressed(ReportDraft d, List<Reply> replies) {
		if (!d.inGroup() || d.name() == null || replies.isEmpty() || !(replies.get(0) instanceof Reply.Text first)) {
			return replies;
		}
		List<Reply> out = new ArrayList<>(replies);
		out.set(0, new Reply.Text(text("progress.chat.to", ThaiNames.withoutTitle(d.name())) + " " + first.text(), first.options()));
		return out;
	}

	@Override
	public List<Reply> complete(ChatRef chat, ReportDraft d, String dialogId) {
		if (d.mode() == ReportDraft.Mode.ATTACH) {
			List<Evidence> more = new ArrayList<>();
			d.evidence().forEach(n -> this.files.stored(n.messageId()).ifPresent(more::add));
			int added = this.progress.addEvidence(d.corrects(), more);
			ReportTarget to = d.targets().stream().filter(t -> t.assignmentId().equals(d.corrects())).findFirst().orElseThrow();
			return List.of(Reply.Text.of(text("progress.chat.attached", added, to.number())));
		}
		if (d.mode() == ReportDraft.Mode.WITHDRAW) {
			this.progress.withdraw(d.corrects());
			return List.of(Reply.Text.of(text("progress.chat.withdrawn", d.divisionName(), d.target().number(),
					ThaiNames.withoutTitle(d.name()))));
		}
		if (!this.context.stillAssigned(d.assignmentId()) && this.progress.byKey(dialogId).isEmpty()) {
			// cancelled or given to another division since the dialog began: a report here would count nowhere
			return addressed(d, List.of(
					Reply.Text.of(text("progress.chat.no-longer-assigned", d.target().number(), d.divisionName()))));
		}
		ProgressReport report = new ProgressReport();
		report.setCorrects(d.corrects());
		report.setIdempotencyKey(dialogId);
		report.setAssignmentId(d.assignmentId());
		report.setStatus(d.status());
		report.setText(d.text());
		report.setPercent(d.percent());
		List<String> links = new ArrayList<>(ThaiProgressReader.read(d.text()).links());
		d.links().stream().filter(l -> !links.contains(l)).forEach(links::add);
		report.setLinks(links);
		List<Evidence> stored = new ArrayList<>();
		for (ReportDraft.EvidenceNote note : d.evidence()) {
			this.files.stored(note.messageId()).ifPresent(stored::add);
		}
		report.setEvidence(stored);
		report.setReportedBy(d.personId());
		report.setReportedByName(d.name());
		report.setSource(d.source());
		report.setChatId(chat.chatId());
		report.setLineUserId(chat.userId());
		ProgressReport saved = this.progress.record(report);
		StringBuilder done = new StringBuilder(text("progress.chat.recorded", d.divisionName(), d.target().number(),
				saved.getStatus().thai() + (saved.getPercent() == null ? "" : " " + saved.getPercent() + "%"),
				ThaiNames.withoutTitle(d.name())));
		if (saved.evidenceCount() > 0 || !saved.getLinks().isEmpty()) {
			done.append(' ').append(text("progress.chat.recorded-evidence", saved.evidenceCount(), saved.getLinks().size()));
		}
		if (stored.size() < d.evidence().size()) {
			done.append('\n').append(text("progress.chat.files-missing", d.evidence().size() - stored.size()));
		}
		return List.of(Reply.Text.of(done.toString()));
	}

	private Reply.Option button(ReportDraft d, String action, String value, String label) {
		return Reply.Option.choose(label, POSTBACK + action + "&v=" + value + "&u=" + d.owner());
	}

	private static String title(ReportTarget t) {
		return "#" + t.number() + " " + t.title();
	}

	static Optional<Integer> percent(String text) {
		String t = ThaiProgressReader.arabicDigits(text).replaceAll("(?i)\\s*(%|％|เปอร์เซ็นต์|เปอร์เซ็น|percent)$", "")
			.replaceFirst("^ร้อยละ\\s*", "")
			.strip();
		if (!t.matches("\\d{1,3}")) {
			return Optional.empty();
		}
		int p = Integer.parseInt(t);
		return p <= 100 ? Optional.of(p) : Optional.empty();
	}

	private static int parseInt(String s, int otherwise) {
		try {
			return Integer.parseInt(s);
		}
		catch (NumberFormatException e) {
			return otherwise;
		}
	}

	/** {@code prg=pick&v=…&u=…} as a map; null when the data is not this dialog's. */
	static Map<String, String> postback(String data) {
		if (data == null || !data.startsWith(POSTBACK)) {
			return null;
		}
		Map<String, String> out = new LinkedHashMap<>();
		for (String part : data.split("&")) {
			int eq = part.indexOf('=');
			if (eq > 0) {
				out.put(part.substring(0, eq), part.substring(eq + 1));
			}
		}
		return out;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, THAI);
	}

}
