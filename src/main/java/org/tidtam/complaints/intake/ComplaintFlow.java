package org.tidtam.complaints.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.NewComplaint;
import org.tidtam.complaints.intake.ComplaintDesk.CategoryChoice;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.Flow;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.Turn;
import org.tidtam.conversation.UserInput;
import org.tidtam.shared.ThaiDates;

import static org.tidtam.complaints.intake.CitizenWords.*;

/**
 * แจ้งเรื่องร้องเรียน/ร้องทุกข์ in a 1:1 chat: a PDPA notice, then category, description, up to five
 * photos, place, contact, a summary to confirm, and the ticket number with the expected dates. The
 * next question is always the first missing answer; bad input re-asks the same question.
 */
@Component
public class ComplaintFlow implements Flow<ComplaintDraft> {

	static final int MAX_PHOTOS = 5;

	/** LINE's limit for a text message; longer cannot even arrive, shorter still needs checking for paste. */
	static final int MAX_DESCRIPTION = 5000;

	static final int MAX_ADDRESS = 500;

	private static final Set<String> TRIGGERS = Set.of(MENU_COMPLAINT, "แจ้งเรื่องร้องเรียน", "ร้องเรียน", "ร้องทุกข์",
			"แจ้งปัญหา");

	private final ComplaintDesk desk;

	private final ServiceArea area;

	private final int dailyLimit;

	public ComplaintFlow(ComplaintDesk desk, ServiceArea area,
			@Value("${tidtam.complaints.daily-limit:10}") int dailyLimit) {
		this.desk = desk;
		this.area = area;
		this.dailyLimit = dailyLimit;
	}

	@Override
	public String id() {
		return "complaint";
	}

	@Override
	public Class<ComplaintDraft> draftType() {
		return ComplaintDraft.class;
	}

	@Override
	public Optional<ComplaintDraft> start(ChatRef chat, UserInput input) {
		if (!chat.oneToOne() || !(input instanceof UserInput.Text t) || !TRIGGERS.contains(t.text().strip())) {
			return Optional.empty();
		}
		ComplaintDraft draft = ComplaintDraft.start(chat.userId(), this.desk.categories());
		if (this.desk.filedToday(chat.userId()) >= this.dailyLimit) {
			return Optional.of(draft.refused(this.dailyLimit));
		}
		return Optional.of(draft);
	}

	@Override
	public Turn<ComplaintDraft> prompt(ComplaintDraft draft) {
		if (draft.refusedAfter() != null) {
			return Turn.done(Reply.Text.of(DAILY_LIMIT.formatted(draft.refusedAfter())));
		}
		if (draft.categoryId() == null) {
			return Turn.next(draft, Reply.Text.of(PDPA), categoryQuestion(draft));
		}
		if (draft.description() == null) {
			return Turn.next(draft, ask(ASK_DESCRIPTION));
		}
		if (!draft.photosDone()) {
			return Turn.next(draft, ask(ASK_PHOTOS, NEXT, SKIP));
		}
		if (!draft.placeDone()) {
			return Turn.next(draft, ask(ASK_PLACE, SKIP));
		}
		if (draft.contact() == null) {
			return Turn.next(draft, ask(ASK_CONTACT, USE_LINE_NAME, GIVE_PHONE, ANONYMOUS));
		}
		if (Complaint.ContactMode.PHONE.name().equals(draft.contact()) && draft.phone() == null) {
			return Turn.next(draft, ask(ASK_PHONE));
		}
		return Turn.next(draft, ask(summary(draft), CONFIRM, BACK, CANCEL));
	}

	@Override
	public Turn<ComplaintDraft> handle(ComplaintDraft draft, UserInput input) {
		if (draft.refusedAfter() != null) {
			return Turn.done();
		}
		if (draft.categoryId() == null) {
			return category(draft, input);
		}
		if (draft.description() == null) {
			return description(draft, input);
		}
		if (!draft.photosDone()) {
			return photos(draft, input);
		}
		if (input instanceof UserInput.Media m && m.kind() == UserInput.MediaKind.IMAGE) {
			return latePhoto(draft, m);
		}
		if (!draft.placeDone()) {
			return place(draft, input);
		}
		String text = input instanceof UserInput.Text t ? t.text().strip() : "";
		if (draft.contact() == null) {
			return switch (text) {
				case USE_LINE_NAME -> prompt(draft.withContact(Complaint.ContactMode.LINE_NAME.name(), null));
				case GIVE_PHONE -> prompt(draft.withContact(Complaint.ContactMode.PHONE.name(), null));
				case ANONYMOUS -> prompt(draft.withContact(Complaint.ContactMode.ANONYMOUS.name(), null));
				default -> phone(text) != null ? prompt(draft.withContact(Complaint.ContactMode.PHONE.name(), phone(text)))
						: prompt(draft);
			};
		}
		if (Complaint.ContactMode.PHONE.name().equals(draft.contact()) && draft.phone() == null) {
			String phone = phone(text);
			return phone == null ? Turn.next(draft, ask(BAD_PHONE)) : prompt(draft.withContact(draft.contact(), phone));
		}
		if (CONFIRM.equals(text)) {
			return Turn.complete(draft);
		}
		return Turn.next(draft, ask(ASK_CONFIRM, CONFIRM, BACK, CANCEL));
	}

