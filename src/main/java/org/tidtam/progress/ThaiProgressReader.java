package org.tidtam.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what staff type about their work: a status and a percent out of Thai phrasing ("เสร็จแล้ว",
 * "กำลังทำ", "ติดปัญหางบประมาณ", "ร้อยละ ๕๐"), links, and the shorthand {@code #3 ข้อความ 80%}
 * (measure 3 of the sender's division). A guess only: what it reads is always shown to the person
 * to confirm or fix before anything is recorded.
 */
public final class ThaiProgressReader {

	/** What was understood; {@code status} or {@code percent} is null when the text does not say. */
	public record Reading(ProgressStatus status, Integer percent, List<String> links) {

		public Reading {
			links = List.copyOf(links);
		}

	}

	/** {@code #3 ทำป้ายแล้ว 80%}: the measure number and what follows it (possibly empty). */
	public record Shorthand(int measureNumber, String text) {
	}

	private static final Pattern SHORTHAND = Pattern.compile("^\\s*[#＃]\\s*(\\d{1,3})(?:\\s+|$)(.*)$", Pattern.DOTALL);

	private static final Pattern PERCENT = Pattern
		.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*(?:%|％|เปอร์เซ็นต์|เปอร์เซ็นต์|เปอร์เซ็น|เปอร์เซนต์|percent)",
				Pattern.CASE_INSENSITIVE);

	private static final Pattern PERCENT_WORDS = Pattern.compile("(?:ร้อยละ|คิดเป็น)\\s*(\\d{1,3}(?:[.,]\\d+)?)");

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'）)]+", Pattern.CASE_INSENSITIVE);

	/** Negated troubles: "ไม่มีปัญหา" is not a block. */
	private static final Pattern NO_TROUBLE = Pattern
		.compile("(?:ไม่มี|ไม่ได้|ไม่|ไม่พบ)\\s*(?:ติด)?\\s*(?:ปัญหา|อุปสรรค|ติดขัด)(?:\\s*(?:ใดๆ|ใด ๆ|อะไร))?");

	private static final List<String> BLOCKED = List.of("ติดปัญหา", "มีปัญหา", "อุปสรรค", "ติดขัด", "ขัดข้อง",
			"ติดงบ", "ไม่มีงบ", "งบไม่พอ", "ขาดงบ", "รองบ", "รออนุมัติ", "ติดระเบียบ", "ติดค้าง",
			"ไม่ผ่าน", "ทำไม่ได้", "ดำเนินการไม่ได้", "ไม่สามารถ", "ชะงัก", "ไม่สำเร็จ", "ไม่บรรลุ", "blocked");

	/**
	 * "Not finished" said the common way, with the verb between ยัง and ไม่ ("ยังทำไม่เสร็จ") or ไม่ alone
	 * ("ติดตั้งไม่เสร็จ"): it holds a word for done ("เสร็จ") but says the work goes on.
	 */
	private static final Pattern NOT_FINISHED = Pattern.compile("ไม่\\s*(?:ได้)?\\s*(?:แล้ว)?\\s*(?:เสร็จ|เรียบร้อย|ครบ)");

	private static final List<String> NOT_DONE = List.of("ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ", "ยังไม่ได้ทำ", "ยังไม่ทำ",
			"ยังไม่ได้เริ่ม", "ยังไม่เริ่ม", "ไม่ได้ดำเนินการ", "ไม่ได้ทำ", "ยังไม่มีความคืบหน้า", "ยังไม่คืบหน้า", "ยังไม่ได้จัด",
			"ยังไม่ได้", "ยังไม่มี", "not started");

	private static final List<String> IN_PROGRESS = List.of("ยังไม่เสร็จ", "ยังไม่แล้วเสร็จ", "ยังไม่เรียบร้อย", "ยังไม่ครบ",
			"เกือบเสร็จ", "ใกล้เสร็จ", "ใกล้จะเสร็จ", "จวนเสร็จ", "กำลัง", "อยู่ระหว่าง", "ระหว่างดำเนินการ", "ระหว่างการ",
			"บางส่วน", "คืบหน้า", "เริ่มแล้ว", "เริ่มดำเนินการ", "ดำเนินการไปแล้ว", "ทำไปแล้ว", "ดำเนินการต่อ", "in progress");

	private static final List<String> DONE = List.of("เสร็จ", "เรียบร้อย", "ดำเนินการแล้ว", "ทำแล้ว", "ครบถ้วน",
			"ครบแล้ว", "ปิดงาน", "จบแล้ว", "สำเร็จ", "บรรลุ", "done", "ok แล้ว");

	private ThaiProgressReader() {
	}

	/** Thai digits (๐–๙) as Arabic ones, so "๘๐ %" reads as 80. */
	public static String arabicDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
		}
		return out.toString();
	}

	/** The shorthand "#3 …", if the text starts with it. */
	public static Optional<Shorthand> shorthand(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = SHORTHAND.matcher(arabicDigits(text));
		if (!m.matches()) {
			return Optional.empty();
		}
		int number = Integer.parseInt(m.group(1));
		return number == 0 ? Optional.empty() : Optional.of(new Shorthand(number, m.group(2).strip()));
	}

	public static Reading read(String text) {
		if (text == null || text.isBlank()) {
			return new Reading(null, null, List.of());
		}
		String plain = arabicDigits(text);
		List<String> links = new ArrayList<>();
		Matcher link = LINK.matcher(plain);
		while (link.find()) {
			links.add(link.group().replaceAll("[.,;:!?]+$", ""));
		}
		// words are read without the links (a URL may hold "done" or digits and a %)
		String words = LINK.matcher(plain).replaceAll(" ");
		Integer percent = percent(words);
		ProgressStatus status = status(words.toLowerCase(java.util.Locale.ROOT));
		if (percent != null) {
			if (status == null || status == ProgressStatus.DONE) {
				status = percent >= 100 ? ProgressStatus.DONE : percent == 0 ? ProgressStatus.NOT_DONE
						: ProgressStatus.IN_PROGRESS;
			}
			else if (status == ProgressStatus.NOT_DONE && percent > 0) {
				status = ProgressStatus.IN_PROGRESS;
			}
		}
		return new Reading(status, percent, links);
	}

	private static Integer percent(String words) {
		Matcher m = PERCENT.matcher(words);
		Integer found = null;
		while (m.find()) {
			found = asPercent(m.group(1));
		}
		if (found == null) {
			Matcher w = PERCENT_WORDS.matcher(words);
			while (w.find()) {
				found = asPercent(w.group(1));
			}
		}
		if (found == null && (words.contains("ครึ่งหนึ่ง") || words.contains("ได้ครึ่ง"))) {
			found = 50;
		}
		return found;
	}

	private static Integer asPercent(String number) {
		double value = Double.parseDouble(number.replace(',', '.'));
		return value < 0 || value > 100 ? null : (int) Math.round(value);
	}

	private static ProgressStatus status(String words) {
		String t = NO_TROUBLE.matcher(words).replaceAll(" ");
		if (containsAny(t, BLOCKED)) {
			return ProgressStatus.BLOCKED;
		}
		if ((containsAny(t, IN_PROGRESS) || NOT_FINISHED.matcher(t).find()) && !startsNotDone(t)) {
			return ProgressStatus.IN_PROGRESS;
		}
		if (containsAny(t, NOT_DONE)) {
			return ProgressStatus.NOT_DONE;
		}
		if (containsAny(t, DONE)) {
			return ProgressStatus.DONE;
		}
		// "ติดตั้งป้ายแล้ว", "ติดประกาศแล้วนะครับ": แล้ว (already) reports a thing done
		if (t.replace("แล้วแต่", "").contains("แล้ว")) {
			return ProgressStatus.DONE;
		}
		return null;
	}

	/** "ยังไม่ได้เริ่มดำเนินการ" holds "เริ่มดำเนินการ" but says nothing was started. */
	private static boolean startsNotDone(String t) {
		return t.contains("ยังไม่ได้เริ่ม") || t.contains("ยังไม่เริ่ม");
	}

	private static boolean containsAny(String text, List<String> words) {
		for (String w : words) {
			if (text.contains(w)) {
				return true;
			}
		}
		return false;
	}

}
