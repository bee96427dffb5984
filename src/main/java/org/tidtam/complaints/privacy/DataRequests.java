package org.tidtam.complaints.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.tidtam.complaints.Complaint;
import org.tidtam.shared.ThaiDates;

/**
 * Citizens' PDPA requests: recorded once from chat, decided by a coordinator, answered in LINE within
 * the 30 days the law gives. Approving a copy sends the citizen what the office holds about them;
 * approving a deletion erases their complaints' personal data at once.
 */
@Service
public class DataRequests {

	/** What the law allows for an answer (PDPA s. 30: within 30 days). */
	public static final int ANSWER_WITHIN_DAYS = 30;

	private final MongoTemplate mongo;

	private final PersonalDataEraser eraser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DataRequests(MongoTemplate mongo, PersonalDataEraser eraser, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.eraser = eraser;
		this.events = events;
		this.clock = clock;
		mongo.indexOps(DataRequest.COLLECTION).createIndex(new Index().on("key", Sort.Direction.ASC).unique().named("key"));
	}

	/** Records a request once per {@code key}; the same key again returns the first one. */
	public DataRequest submit(String lineUserId, DataRequest.Kind kind, String key) {
		Optional<DataRequest> earlier = byKey(key);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		DataRequest request = new DataRequest();
		request.setKey(key);
		request.setLineUserId(lineUserId);
		request.setKind(kind);
		request.setRequestedAt(this.clock.instant());
		request.setNumber("PD-" + ThaiDates.buddhistYear(LocalDate.now(this.clock)) + "-"
				+ Long.toString(this.clock.millis() % 1_000_000_000L, 36).toUpperCase());
		try {
			return this.mongo.insert(request);
		}
		catch (DuplicateKeyException raced) {
			return byKey(key).orElseThrow(() -> raced);
		}
	}

	public List<DataRequest> pending() {
		return this.mongo.find(Query.query(Criteria.where("status").is(DataRequest.Status.PENDING))
			.with(Sort.by("requestedAt")), DataRequest.class);
	}

	public List<DataRequest> recent(int limit) {
		return this.mongo.find(Query.query(Criteria.where("status").ne(DataRequest.Status.PENDING))
			.with(Sort.by(Sort.Direction.DESC, "decidedAt"))
			.limit(limit), DataRequest.class);
	}

	public Optional<DataRequest> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, DataRequest.class));
	}

	/**
	 * Approves or rejects a pending request, once (a second press finds it decided and does nothing);
	 * returns whether this call decided it.
	 */
	public boolean decide(String id, boolean approve, String by, String reason) {
		DataRequest request = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(id).and("status").is(DataRequest.Status.PENDING)),
				new Update().set("status", approve ? DataRequest.Status.DONE : DataRequest.Status.REJECTED)
					.set("decidedBy", by)
					.set("decidedAt", this.clock.instant())
					.set("reason", reason == null || reason.isBlank() ? null : reason.strip()),
				FindAndModifyOptions.options().returnNew(true), DataRequest.class);
		if (request == null) {
			return false;
		}
		String text;
		if (!approve) {
			text = "คำขอเลขที่ " + request.getNumber() + " ไม่ได้รับการอนุมัติ"
					+ (request.getReason() == null ? "" : " เนื่องจาก " + request.getReason())
					+ " หากมีข้อสงสัยติดต่อหน่วยงานได้ค่ะ";
		}
		else if (request.getKind() == DataRequest.Kind.DELETE) {
			int erased = this.eraser.eraseFor(request.getLineUserId());
			text = "ลบข้อมูลส่วนบุคคลตามคำขอเลขที่ " + request.getNumber() + " แล้วค่ะ (เรื่องร้องเรียน " + erased
					+ " เรื่อง: ชื่อ เบอร์โทร ตำแหน่งที่ตั้ง รูปภาพ และบัญชี LINE ที่ผูกกับเรื่อง) สถิติที่ไม่ระบุตัวบุคคลยังคงอยู่";
		}
		else {
			text = copyOf(request);
		}
		this.events.publishEvent(new DataRequestAnswered(request.getId(), request.getLineUserId(), text));
		return true;
	}

	/** What the office holds about the citizen, in Thai, as the copy they asked for. */
	String copyOf(DataRequest request) {
		List<Complaint> theirs = this.mongo.find(Query.query(Criteria.where(Complaint.LINE_USER_ID).is(request.getLineUserId()))
			.with(Sort.by(Complaint.CREATED_AT)), Complaint.class);
		StringBuilder text = new StringBuilder("สำเนาข้อมูลส่วนบุคคลของท่าน ตามคำขอเลขที่ ").append(request.getNumber());
		if (theirs.isEmpty()) {
			text.append("\n\nหน่วยงานไม่มีเรื่องร้องเรียนที่ผูกกับบัญชี LINE นี้ค่ะ");
		}
		for (Complaint c : theirs) {
			text.append("\n\nเรื่องเลขที่ ").append(c.getTicket())
				.append("\nวันที่แจ้ง ").append(ThaiDates.shortDateTime(c.getCreatedAt()))
				.append("\nประเภท ").append(c.getCategoryName())
				.append("\nสถานะ ").append(c.getStatus().thai())
				.append("\nรายละเอียด ").append(c.getDescription());
			if (c.getContact() != null && c.getContact().name() != null) {
				text.append("\nชื่อ ").append(c.getContact().name());
			}
			if (c.getContact() != null && c.getContact().phone() != null) {
				text.append("\nโทรศัพท์ ").append(c.getContact().phone());
			}
			if (c.getPlace() != null && c.getPlace().address() != null) {
				text.append("\nสถานที่ ").append(c.getPlace().address());
			}
			text.append("\nรูปภาพ ").append(c.getPhotos().size()).append(" รูป");
		}
		return text.toString();
	}

	private Optional<DataRequest> byKey(String key) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where("key").is(key)), DataRequest.class));
	}

}
