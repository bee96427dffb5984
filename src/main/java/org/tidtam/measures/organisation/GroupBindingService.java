package org.tidtam.measures.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.tidtam.shared.Role;

/** Binds LINE groups to divisions, by the rule of {@link GroupBinding}. */
@Service
public class GroupBindingService {

	private final MongoTemplate mongo;

	private final PersonService people;

	private final DivisionService divisions;

	private final Clock clock;

	public GroupBindingService(MongoTemplate mongo, PersonService people, DivisionService divisions, Clock clock) {
		this.mongo = mongo;
		this.people = people;
		this.divisions = divisions;
		this.clock = clock;
	}

	/** What binding did, with the Thai reply for the group chat. */
	public record Outcome(boolean bound, String message, LineGroupBinding binding) {
	}

	/**
	 * Binds (or re-binds) a group to a division if the LINE user who asked may do so. Re-binding replaces
	 * the earlier division: a group belongs to one division. A group bound to one division is moved to
	 * another only by a coordinator: a head of another division who is in the group (a group of all the
	 * heads, say) does not take it over, which would silently send the first division's reminders and
	 * reports elsewhere.
	 */
	public Outcome bind(String groupId, String divisionId, String lineUserId) {
		Optional<Division> division = this.divisions.find(divisionId).filter(Division::isActive);
		if (division.isEmpty()) {
			return new Outcome(false, "ไม่พบส่วนราชการที่ระบุค่ะ", null);
		}
		Person person = this.people.findByLineUserId(lineUserId).orElse(null);
		GroupBinding.Decision decision = GroupBinding.canBind(person, divisionId);
		if (!decision.allowed()) {
			return new Outcome(false, decision.message(), null);
		}
		Optional<LineGroupBinding> current = bindingOf(groupId);
		if (current.isPresent() && !current.get().getDivisionId().equals(divisionId) && !person.has(Role.COORDINATOR)) {
			String bound = this.divisions.find(current.get().getDivisionId()).map(Division::getName).orElse("ส่วนราชการอื่น");
			return new Outcome(false, "กลุ่มนี้ผูกกับ " + bound + " อยู่แล้วค่ะ การเปลี่ยนกลุ่มไปเป็นของส่วนราชการอื่น"
					+ "ทำได้เฉพาะผู้ประสานงาน ITA ค่ะ", null);
		}
		LineGroupBinding binding = this.mongo
			.save(new LineGroupBinding(groupId, divisionId, person.getId(), this.clock.instant()));
		return new Outcome(true, "ผูกกลุ่มนี้กับ " + division.get().getName() + " เรียบร้อยแล้วค่ะ", binding);
	}

	/** The bot left (or was removed from) the group. */
	public boolean unbind(String groupId) {
		return this.mongo.remove(new Query(Criteria.where("_id").is(groupId)), LineGroupBinding.class)
			.getDeletedCount() > 0;
	}

	public Optional<LineGroupBinding> bindingOf(String groupId) {
		return Optional.ofNullable(this.mongo.findById(groupId, LineGroupBinding.class));
	}

	public List<LineGroupBinding> groupsOf(String divisionId) {
		return this.mongo.find(new Query(Criteria.where(LineGroupBinding.DIVISION_ID).is(divisionId)),
				LineGroupBinding.class);
	}

}