	@Override
	public List<Reply> complete(ChatRef chat, ComplaintDraft draft, String dialogId) {
		Complaint.ContactMode mode = Complaint.ContactMode.valueOf(draft.contact());
		String name = mode == Complaint.ContactMode.LINE_NAME ? this.desk.displayName(chat.userId()).orElse(null) : null;
		Complaint.Place place = draft.address() == null && draft.latitude() == null ? null
				: new Complaint.Place(draft.address(), draft.latitude(), draft.longitude(), draft.outsideArea());
		NewComplaint filed = new NewComplaint(chat.userId(), draft.categoryId(), draft.description(), draft.photos(), place,
				new Complaint.Contact(mode, name, draft.phone()), "LINE", dialogId);
		ComplaintDesk.Filed ticket = this.desk.submit(filed);
		CategoryChoice category = draft.category();
		return List.of(new Reply.Text(FILED.formatted(ticket.ticket(), category.acknowledgeDays(),
				ThaiDates.shortDate(ticket.acknowledgeBy()), category.resultDays(), ThaiDates.shortDate(ticket.resultBy())),
				List.of(Reply.Option.say(MENU_TRACK))));
	}

	private Turn<ComplaintDraft> category(ComplaintDraft draft, UserInput input) {
		String chosen = null;
		if (input instanceof UserInput.Choice c && c.data().startsWith("complaint-category=")) {
			chosen = c.data().substring("complaint-category=".length());
		}
		else if (input instanceof UserInput.Text t) {
			String text = t.text().strip();
			List<CategoryChoice> all = draft.categories();
			for (int i = 0; i < all.size(); i++) {
				if (text.equals(String.valueOf(i + 1)) || text.equals(all.get(i).name())) {
					chosen = all.get(i).id();
				}
			}
		}
		String id = chosen;
		if (id == null || draft.categories().stream().noneMatch(c -> c.id().equals(id))) {
			return Turn.next(draft, Reply.Text.of(BAD_CATEGORY), categoryQuestion(draft));
		}
		return prompt(draft.withCategory(id));
	}

	private Turn<ComplaintDraft> description(ComplaintDraft draft, UserInput input) {
		if (input instanceof UserInput.Media m && m.kind() == UserInput.MediaKind.IMAGE) {
			if (draft.photos().size() >= MAX_PHOTOS) {
				return draft.toldPhotoLimit() ? Turn.next(draft)
						: Turn.next(draft.tellPhotoLimit(), Reply.Text.of(PHOTO_LIMIT), ask(ASK_DESCRIPTION));
			}
			// a photo first is natural in a chat: keep it, still ask for words; the photo step still comes
			// for more, unless this was the fifth
			return Turn.next(draft.withPhoto(m.messageId()), ask(PHOTO_EARLY + ASK_DESCRIPTION));
		}
		if (!(input instanceof UserInput.Text t) || t.text().isBlank()) {
			return Turn.next(draft, ask(EMPTY_DESCRIPTION));
		}
		String text = t.text().strip();
		if (text.length() > MAX_DESCRIPTION) {
			return Turn.next(draft, ask(LONG_DESCRIPTION));
		}
		return prompt(draft.withDescription(text));
	}

	/**
	 * A photo after the photo step (a second thought, or the slow rest of a batch): kept while there is
	 * room, and the current question asked again; past the fifth, said once, then quietly dropped.
	 */
	private Turn<ComplaintDraft> latePhoto(ComplaintDraft draft, UserInput.Media media) {
		if (draft.photos().size() >= MAX_PHOTOS) {
			return draft.toldPhotoLimit() ? Turn.next(draft) : Turn.next(draft.tellPhotoLimit(), Reply.Text.of(PHOTO_LIMIT));
		}
		ComplaintDraft more = draft.withPhoto(media.messageId());
		List<Reply> replies = new ArrayList<>();
		replies.add(Reply.Text.of(PHOTO_ADDED.formatted(more.photos().size())));
		replies.addAll(prompt(more).replies());
		return new Turn<>(more, replies, false);
	}

