package org.tidtam.measures.organisation;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.tidtam.shared.ThaiDates;

/**
 * What redeeming a linking code did, with the Thai reply for the chat. The chat adapter picks the reply
 * by {@link #message()}; tests and pages can tell the cases apart by type.
 */
public sealed interface LinkResult {

	/** The Thai reply for the LINE chat. */
	String message();

	/** The account is now linked to the person. */
	record Linked(Person person) implements LinkResult {
		@Override
		public String message() {
			return "เชื่อมบัญชี LINE กับ " + person.addressed() + " เรียบร้อยแล้วค่ะ";
		}
	}

	/** The account was already linked to this same person (the code was typed again). */
	record AlreadyLinked(Person person) implements LinkResult {
		@Override
		public String message() {
			return "บัญชี LINE นี้เชื่อมกับ " + person.addressed() + " อยู่แล้วค่ะ";
		}
	}

	/** The account is linked to someone else; a LINE account speaks for one person only. */
	record LinkedToAnother(Person current) implements LinkResult {
		@Override
		public String message() {
			return "บัญชี LINE นี้เชื่อมกับ " + current.addressed()
					+ " อยู่แล้ว จึงเชื่อมกับบุคคลอื่นไม่ได้ค่ะ หากต้องการเปลี่ยน กรุณาติดต่อผู้ประสานงาน ITA";
		}
	}

	/** No live or past code has this value. */
	record WrongCode() implements LinkResult {
		@Override
		public String message() {
			return "รหัสไม่ถูกต้อง กรุณาตรวจสอบรหัส ๖ หลักที่ได้รับจากผู้ประสานงาน ITA แล้วลองอีกครั้งค่ะ";
		}
	}

	record Expired() implements LinkResult {
		@Override
		public String message() {
			return "รหัสหมดอายุแล้ว กรุณาขอรหัสใหม่จากผู้ประสานงาน ITA";
		}
	}

	record AlreadyUsed() implements LinkResult {
		@Override
		public String message() {
			return "รหัสนี้ถูกใช้ไปแล้ว กรุณาขอรหัสใหม่จากผู้ประสานงาน ITA";
		}
	}

	/** Too many wrong codes from this LINE user; nothing is checked until {@code until}. */
	record LockedOut(Instant until) implements LinkResult {

		private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ThaiDates.BANGKOK);

		@Override
		public String message() {
			return "ลองผิดหลายครั้งเกินไป กรุณาลองใหม่หลังเวลา " + HH_MM.format(until) + " น.";
		}
	}

	/**
	 * The text holds no 6-digit code at all: not a linking attempt, so it is not counted as a wrong try
	 * and the chat can pass the text on to whatever else it may be.
	 */
	record NotACode() implements LinkResult {
		@Override
		public String message() {
			return "กรุณาพิมพ์รหัสเชื่อมบัญชี ๖ หลักที่ได้รับจากผู้ประสานงาน ITA ค่ะ";
		}
	}

}
