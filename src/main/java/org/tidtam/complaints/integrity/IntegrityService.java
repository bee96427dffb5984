package org.tidtam.complaints.integrity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.tidtam.complaints.TicketNumbers;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * Corruption reports: filing (evidence moved out of the chat bucket into its own), the reporter adding
 * information, integrity officers reading (audited) and answering, and counts for everyone else.
 * Methods that show content take the officer's name and record the access; callers check the role.
 */
@Service
public class IntegrityService {

	public static final String EVIDENCE_BUCKET = "integrity_evidence";

	/** The LINE adapter's bucket (LineMediaStore.BUCKET), read here by name only. */
	static final String CHAT_BUCKET = "line_media";

	public record Content(byte[] bytes, String contentType, String fileName) {
	}

	/** What the reporter is told: the ticket, the status and the officer's public note, never who. */
	public record ReporterMessage(String lineUserId, String ticket, IntegrityStatus status, String note) {
	}

	private final MongoTemplate mongo;

	private final TicketNumbers tickets;

	private final IntegritySeal seal;

	private final IntegrityAudit audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IntegrityService(MongoTemplate mongo, TicketNumbers tickets, IntegritySeal seal, IntegrityAudit audit,
			ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.tickets = tickets;
		this.seal = seal;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Files a report; the same dialog filing twice files once. Returns the ticket number. */
	public String submit(NewIntegrityReport filed) {
		// the dialog id names the chat (the LINE user): kept only as a keyed hash
		String key = filed.idempotencyKey() == null ? null : this.seal.lookup(filed.idempotencyKey());
		IntegrityReport earlier = byKey(key);
		if (earlier != null) {
			return earlier.getTicket();
		}
		Instant now = this.clock.instant();
		FiscalYear year = FiscalYear.containing(LocalDate.ofInstant(now, ThaiDates.BANGKOK));
		IntegrityReport report = new IntegrityReport();
		report.setTicket(this.tickets.next(TicketNumbers.INTEGRITY, year));
		report.setFiscalYear(year.buddhistYear());
		report.setDescription(filed.description());
		report.setAnonymous(filed.anonymous());
		if (!filed.anonymous()) {
			report.setReporterName(filed.name());
			report.setReporterPhone(filed.phone());
		}
		report.setReporterSealed(this.seal.seal(filed.lineUserId()));
		report.setReporterLookup(this.seal.lookup(filed.lineUserId()));
		report.setEvidence(new ArrayList<>(moveEvidence(filed.evidenceMessageIds(), now)));
		report.getTimeline().add(new IntegrityReport.Entry(IntegrityStatus.RECEIVED, now, null, null, null));
		report.setCreatedAt(now);
		report.setIdempotencyKey(key);
		IntegrityReport saved;
		try {
			saved = this.mongo.insert(report);
		}
		catch (DuplicateKeyException raced) {
			return byKey(key).getTicket();
		}
		this.events.publishEvent(new IntegrityReportReceived(saved.getId(), false));
		return saved.getTicket();
	}

	/** The status of the reporter's own report, or empty when this ticket is not theirs (reveals nothing). */
	public Optional<IntegrityStatus> statusForReporter(String lineUserId, String ticket) {
		return Optional.ofNullable(ownReport(lineUserId, ticket)).map(IntegrityReport::getStatus);
	}

	/** The reporter adds words and files to their own report; false when the ticket is not theirs. */
	public boolean addInformation(String lineUserId, String ticket, String text, List<String> evidenceMessageIds,
			String dialogId) {
		IntegrityReport report = ownReport(lineUserId, ticket);
		if (report == null) {
			return false;
		}
		String key = dialogId == null ? null : this.seal.lookup(dialogId);
		if (key != null && report.getAdditionKeys().contains(key)) {
			return true; // the same dialog completing again after a redelivery
		}
		Instant now = this.clock.instant();
		IntegrityReport.Addition addition = new IntegrityReport.Addition(now, text, moveEvidence(evidenceMessageIds, now));
		Update update = new Update().push("additions", addition);
		if (key != null) {
			update.addToSet("additionKeys", key);
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(report.getId())), update, IntegrityReport.class);
		this.events.publishEvent(new IntegrityReportReceived(report.getId(), true));
		return true;
	}

