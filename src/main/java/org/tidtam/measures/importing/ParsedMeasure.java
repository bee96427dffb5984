package org.tidtam.measures.importing;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One measure (มาตรการ) as read from the table, before it is saved.
 *
 * @param number unique within the import: the document's number, shifted past the previous tables when
 * a table restarts its numbering (see {@link #documentNumber}); sequential when the document has none
 * @param indicator ตัวชี้วัด as written, or null when the table has no indicator column
 * @param title the measure's title without its leading number
 * @param steps ขั้นตอนหรือวิธีการ split into a list
 * @param ownerTexts ผู้รับผิดชอบ as written, one entry per named owner
 * @param owners the divisions matched, with collectives expanded, in directory order
 * @param cadence how it is followed up
 * @param followUpText the text the cadence was read from
 * @param status done / not done as marked in the table
 * @param sourceLine the 1-based line (or sheet row) where the measure's row starts
 * @param documentNumber the number the document itself gives
 * @param table 1-based order of the table the measure comes from
 * @param weakness ประเด็น / จุดอ่อน as written, or null
 * @param notes หมายเหตุ and columns the importer does not use ("header: value"), or null
 */
public record ParsedMeasure(int number, String indicator, String title, List<String> steps, List<String> ownerTexts,
		Set<DivisionRef> owners, Cadence cadence, String followUpText, Status status, int sourceLine,
		int documentNumber, int table, String weakness, String notes) {

	public ParsedMeasure {
		steps = List.copyOf(steps);
		ownerTexts = List.copyOf(ownerTexts);
		owners = Collections.unmodifiableSet(new LinkedHashSet<>(owners));
	}

	/** สถานะ: as ticked in the ดำเนินการแล้ว / ยังไม่ดำเนินการ columns. */
	public enum Status {

		DONE, NOT_DONE, UNKNOWN

	}

	ParsedMeasure withNumber(int newNumber) {
		return new ParsedMeasure(newNumber, indicator, title, steps, ownerTexts, owners, cadence, followUpText, status,
				sourceLine, documentNumber, table, weakness, notes);
	}

}
