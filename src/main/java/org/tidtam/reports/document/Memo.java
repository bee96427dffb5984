package org.tidtam.reports.document;

import java.time.LocalDate;

/**
 * The head of an official memo (บันทึกข้อความ) as Thai government offices write it. The labels are the
 * fixed words of the form, printed in Thai whatever the reader's language, because the document is an
 * official Thai document.
 *
 * @param agency ส่วนราชการ: the issuing division and organisation
 * @param reference ที่: the memo prefix and number, e.g. "ชม ๕๑๐๐๑/" (the number is often left blank)
 * @param date วันที่
 * @param subject เรื่อง
 * @param to เรียน: the addressee, e.g. "นายกเทศมนตรี"
 */
public record Memo(String agency, String reference, LocalDate date, String subject, String to) {

	public static final String FORM_TITLE = "บันทึกข้อความ";

	public static final String AGENCY = "ส่วนราชการ";

	public static final String REFERENCE = "ที่";

	public static final String DATE = "วันที่";

	public static final String SUBJECT = "เรื่อง";

	public static final String TO = "เรียน";

	public Memo {
		agency = agency == null ? "" : agency;
		reference = reference == null ? "" : reference;
		subject = subject == null ? "" : subject;
		to = to == null ? "" : to;
	}

}