	private Turn<ComplaintDraft> photos(ComplaintDraft draft, UserInput input) {
		if (input instanceof UserInput.Media m && m.kind() == UserInput.MediaKind.IMAGE) {
			if (draft.photos().size() >= MAX_PHOTOS) {
				// five came before the photo step (a dialog kept from before they ended it): no sixth
				ComplaintDraft full = draft.finishPhotos().tellPhotoLimit();
				List<Reply> replies = new ArrayList<>();
				replies.add(Reply.Text.of(PHOTO_LIMIT));
				replies.addAll(prompt(full).replies());
				return new Turn<>(full, replies, false);
			}
			ComplaintDraft more = draft.withPhoto(m.messageId());
			if (more.photosDone()) {
				List<Reply> replies = new ArrayList<>();
				replies.add(Reply.Text.of(PHOTO_ADDED.formatted(more.photos().size())));
				replies.addAll(prompt(more).replies());
				return new Turn<>(more, replies, false);
			}
			return Turn.next(more, ask(PHOTO_RECEIVED.formatted(more.photos().size()), NEXT));
		}
		if (input instanceof UserInput.Text t && (t.text().strip().equals(NEXT) || t.text().strip().equals(SKIP))) {
			return prompt(draft.finishPhotos());
		}
		return Turn.next(draft, ask(PHOTO_ONLY, NEXT, SKIP));
	}

	private Turn<ComplaintDraft> place(ComplaintDraft draft, UserInput input) {
		if (input instanceof UserInput.Place p) {
			boolean outside = this.area.outside(p.latitude(), p.longitude());
			Turn<ComplaintDraft> next = prompt(draft.withPlace(p.address(), p.latitude(), p.longitude(), outside));
			if (!outside) {
				return next;
			}
			List<Reply> replies = new ArrayList<>();
			replies.add(Reply.Text.of(PLACE_OUTSIDE));
			replies.addAll(next.replies());
			return new Turn<>(next.draft(), replies, false);
		}
		if (input instanceof UserInput.Text t) {
			String text = t.text().strip();
			if (text.equals(SKIP)) {
				return prompt(draft.withPlace(null, null, null, false));
			}
			if (!text.isEmpty() && text.length() <= MAX_ADDRESS) {
				return prompt(draft.withPlace(text, null, null, false));
			}
		}
		return Turn.next(draft, ask(BAD_PLACE, SKIP));
	}

	private Reply categoryQuestion(ComplaintDraft draft) {
		StringBuilder text = new StringBuilder(ASK_CATEGORY);
		List<Reply.Option> options = new ArrayList<>();
		List<CategoryChoice> all = draft.categories();
		for (int i = 0; i < all.size(); i++) {
			text.append('\n').append(i + 1).append(". ").append(all.get(i).name());
		}
		// LINE shows at most 13 quick replies: the first 12 and the last ("อื่น ๆ"); the rest by number
		for (int i = 0; i < all.size(); i++) {
			if (i < 12 || i == all.size() - 1) {
				options.add(Reply.Option.choose(all.get(i).name(), "complaint-category=" + all.get(i).id()));
			}
		}
		return new Reply.Text(text.toString(), options);
	}

	private static String summary(ComplaintDraft draft) {
		String description = org.tidtam.shared.ShortText.cut(draft.description(), 300);
		String place = draft.address() != null ? draft.address()
				: draft.latitude() != null ? String.format(Locale.ROOT, "%.5f, %.5f", draft.latitude(), draft.longitude()) : "-";
		String contact = switch (Complaint.ContactMode.valueOf(draft.contact())) {
			case LINE_NAME -> "ชื่อ LINE ของท่าน";
			case PHONE -> draft.phone();
			case ANONYMOUS -> ANONYMOUS;
		};
		CategoryChoice category = draft.category();
		return SUMMARY.formatted(category == null ? "-" : category.name(), description, draft.photos().size(), place,
				contact);
	}

	static String phone(String text) {
		String digits = text.replaceAll("[\\s-]", "");
		return digits.matches("0\\d{8,9}") ? digits : null;
	}

	private static Reply ask(String text, String... options) {
		return new Reply.Text(text, java.util.Arrays.stream(options).map(Reply.Option::say).toList());
	}

}
