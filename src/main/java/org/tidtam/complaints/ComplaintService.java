package org.tidtam.complaints;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * Files complaints, answers what citizens and officers ask of them, and records every change as one
 * atomic update of the complaint document. Filing is idempotent by the dialog id.
 */
@Service
public class ComplaintService {

	private final MongoTemplate mongo;

	private final ComplaintCategories categories;

	private final TicketNumbers tickets;

	private final BusinessDays businessDays;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ComplaintPhotos photoFiles;

	ComplaintService(MongoTemplate mongo, ComplaintCategories categories, TicketNumbers tickets, BusinessDays businessDays,
			ApplicationEventPublisher events, Clock clock, ComplaintPhotos photoFiles) {
		this.photoFiles = photoFiles;
		this.mongo = mongo;
		this.categories = categories;
		this.tickets = tickets;
		this.businessDays = businessDays;
		this.events = events;
		this.clock = clock;
	}

	public Complaint submit(NewComplaint filed) {
		Optional<Complaint> earlier = byKey(filed.idempotencyKey());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ThaiDates.BANGKOK);
		FiscalYear year = FiscalYear.containing(today);
		ComplaintCategory category = this.categories.find(filed.categoryId())
			.orElseThrow(() -> new IllegalArgumentException("No category " + filed.categoryId()));
		Complaint complaint = new Complaint();
		complaint.setTicket(this.tickets.next(TicketNumbers.COMPLAINT, year));
		complaint.setFiscalYear(year.buddhistYear());
		complaint.setChannel(filed.channel() == null ? "LINE" : filed.channel());
		complaint.setLineUserId(filed.lineUserId());
		complaint.setCategoryId(category.getId());
		complaint.setCategoryName(category.getName());
		complaint.setDivisionId(category.getDefaultDivisionId());
		complaint.setDescription(filed.description());
		complaint.setPhotos(new ArrayList<>(filed.photoMessageIds()
			.stream()
			.map(m -> new Complaint.Photo(m, null, Complaint.Photo.BEFORE, now))
			.toList()));
		complaint.setPlace(filed.place());
		complaint.setContact(filed.contact());
		complaint.setStatus(ComplaintStatus.RECEIVED);
		complaint.getTimeline().add(new Complaint.Entry(ComplaintStatus.RECEIVED, now, null, null, false, List.of(),
				category.getDefaultDivisionId()));
		complaint.setCreatedAt(now);
		complaint.setUpdatedAt(now);
		complaint.setAcknowledgeBy(this.businessDays.plus(today, category.getAcknowledgeDays()));
		complaint.setResultBy(this.businessDays.plus(today, category.getResultDays()));
		complaint.setIdempotencyKey(filed.idempotencyKey());
		Complaint saved;
		try {
			saved = this.mongo.insert(complaint);
		}
		catch (DuplicateKeyException raced) {
			return byKey(filed.idempotencyKey()).orElseThrow(() -> raced);
		}
		this.events.publishEvent(new ComplaintSubmitted(saved.getId(), saved.getTicket(), saved.getDivisionId()));
		return saved;
	}

	public Optional<Complaint> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Complaint.class));
	}

	public Complaint get(String id) {
		return find(id).orElseThrow(() -> new IllegalArgumentException("No complaint " + id));
	}

	public Optional<Complaint> byTicket(String ticket) {
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(Criteria.where(Complaint.TICKET).is(TicketNumbers.normalise(ticket))),
						Complaint.class));
	}

	/** The case with this ticket only when this LINE user filed it: someone else's number reveals nothing. */
	public Optional<Complaint> citizensCase(String lineUserId, String ticket) {
		return byTicket(ticket).filter(c -> lineUserId != null && lineUserId.equals(c.getLineUserId()));
	}

	/** A citizen's cases, newest first (at most {@code limit}). */
	public List<Complaint> ofCitizen(String lineUserId, int limit) {
		return this.mongo.find(Query.query(Criteria.where(Complaint.LINE_USER_ID).is(lineUserId))
			.with(Sort.by(Direction.DESC, Complaint.CREATED_AT))
			.limit(limit), Complaint.class);
	}

	/** How many cases this LINE user filed since midnight (Bangkok): the daily limit counts these. */
	public long filedToday(String lineUserId) {
		Instant midnight = LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK)).atStartOfDay(ThaiDates.BANGKOK).toInstant();
		return this.mongo.count(Query.query(Criteria.where(Complaint.LINE_USER_ID).is(lineUserId)
			.and(Complaint.CREATED_AT)
			.gte(midnight)), Complaint.class);
	}

	/** The officer's inbox: newest first, filtered; text is matched as a literal substring (Thai has no word breaks). */
	public List<Complaint> inbox(InboxFilter filter, int limit) {
		return this.mongo.find(inboxQuery(filter).with(Sort.by(Direction.DESC, Complaint.CREATED_AT)).limit(limit),
				Complaint.class);
	}

	/**
	 * One page of the officer's inbox, newest first, with the number of matching cases: a year brings
	 * thousands of complaints, and every one of them must stay reachable from the list.
	 */
	public Page<Complaint> inbox(InboxFilter filter, Pageable pageable) {
		Query query = inboxQuery(filter);
		long total = this.mongo.count(query, Complaint.class);
		List<Complaint> content = this.mongo.find(Query.of(query)
			.with(Sort.by(Direction.DESC, Complaint.CREATED_AT))
			.skip(pageable.getOffset())
			.limit(pageable.getPageSize()), Complaint.class);
		return new PageImpl<>(content, pageable, total);
	}

	private Query inboxQuery(InboxFilter filter) {
		Criteria criteria = new Criteria();
		List<Criteria> and = new ArrayList<>();
		if (filter.status() != null) {
			and.add(Criteria.where(Complaint.STATUS).is(filter.status()));
		}
		if (filter.categoryId() != null && !filter.categoryId().isBlank()) {
			and.add(Criteria.where(Complaint.CATEGORY_ID).is(filter.categoryId()));
		}
		if (filter.divisionId() != null && !filter.divisionId().isBlank()) {
			and.add(Criteria.where(Complaint.DIVISION_ID).is(filter.divisionId()));
		}
		if (filter.overdueOnly()) {
			LocalDate today = LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
			and.add(Criteria.where(Complaint.STATUS)
				.in(ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.IN_PROGRESS));
			and.add(new Criteria().orOperator(
					Criteria.where(Complaint.STATUS).is(ComplaintStatus.RECEIVED).and(Complaint.ACKNOWLEDGE_BY).lt(today),
					Criteria.where(Complaint.RESULT_BY).lt(today)));
		}
		if (filter.from() != null) {
			and.add(Criteria.where(Complaint.CREATED_AT).gte(filter.from().atStartOfDay(ThaiDates.BANGKOK).toInstant()));
		}
		if (filter.to() != null) {
			and.add(Criteria.where(Complaint.CREATED_AT)
				.lt(filter.to().plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant()));
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			Pattern literal = Pattern.compile(Pattern.quote(filter.text().strip()), Pattern.CASE_INSENSITIVE);
			and.add(new Criteria().orOperator(Criteria.where(Complaint.DESCRIPTION).regex(literal),
					Criteria.where(Complaint.TICKET).regex(literal), Criteria.where("place.address").regex(literal),
					Criteria.where("categoryName").regex(literal)));
		}
		if (!and.isEmpty()) {
			criteria.andOperator(and);
		}
		return Query.query(criteria);
	}

	/** True when the case is open and past a deadline today. */
	public boolean overdue(Complaint complaint) {
		return complaint.overdueOn(LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK)));
	}

	/**
	 * Changes the status (or, with the same status, adds a note). Closing as done needs an after-photo
	 * or a stated reason; a duplicate needs the original's ticket.
	 */
	public Complaint changeStatus(String id, ComplaintStatus status, String note, boolean internal, String by,
			List<String> photoFileIds, String duplicateOfTicket) {
		return change(id, null, status, note, internal, by, photoFileIds, duplicateOfTicket).orElseThrow();
	}

	/**
	 * {@link #changeStatus} from an officer's form, at most once per {@code formKey} (the one-time key
	 * the case page was drawn with). A second submit of the same page changes nothing, tells the
	 * citizen nothing, deletes the photos it brought and answers empty.
	 */
	public Optional<Complaint> changeStatusOnce(String formKey, String id, ComplaintStatus status, String note,
			boolean internal, String by, List<String> photoFileIds, String duplicateOfTicket) {
		if (formKey == null || formKey.isBlank()) {
			throw new IllegalArgumentException("A form's change needs its key");
		}
		return change(id, formKey, status, note, internal, by, photoFileIds, duplicateOfTicket);
	}

	/** True when the form with {@code formKey} was already applied to the case (checked before storing uploads). */
	public boolean formApplied(String id, String formKey) {
		return formKey != null && this.mongo.exists(
				Query.query(Criteria.where("_id").is(id).and(Complaint.FORM_KEYS).is(formKey)), Complaint.class);
	}

	private Optional<Complaint> change(String id, String formKey, ComplaintStatus status, String note,
			boolean internal, String by, List<String> photoFileIds, String duplicateOfTicket) {
		Complaint complaint = get(id);
		String text = note == null || note.isBlank() ? null : note.strip();
		List<String> photos = photoFileIds == null ? List.of() : photoFileIds;
		if (status == ComplaintStatus.DONE && complaint.getStatus() != ComplaintStatus.DONE && photos.isEmpty()
				&& text == null) {
			throw new ComplaintException("complaints.error.done-needs-photo-or-reason");
		}
		if (status == complaint.getStatus() && text == null && photos.isEmpty()) {
			// บันทึก pressed on an unchanged form: nothing to record, and no empty status message to the citizen
			throw new ComplaintException("complaints.error.nothing-changed");
		}
		if (text != null && text.length() > 2000) {
			throw new ComplaintException("complaints.error.note-too-long");
		}
		String duplicateOf = null;
		if (status == ComplaintStatus.DUPLICATE) {
			Complaint original = duplicateOfTicket == null ? null : byTicket(duplicateOfTicket).orElse(null);
			if (original == null || original.getId().equals(id)) {
				throw new ComplaintException("complaints.error.duplicate-needs-original");
			}
			duplicateOf = original.getId();
		}
		Instant now = this.clock.instant();
		Complaint.Entry entry = new Complaint.Entry(status, now, by, text, internal, photos, complaint.getDivisionId());
		Update update = new Update().push(Complaint.TIMELINE, entry)
			.set(Complaint.STATUS, status)
			.set(Complaint.UPDATED_AT, now);
		String stage = status == ComplaintStatus.DONE ? Complaint.Photo.AFTER : "step";
		for (String photo : photos) {
			update.push(Complaint.PHOTOS, new Complaint.Photo(null, photo, stage, now));
		}
		if (status.closed() && !complaint.getStatus().closed()) {
			update.set(Complaint.CLOSED_AT, now);
		}
		if (!status.closed()) {
			update.unset(Complaint.CLOSED_AT);
		}
		if (complaint.getStatus().closed() && !status.closed()) {
			// an officer reopens a closed case: as when the citizen does, the rating of the closing no longer
			// stands and the deadline reminder, the escalation and the still-fixed question may come again
			// (the result date in force stays: the office reopened its own case)
			update.unset(Complaint.RATING)
				.unset(Complaint.RATED_AT)
				.unset(ComplaintDeadlines.REMINDED_AT)
				.unset(ComplaintDeadlines.ESCALATED_AT)
				.unset(ComplaintAftercare.FOLLOW_UP_ASKED);
		}
		if (duplicateOf != null) {
			update.set("duplicateOf", duplicateOf);
		}
		else if (complaint.getDuplicateOf() != null) {
			update.unset("duplicateOf");
		}
		Criteria which = Criteria.where("_id").is(id);
		if (formKey != null) {
			// the key goes in with the change, in the same update: two submits racing apply once
			which = which.and(Complaint.FORM_KEYS).ne(formKey);
			update.push(Complaint.FORM_KEYS, formKey);
		}
		Complaint saved = this.mongo.findAndModify(Query.query(which), update,
				FindAndModifyOptions.options().returnNew(true), Complaint.class);
		if (saved == null) {
			photos.forEach(photo -> this.photoFiles.delete(new Complaint.Photo(null, photo, stage, now)));
			return Optional.empty();
		}
		this.events.publishEvent(
				new ComplaintStatusChanged(id, saved.getTimeline().size() - 1, status, internal));
		return Optional.of(saved);
	}

	/**
	 * Deletes one photo of a case (the office's call under PDPA: a face, a licence plate): the file goes,
	 * the case keeps an internal note of who deleted which photo and when. Returns false when the
	 * photo is no longer there (a second press).
	 */
	public boolean deletePhoto(String id, int index, String by) {
		Complaint complaint = get(id);
		if (index < 0 || index >= complaint.getPhotos().size()) {
			return false;
		}
		Complaint.Photo photo = complaint.getPhotos().get(index);
		Instant now = this.clock.instant();
		Complaint.Entry entry = new Complaint.Entry(complaint.getStatus(), now, by,
				"ลบรูปภาพที่ " + (index + 1) + " (ถ่ายเมื่อ " + org.tidtam.shared.ThaiDates.shortDateTime(photo.addedAt()) + ")",
				true, List.of(), complaint.getDivisionId());
		long pulled = this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(Complaint.PHOTOS).is(photo)),
				new Update().pull(Complaint.PHOTOS, photo).push(Complaint.TIMELINE, entry).set(Complaint.UPDATED_AT, now),
				Complaint.class).getModifiedCount();
		if (pulled == 0) {
			return false;
		}
		this.photoFiles.delete(photo);
		return true;
	}

	/**
	 * Assigns or forwards the case to a division; its head is told. A case moved to another division may
	 * be reminded of its result date again: the reminder the division it left had is no use to the new one.
	 */
	public Complaint assign(String id, String divisionId, String by, String note) {
		Instant now = this.clock.instant();
		Complaint before = get(id);
		Complaint.Entry entry = new Complaint.Entry(before.getStatus(), now, by, note == null || note.isBlank() ? null : note.strip(),
				true, List.of(), divisionId);
		Update update = new Update().set(Complaint.DIVISION_ID, divisionId)
			.push(Complaint.TIMELINE, entry)
			.set(Complaint.UPDATED_AT, now);
		if (divisionId != null && !divisionId.equals(before.getDivisionId())) {
			update.unset(ComplaintDeadlines.REMINDED_AT);
		}
		Complaint saved = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id)), update,
				FindAndModifyOptions.options().returnNew(true), Complaint.class);
		this.events.publishEvent(new ComplaintForwarded(id, divisionId, before.getDivisionId()));
		return saved;
	}

	/**
	 * The citizen rates a done case 1–5 (a later rating replaces it). Only the filer may, and only while
	 * the case stands done: a button under an earlier closing does not rate a case reopened since.
	 */
	public boolean rate(String id, String lineUserId, int rating) {
		if (rating < 1 || rating > 5) {
			return false;
		}
		return this.mongo.updateFirst(Query.query(Criteria.where("_id")
			.is(id)
			.and(Complaint.LINE_USER_ID)
			.is(lineUserId)
			.and(Complaint.STATUS)
			.is(ComplaintStatus.DONE)),
				Update.update(Complaint.RATING, rating).set(Complaint.RATED_AT, this.clock.instant()), Complaint.class)
			.getModifiedCount() == 1;
	}

	/**
	 * "ยังไม่ได้รับการแก้ไข": a done case opens again (counted) and its division is alerted. It gets a fresh
	 * result date (the category's business days from today: the old one has usually passed), and the
	 * deadline reminder, escalation and still-fixed question may come again for this new round.
	 */
	public Optional<Complaint> reopen(String id, String lineUserId) {
		Instant now = this.clock.instant();
		Complaint current = find(id).orElse(null);
		if (current == null) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.ofInstant(now, ThaiDates.BANGKOK);
		LocalDate resultBy = this.categories.find(current.getCategoryId())
			.map(category -> this.businessDays.plus(today, category.getResultDays()))
			.orElse(current.getResultBy());
		Complaint.Entry entry = new Complaint.Entry(ComplaintStatus.IN_PROGRESS, now, Complaint.Entry.BY_CITIZEN, "ผู้แจ้งแจ้งว่ายังไม่ได้รับการแก้ไข",
				false, List.of(), current.getDivisionId());
		Complaint saved = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(id).and(Complaint.LINE_USER_ID).is(lineUserId).and(Complaint.STATUS)
					.is(ComplaintStatus.DONE)),
				new Update().set(Complaint.STATUS, ComplaintStatus.IN_PROGRESS)
					.inc(Complaint.REOPENED, 1)
					.unset(Complaint.CLOSED_AT)
					.unset(Complaint.RATING)
					.unset(Complaint.RATED_AT)
					.set(Complaint.RESULT_BY, resultBy)
					.push(Complaint.EARLIER_RESULT_BY, new Complaint.EarlierDeadline(current.getResultBy(), now))
					.unset(ComplaintDeadlines.REMINDED_AT)
					.unset(ComplaintDeadlines.ESCALATED_AT)
					.unset(ComplaintAftercare.FOLLOW_UP_ASKED)
					.push(Complaint.TIMELINE, entry)
					.set(Complaint.UPDATED_AT, now),
				FindAndModifyOptions.options().returnNew(true), Complaint.class);
		if (saved == null) {
			return Optional.empty();
		}
		this.events.publishEvent(new ComplaintReopened(id, saved.getDivisionId(), saved.getReopenCount()));
		return Optional.of(saved);
	}

	private Optional<Complaint> byKey(String key) {
		if (key == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(Criteria.where(Complaint.IDEMPOTENCY_KEY).is(key)), Complaint.class));
	}

}
