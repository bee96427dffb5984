package org.tidtam.line.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.tidtam.conversation.ChatRef;
import org.tidtam.conversation.Reply;
import org.tidtam.conversation.UserInput;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.GroupBinding;
import org.tidtam.measures.organisation.GroupBindingService;
import org.tidtam.measures.organisation.LinkingService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.Acknowledgement;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.shared.Role;
import org.tidtam.shared.ThaiDates;

/**
 * What staff do in LINE before any measure: link their LINE account with the one-time code the
 * coordinator gave them (1:1 chat), and bind a division's LINE group to the division (in the group,
 * by the button the bot offers when it joins, or by typing the command). Follows, unfollows and the
 * bot leaving a group keep the links in step.
 */
@Component
public class StaffChat {

	/** The code alone, or after "รหัส"/"รหัสเชื่อมบัญชี": a house number inside a sentence is not a code. */
	private static final Pattern CODE_MESSAGE = Pattern
		.compile("^(รหัส(เชื่อมบัญชี)?\\s*[:：]?\\s*)?[0-9๐-๙]{6}$");

	static final String CODE_IN_GROUP = "รหัสเชื่อมบัญชีต้องส่งในแชตส่วนตัวกับบัญชี LINE ของสำนักงานเท่านั้นค่ะ "
			+ "รหัสที่ส่งในกลุ่มนี้ใช้ไม่ได้แล้ว (สมาชิกคนอื่นเห็นแล้ว) กรุณาขอรหัสใหม่จากผู้ประสานงาน แล้วส่งในแชตส่วนตัว";

	static final Set<String> BIND_COMMANDS = Set.of("ผูกกลุ่มกับส่วนราชการ", "ผูกกลุ่ม", "/bind");

	static final String BIND_DATA = "bind=";

	static final String ACK_DATA = "ack=";

	/** Quick replies hold 13 chips at most. */
	private static final int MAX_CHOICES = 13;

	private final LinkingService linking;

	private final GroupBindingService groups;

	private final PersonService people;

	private final DivisionService divisions;

	private final AssignmentService assignments;

	private final MeasureService measures;

	private final DivisionStatus status;

	public StaffChat(LinkingService linking, GroupBindingService groups, PersonService people,
			DivisionService divisions, AssignmentService assignments, MeasureService measures, DivisionStatus status) {
		this.status = status;
		this.assignments = assignments;
		this.measures = measures;
		this.linking = linking;
		this.groups = groups;
		this.people = people;
		this.divisions = divisions;
	}

	/** An answer when the input is a staff matter (a linking code, a group binding); empty otherwise. */
	public Optional<List<Reply>> respond(ChatRef chat, UserInput input) {
		if (chat.userId() == null) {
			return Optional.empty();
		}
		if (chat.oneToOne() && input instanceof UserInput.Text text && CODE_MESSAGE.matcher(text.text().strip()).matches()) {
			return Optional.of(List.of(Reply.Text.of(this.linking.redeem(chat.userId(), text.text()).message())));
		}
		if (!chat.oneToOne() && input instanceof UserInput.Text text && CODE_MESSAGE.matcher(text.text().strip()).matches()
				&& (this.linking.withdraw(text.text()) || text.text().strip().startsWith("รหัส"))) {
			// a code is for the 1:1 chat: one the whole group has seen could link anyone's account
			return Optional.of(List.of(Reply.Text.of(CODE_IN_GROUP)));
		}
		if (chat.kind() == ChatRef.Kind.GROUP && input instanceof UserInput.Text text
				&& BIND_COMMANDS.contains(command(text.text()))) {
			return Optional.of(askToBind(chat));
		}
		if (chat.kind() == ChatRef.Kind.GROUP && input instanceof UserInput.Choice choice && choice.data() != null
				&& choice.data().startsWith(BIND_DATA)) {
			String divisionId = choice.data().substring(BIND_DATA.length());
			return Optional.of(List.of(Reply.Text.of(this.groups.bind(chat.chatId(), divisionId, chat.userId()).message())));
		}
		// the exact command (or the bot mentioned with it): in a group, other chatter that merely contains it is ignored
		if (input instanceof UserInput.Text text && DivisionStatus.COMMANDS.contains(command(text.text()))) {
			Optional<List<Reply>> answer = this.status.answer(chat);
			if (answer.isPresent()) {
				return answer;
			}
		}
		if (input instanceof UserInput.Choice choice && choice.data() != null && choice.data().startsWith(ACK_DATA)) {
			return Optional.of(List.of(Reply.Text.of(acknowledge(chat, choice.data().substring(ACK_DATA.length())))));
		}
		return Optional.empty();
	}

