package org.tidtam.measures.organisation;

import org.tidtam.shared.Role;

/**
 * Who may bind a LINE group to a division (so that progress sent in the group counts for it): the
 * division's own head, or a coordinator, and only through a linked LINE account: the bot knows people in
 * a group only by their LINE user id. Pure, so the rule is tested without a store.
 */
public final class GroupBinding {

	private GroupBinding() {
	}

	/** Allowed, or refused with a polite Thai reason for the group chat. */
	public record Decision(boolean allowed, String message) {

		static Decision allow() {
			return new Decision(true, "");
		}

		static Decision refuse(String message) {
			return new Decision(false, message);
		}

	}

	/**
	 * @param person the person whose LINE account asked, or null when the account is linked to nobody
	 * @param divisionId the division the group would be bound to
	 */
	public static Decision canBind(Person person, String divisionId) {
		if (person == null || !person.lineLinked()) {
			return Decision.refuse("ขออภัยค่ะ บัญชี LINE นี้ยังไม่ได้เชื่อมกับรายชื่อบุคลากร "
					+ "กรุณาขอรหัสเชื่อมบัญชีจากผู้ประสานงาน ITA ก่อน แล้วจึงผูกกลุ่มกับส่วนราชการค่ะ");
		}
		if (person.has(Role.COORDINATOR)) {
			return Decision.allow();
		}
		if (person.has(Role.DIVISION_HEAD) && divisionId != null && divisionId.equals(person.getDivisionId())) {
			return Decision.allow();
		}
		return Decision.refuse("ขออภัยค่ะ การผูกกลุ่ม LINE กับส่วนราชการทำได้เฉพาะหัวหน้าส่วนราชการนั้น "
				+ "หรือผู้ประสานงาน ITA ค่ะ");
	}

}
