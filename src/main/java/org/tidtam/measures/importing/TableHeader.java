package org.tidtam.measures.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A measures table's header, recognised by keywords rather than by position, so tables in a new
 * order or with extra columns still import. A header may span two rows (seed 002 puts ดำเนินการแล้ว /
 * ยังไม่ดำเนินการ under การกำกับติดตาม); the texts of both rows are read together, column by column.
 */
final class TableHeader {

	private static final int MAX_HEADER_CELL = 80;

	private static final Set<String> NUMBER_WORDS = Set.of("ที่", "ลำดับ", "ลำดับที่", "ข้อ", "no", "#", "ลำดับข้อ");

	private static final Pattern DIGIT = Pattern.compile("[0-9๐-๙]");

	private static final Pattern NOT_DONE = Pattern.compile("ยังไม่(?:ได้)?(?:ดำเนินการ|แล้วเสร็จ)|notdone");

	private static final Pattern DONE = Pattern.compile("ดำเนินการแล้ว|แล้วเสร็จ|^done");

	final List<String> texts = new ArrayList<>();

	final Map<Field, Integer> index = new EnumMap<>(Field.class);

	/** The follow-up wording of the header (e.g. รายงานความก้าวหน้าและสรุปผล), a cadence for the whole table. */
	String followUpText = "";

	int width;

	private TableHeader(List<String> cells) {
		texts.addAll(cells);
		resolve();
	}

	/** The header a row is, or null when it is not the header of a measures table. */
	static TableHeader detect(List<String> cells) {
		if (!headerLike(cells, 2)) {
			return null;
		}
		TableHeader h = new TableHeader(cells);
		boolean hasTitle = h.index.containsKey(Field.TITLE);
		boolean hasMore = h.index.containsKey(Field.STEPS) || h.index.containsKey(Field.OWNERS)
				|| h.index.containsKey(Field.FOLLOW_UP) || h.index.containsKey(Field.STATUS_DONE)
				|| h.index.containsKey(Field.STATUS_NOT_DONE);
		return hasTitle && hasMore ? h : null;
	}

	/**
	 * A row of header words only, no numbers: a second header row right under a header, or, after other
	 * text, the header of some other table (scores, questions) that ends a measures table.
	 */
	static boolean onlyHeaderWords(List<String> cells) {
		return headerLike(cells, 1)
				&& cells.stream().filter(c -> !c.isBlank()).allMatch(c -> !DIGIT.matcher(c).find() && !classify(c).isEmpty());
	}

	TableHeader withSubHeader(List<String> cells) {
		List<String> merged = new ArrayList<>();
		for (int i = 0; i < Math.max(texts.size(), cells.size()); i++) {
			String top = i < texts.size() ? texts.get(i) : "";
			String below = i < cells.size() ? cells.get(i) : "";
			merged.add((top + " " + below).strip());
		}
		return new TableHeader(merged);
	}

	boolean sameColumnsAs(TableHeader other) {
		return index.equals(other.index);
	}

	Integer column(Field f) {
		return index.get(f);
	}

	boolean has(Field f) {
		return index.containsKey(f);
	}

	/** Header texts with the field each was read as, for the preview. */
	List<ImportText> describe() {
		List<ImportText> out = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String t = texts.get(i);
			if (t.isBlank()) {
				continue;
			}
			List<ImportText> fields = new ArrayList<>();
			for (Map.Entry<Field, Integer> e : index.entrySet()) {
				if (e.getValue() == i) {
					fields.add(e.getKey().wording());
				}
			}
			out.add(fields.isEmpty() ? ImportText.of("plan.import.column.unused", t)
					: ImportText.of("plan.import.column", t, ImportText.list(fields)));
		}
		return out;
	}

	private static boolean headerLike(List<String> cells, int minClassified) {
		int nonEmpty = 0;
		int classified = 0;
		for (String c : cells) {
			if (c.isBlank()) {
				continue;
			}
			nonEmpty++;
			if (c.length() > MAX_HEADER_CELL || NumberedList.leadingNumber(c) >= 0) {
				return false;
			}
			// "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่" names an indicator: with a digit it is data, not a header word
			if (!DIGIT.matcher(c).find() && !classify(c).isEmpty()) {
				classified++;
			}
		}
		return classified >= minClassified && classified * 2 >= nonEmpty;
	}

	/** The fields a header text names; two for a merged "ดำเนินการแล้ว ยังไม่ดำเนินการ" or a สถานะ column. */
	static List<Field> classify(String text) {
		String k = DivisionNames.key(text);
		if (k.isEmpty()) {
			return List.of();
		}
		if (k.contains("หมายเหตุ") || k.equals("notes")) {
			return List.of(Field.NOTES);
		}
		boolean notDone = NOT_DONE.matcher(k).find();
		boolean done = DONE.matcher(NOT_DONE.matcher(k).replaceAll("")).find();
		if ((notDone && done) || k.contains("สถานะ") || k.equals("status")) {
			return List.of(Field.STATUS_DONE, Field.STATUS_NOT_DONE);
		}
		if (notDone) {
			return List.of(Field.STATUS_NOT_DONE);
		}
		if (done) {
			return List.of(Field.STATUS_DONE);
		}
		if (k.contains("รับผิดชอบ") || k.contains("owner") || k.contains("responsible")) {
			return List.of(Field.OWNERS);
		}
		if (followUpWords(k)) {
			return List.of(Field.FOLLOW_UP);
		}
		if (k.contains("ขั้นตอน") || k.contains("วิธีการ") || k.contains("วิธีดำเนินการ") || k.contains("step")) {
			return List.of(Field.STEPS);
		}
		if (k.contains("มาตรการ") || k.contains("แนวทาง") || k.contains("measure")) {
			return List.of(Field.TITLE);
		}
		if (k.contains("ตัวชี้วัด") || k.contains("indicator")) {
			return List.of(Field.INDICATOR);
		}
		if (k.contains("ประเด็น") || k.contains("จุดอ่อน") || k.contains("ข้อบกพร่อง") || k.contains("weakness")) {
			return List.of(Field.WEAKNESS);
		}
		if (NUMBER_WORDS.contains(k)) {
			return List.of(Field.NUMBER);
		}
		return List.of();
	}

	private static boolean followUpWords(String k) {
		return k.contains("ติดตาม") || k.contains("รายงานความก้าวหน้า") || k.contains("กำหนดเวลา")
				|| k.contains("ระยะเวลา") || k.contains("follow");
	}

	private void resolve() {
		int bestTitle = -1;
		int bestTitleScore = -1;
		List<Integer> titleColumns = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String t = texts.get(i);
			if (!t.isBlank()) {
				width = i + 1;
			}
			String k = DivisionNames.key(t);
			if (followUpWords(k) && followUpText.isEmpty()) {
				followUpText = NumberedList.clean(t);
			}
			for (Field f : classify(t)) {
				if (f == Field.TITLE) {
					titleColumns.add(i);
					int score = k.startsWith("มาตรการ") ? 3 : k.contains("มาตรการ") ? 2 : 1;
					if (score > bestTitleScore) {
						bestTitle = i;
						bestTitleScore = score;
					}
				}
				else {
					index.putIfAbsent(f, i);
				}
			}
		}
		if (bestTitle >= 0) {
			index.put(Field.TITLE, bestTitle);
		}
		for (int i : titleColumns) {
			// "แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ" beside a "มาตรการ" column is the approach: the steps
			if (i != bestTitle && DivisionNames.key(texts.get(i)).contains("แนวทาง")) {
				index.putIfAbsent(Field.STEPS, i);
			}
		}
	}

}