	/** "รับทราบ" on an assignment notice: recorded once, by a linked head of that division or a coordinator. */
	private String acknowledge(ChatRef chat, String assignmentId) {
		Optional<Person> person = this.people.findByLineUserId(chat.userId()).filter(Person::lineLinked);
		if (person.isEmpty()) {
			return "ขออภัยค่ะ บัญชี LINE นี้ยังไม่ได้เชื่อมกับรายชื่อบุคลากร จึงรับทราบแทนส่วนราชการไม่ได้";
		}
		Optional<Assignment> assignment = this.assignments.find(assignmentId);
		if (assignment.isEmpty() || assignment.get().isArchived()) {
			return "ไม่พบมาตรการนี้แล้วค่ะ อาจถูกยกเลิกหรือแก้ไขผู้รับผิดชอบ";
		}
		boolean ownDivision = assignment.get().getDivisionId().equals(person.get().getDivisionId());
		if (!ownDivision && !person.get().has(Role.COORDINATOR)) {
			return "ขออภัยค่ะ การรับทราบมาตรการทำได้เฉพาะส่วนราชการที่รับผิดชอบค่ะ";
		}
		String number = this.measures.find(assignment.get().getMeasureId()).map(m -> "มาตรการที่ " + m.getNumber()).orElse("มาตรการนี้");
		Acknowledgement result = this.assignments.acknowledge(assignmentId, person.get().getId());
		if (result instanceof Acknowledgement.AlreadyAcknowledged already) {
			String by = this.people.find(already.byPersonId()).map(Person::getName).orElse("-");
			return number + " รับทราบแล้วโดย " + by + " เมื่อ " + ThaiDates.shortDateTime(already.at()) + " น. ค่ะ";
		}
		return "บันทึกการรับทราบ" + number + " แล้วค่ะ ขอบคุณค่ะ (" + person.get().getName() + ")";
	}

	public void followed(String lineUserId) {
		this.linking.followed(lineUserId);
	}

	public void unfollowed(String lineUserId) {
		this.linking.unfollowed(lineUserId);
	}

	public void botLeft(String groupId) {
		this.groups.unbind(groupId);
	}

	private List<Reply> askToBind(ChatRef chat) {
		Optional<Person> person = this.people.findByLineUserId(chat.userId()).filter(Person::lineLinked);
		if (person.isPresent() && person.get().has(Role.DIVISION_HEAD) && person.get().getDivisionId() != null
				&& !person.get().has(Role.COORDINATOR)) {
			// a division head binds the group to their own division at once
			return List.of(Reply.Text.of(this.groups.bind(chat.chatId(), person.get().getDivisionId(), chat.userId()).message()));
		}
		if (person.isPresent() && person.get().has(Role.COORDINATOR)) {
			List<Division> active = this.divisions.active();
			List<Reply.Option> options = new ArrayList<>();
			for (Division division : active.subList(0, Math.min(active.size(), MAX_CHOICES))) {
				options.add(Reply.Option.choose(division.getName(), BIND_DATA + division.getId()));
			}
			if (options.isEmpty()) {
				return List.of(Reply.Text.of("ยังไม่มีส่วนราชการในระบบ กรุณาเพิ่มส่วนราชการในหน้าผู้ดูแลก่อนค่ะ"));
			}
			return List.of(new Reply.Text("กลุ่มนี้เป็นของส่วนราชการใดคะ แตะเลือกด้านล่างได้เลยค่ะ", options));
		}
		// anyone else: the rule's own polite refusal
		return List.of(Reply.Text.of(GroupBinding.canBind(person.orElse(null), null).message()));
	}

	private static String command(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		// "@ติดตาม ผูกกลุ่ม" when the bot is mentioned: the command is the last words
		int at = t.lastIndexOf(' ');
		return t.startsWith("@") && at > 0 ? t.substring(at + 1) : t;
	}

}
