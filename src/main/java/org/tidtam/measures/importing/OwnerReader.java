package org.tidtam.measures.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a ผู้รับผิดชอบ (responsible) cell: "๑. สำนักปลัดเทศบาล ๒. กองคลัง …", "กองคลัง, กองช่าง",
 * "กองคลัง กองช่าง", "ทุกส่วน ราชการ", "สำนักปลัด ฯ นำข้อมูลเผยแพร่บนเว็บไซต์". Known names are found
 * inside the text (longest first), so "และ" inside กองสาธารณสุขและสิ่งแวดล้อม does not split a name. What
 * is left over counts as an unknown owner only when it looks like a division (starts with กอง, สำนัก,
 * ฝ่าย …) or when nothing in the piece matched; otherwise it is a remark about the duty and is ignored.
 */
final class OwnerReader {

	record Owners(List<String> texts, Set<DivisionRef> divisions, List<String> unknown, List<String> emptyCollectives) {
	}

	private static final String ORG_PREFIX = "(?:กอง|สำนัก|ส่วน|ฝ่าย|งาน|ศูนย์|หน่วย|สถานี|โรงเรียน|กลุ่ม|แผนก|สถาบัน|ที่ทำการ|ที่ว่าการ|สาขา|อำเภอ|ศาลา)";

	private static final Pattern STARTS_LIKE_DIVISION = Pattern.compile("^" + ORG_PREFIX);

	private static final Pattern PIECE_SEPARATORS = Pattern.compile("[,，、;；\\n]+");

	private static final Pattern BETWEEN_UNKNOWN_NAMES = Pattern.compile("\\s*(?:และ|กับ|/)\\s*(?=" + ORG_PREFIX + ")|\\s+(?=" + ORG_PREFIX + ")");

	private static final Pattern AND_BEFORE_NAME = Pattern.compile("(?:และ|กับ|/)(?=" + ORG_PREFIX + ")");

	private static final Pattern LEADING_CONNECTOR = Pattern.compile("^(?:และ|กับ|รวมทั้ง|ทั้ง|[-–:/])+");

	private OwnerReader() {
	}

	static Owners read(String cell, DivisionDirectory directory) {
		List<String> texts = new ArrayList<>();
		Set<DivisionRef> found = new LinkedHashSet<>();
		Set<String> unknown = new LinkedHashSet<>(); // a set: a cell may name thousands
		List<String> emptyCollectives = new ArrayList<>();
		if (cell == null || cell.isBlank()) {
			return new Owners(texts, found, new ArrayList<>(), emptyCollectives);
		}
		List<Map.Entry<String, Object>> keys = keys(directory);
		Set<String> seen = new java.util.HashSet<>();
		for (NumberedList.Item item : NumberedList.split(cell.replace('\u00A0', ' '))) {
			for (String raw : PIECE_SEPARATORS.split(item.text())) {
				String piece = NumberedList.clean(raw);
				String key = DivisionNames.key(piece);
				if (key.isEmpty() || !seen.add(key)) {
					continue; // "ทุกส่วน ราชการ" on one page and "ทุกส่วนราชการ" on the next is one owner
				}
				texts.add(piece);
				readPiece(piece, directory, keys, found, unknown, emptyCollectives);
			}
		}
		Set<DivisionRef> inDirectoryOrder = new LinkedHashSet<>();
		directory.all().stream().filter(found::contains).forEach(inDirectoryOrder::add);
		inDirectoryOrder.addAll(found);
		return new Owners(texts, inDirectoryOrder, new ArrayList<>(unknown), emptyCollectives);
	}

	private static void readPiece(String piece, DivisionDirectory directory, List<Map.Entry<String, Object>> keys,
			Set<DivisionRef> found, Set<String> unknown, List<String> emptyCollectives) {
		Optional<Collective> whole = Collective.of(piece);
		if (whole.isPresent()) {
			addCollective(whole.get(), piece, directory, found, emptyCollectives);
			return;
		}
		Optional<DivisionRef> direct = directory.match(piece);
		if (direct.isPresent()) {
			found.add(direct.get());
			return;
		}
		String key = DivisionNames.key(piece);
		List<String> leftovers = new ArrayList<>();
		StringBuilder leftover = new StringBuilder();
		boolean matchedAny = false;
		int i = 0;
		while (i < key.length()) {
			Map.Entry<String, Object> hit = null;
			for (Map.Entry<String, Object> k : keys) {
				if (key.startsWith(k.getKey(), i)) {
					hit = k;
					break;
				}
			}
			if (hit == null) {
				leftover.append(key.charAt(i));
				i++;
				continue;
			}
			matchedAny = true;
			if (leftover.length() > 0) {
				leftovers.add(leftover.toString());
				leftover.setLength(0);
			}
			if (hit.getValue() instanceof Collective c) {
				addCollective(c, hit.getKey(), directory, found, emptyCollectives);
			}
			else {
				found.add((DivisionRef) hit.getValue());
			}
			i += hit.getKey().length();
		}
		if (leftover.length() > 0) {
			leftovers.add(leftover.toString());
		}
		if (!matchedAny) {
			// nothing known in it: every division-like part, as written, is an unknown owner
			for (String part : BETWEEN_UNKNOWN_NAMES.split(piece)) {
				String p = NumberedList.clean(LEADING_CONNECTOR.matcher(part.strip()).replaceFirst(""));
				if (!p.isEmpty()) {
					unknown.add(p);
				}
			}
			return;
		}
		for (String rest : leftovers) {
			String r = LEADING_CONNECTOR.matcher(rest).replaceFirst("");
			if (!STARTS_LIKE_DIVISION.matcher(r).find()) {
				continue; // a remark such as "นำข้อมูลเผยแพร่บนเว็บไซต์"
			}
			for (String part : AND_BEFORE_NAME.split(r)) {
				Optional<DivisionRef> d = directory.match(part);
				if (d.isPresent()) {
					found.add(d.get());
				}
				else {
					unknown.add(part);
				}
			}
		}
	}

	private static void addCollective(Collective c, String written, DivisionDirectory directory, Set<DivisionRef> found,
			List<String> emptyCollectives) {
		Set<DivisionRef> members = new LinkedHashSet<>();
		directory.all().stream().filter(c::includes).forEach(members::add);
		if (members.isEmpty()) {
			emptyCollectives.add(written);
		}
		found.addAll(members);
	}

	/** Collective phrases and division names/aliases as match keys, longest first. */
	private static List<Map.Entry<String, Object>> keys(DivisionDirectory directory) {
		List<Map.Entry<String, Object>> keys = new ArrayList<>();
		for (Collective c : Collective.values()) {
			for (String k : c.keys()) {
				keys.add(Map.entry(k, c));
			}
		}
		for (DivisionRef d : directory.all()) {
			addKey(keys, d.name(), d);
			for (String alias : d.aliases()) {
				addKey(keys, alias, d);
			}
		}
		keys.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
		return keys;
	}

	private static void addKey(List<Map.Entry<String, Object>> keys, String text, DivisionRef d) {
		String k = DivisionNames.key(text);
		if (!k.isEmpty()) {
			keys.add(Map.entry(k, d));
		}
	}

}