	/** Every report, newest first: for integrity officers, audited. */
	public List<IntegrityReport> list(String officer) {
		this.audit.record(officer, "list", null, null);
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, IntegrityReport.CREATED_AT)),
				IntegrityReport.class);
	}

	/** One page of the reports, newest first, with how many there are in all: for integrity officers, audited. */
	public org.springframework.data.domain.Page<IntegrityReport> list(String officer,
			org.springframework.data.domain.Pageable pageable) {
		this.audit.record(officer, "list", null, null);
		long total = this.mongo.count(new Query(), IntegrityReport.class);
		List<IntegrityReport> content = this.mongo.find(new Query()
			.with(Sort.by(Sort.Direction.DESC, IntegrityReport.CREATED_AT))
			.skip(pageable.getOffset())
			.limit(pageable.getPageSize()), IntegrityReport.class);
		return new org.springframework.data.domain.PageImpl<>(content, pageable, total);
	}

	/** One report: for integrity officers, audited. */
	public Optional<IntegrityReport> read(String id, String officer) {
		IntegrityReport report = this.mongo.findById(id, IntegrityReport.class);
		if (report != null) {
			this.audit.record(officer, "read", id, report.getTicket());
		}
		return Optional.ofNullable(report);
	}

	/** An evidence file of a report (of its first filing, then of the additions in order): audited. */
	public Optional<Content> evidence(String id, int index, String officer) {
		IntegrityReport report = this.mongo.findById(id, IntegrityReport.class);
		if (report == null) {
			return Optional.empty();
		}
		List<IntegrityReport.Evidence> all = new ArrayList<>(report.getEvidence());
		report.getAdditions().forEach(a -> all.addAll(a.evidence()));
		if (index < 0 || index >= all.size()) {
			return Optional.empty();
		}
		this.audit.record(officer, "evidence:" + index, id, report.getTicket());
		IntegrityReport.Evidence e = all.get(index);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		bucket(EVIDENCE_BUCKET).downloadToStream(new ObjectId(e.fileId()), out);
		return Optional.of(new Content(out.toByteArray(), e.contentType(), e.fileName()));
	}

	/** An officer changes the status and/or writes to the reporter; the reporter hears the public part. */
	public boolean changeStatus(String id, IntegrityStatus status, String publicNote, String internalNote,
			String officer) {
		Instant now = this.clock.instant();
		IntegrityReport before = this.mongo.findById(id, IntegrityReport.class);
		if (before == null) {
			throw new IllegalArgumentException("No report " + id);
		}
		boolean statusChanged = before.getStatus() != status;
		if (!statusChanged && blankToNull(publicNote) == null && blankToNull(internalNote) == null) {
			// บันทึก pressed on an unchanged form: nothing to record, nothing to tell the reporter
			throw new NothingChanged();
		}
		IntegrityReport.Entry entry = new IntegrityReport.Entry(status, now, officer, blankToNull(publicNote),
				blankToNull(internalNote));
		Update update = new Update().push("timeline", entry).set(IntegrityReport.STATUS, status);
		if (status == IntegrityStatus.CLOSED) {
			update.set("closedAt", now);
		}
		IntegrityReport saved = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id)), update,
				FindAndModifyOptions.options().returnNew(true), IntegrityReport.class);
		if (saved == null) {
			throw new IllegalArgumentException("No report " + id);
		}
		this.audit.record(officer, "status", id, saved.getTicket());
		boolean tell = statusChanged || blankToNull(publicNote) != null;
		if (tell) {
			// an internal note alone is the officers' business: the reporter hears of a new status or a word for them
			this.events.publishEvent(new IntegrityReportChanged(id, saved.getTimeline().size() - 1));
		}
		return tell;
	}

	/** A status form sent with the same status and no note: nothing is recorded or sent. */
	public static final class NothingChanged extends RuntimeException {

		NothingChanged() {
			super("Nothing changed");
		}

	}

	/** For the LINE adapter only: whom to tell about a change and what (no officer names). */
	public Optional<ReporterMessage> reporterMessage(String id, int entry) {
		IntegrityReport report = this.mongo.findById(id, IntegrityReport.class);
		if (report == null || report.getReporterSealed() == null || entry >= report.getTimeline().size()) {
			return Optional.empty();
		}
		IntegrityReport.Entry e = report.getTimeline().get(entry);
		return Optional.of(new ReporterMessage(this.seal.open(report.getReporterSealed()), report.getTicket(), e.status(),
				e.publicNote()));
	}

	/** The ticket of a report (for notices to integrity officers, which carry no content). */
	public Optional<String> ticketOf(String id) {
		IntegrityReport report = this.mongo.findById(id, IntegrityReport.class);
		return Optional.ofNullable(report).map(IntegrityReport::getTicket);
	}

	/** Counts for everyone: the fiscal year's total and by status. */
	/** How many reports came in during [from, to): a count only, for summaries. */
	public long receivedBetween(Instant from, Instant to) {
		return this.mongo.count(Query.query(Criteria.where(IntegrityReport.CREATED_AT).gte(from).lt(to)), IntegrityReport.class);
	}

	public IntegrityCounts counts(FiscalYear year) {
		Map<IntegrityStatus, Long> byStatus = new EnumMap<>(IntegrityStatus.class);
		long total = 0;
		for (IntegrityStatus s : IntegrityStatus.values()) {
			long n = this.mongo.count(Query.query(Criteria.where(IntegrityReport.FISCAL_YEAR)
				.is(year.buddhistYear())
				.and(IntegrityReport.STATUS)
				.is(s)), IntegrityReport.class);
			byStatus.put(s, n);
			total += n;
		}
		return new IntegrityCounts(year.buddhistYear(), total, byStatus);
	}

	private IntegrityReport ownReport(String lineUserId, String ticket) {
		if (lineUserId == null || ticket == null) {
			return null;
		}
		return this.mongo.findOne(Query.query(Criteria.where(IntegrityReport.TICKET)
			.is(ticket.strip())
			.and(IntegrityReport.LOOKUP)
			.is(this.seal.lookup(lineUserId))), IntegrityReport.class);
	}

	private IntegrityReport byKey(String key) {
		return key == null ? null
				: this.mongo.findOne(Query.query(Criteria.where("idempotencyKey").is(key)), IntegrityReport.class);
	}

	/** Copies chat files into the integrity bucket and deletes them from the chat bucket. */
	private List<IntegrityReport.Evidence> moveEvidence(List<String> messageIds, Instant now) {
		List<IntegrityReport.Evidence> moved = new ArrayList<>();
		GridFSBucket chat = bucket(CHAT_BUCKET);
		GridFSBucket evidence = bucket(EVIDENCE_BUCKET);
		for (String messageId : messageIds) {
			GridFSFile file = chat.find(Filters.eq("metadata.messageId", messageId)).first();
			if (file == null) {
				continue;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			chat.downloadToStream(file.getObjectId(), out);
			Document meta = file.getMetadata() == null ? new Document() : file.getMetadata();
			String type = meta.getString("contentType");
			ObjectId id = evidence.uploadFromStream(file.getFilename(), new ByteArrayInputStream(out.toByteArray()),
					new GridFSUploadOptions().metadata(new Document("contentType", type)));
			chat.delete(file.getObjectId());
			moved.add(new IntegrityReport.Evidence(id.toHexString(), file.getFilename(), type, out.size(), now));
		}
		return moved;
	}

	private GridFSBucket bucket(String name) {
		return GridFSBuckets.create(this.mongo.getDb(), name);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
