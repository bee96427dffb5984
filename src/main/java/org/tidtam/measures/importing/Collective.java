package org.tidtam.measures.importing;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A collective owner written instead of division names. Longer phrases come first so that
 * ทุกส่วนราชการที่มีงานให้บริการ is not read as ทุกส่วนราชการ.
 */
public enum Collective {

	/** ทุกส่วนราชการที่มีงานให้บริการ: the divisions flagged as serving the public. */
	SERVES_PUBLIC(List.of("ทุกส่วนราชการที่มีงานให้บริการ", "ส่วนราชการที่มีงานให้บริการ", "ทุกส่วนราชการที่ให้บริการ",
			"ทุกหน่วยงานที่มีงานให้บริการ", "ทุกหน่วยงานที่ให้บริการ"), DivisionRef::servesPublic),

	/** ส่วนราชการส่วนภูมิภาค: the regional agencies of a province. */
	REGIONAL(List.of("ทุกส่วนราชการส่วนภูมิภาค", "ส่วนราชการส่วนภูมิภาค", "หน่วยงานส่วนภูมิภาค"), DivisionRef::regional),

	/** ทุกส่วนราชการ: every division. */
	ALL(List.of("ทุกส่วนราชการ", "ทุกหน่วยงาน", "ทุกสำนัก/กอง", "ทุกสำนักกอง", "ทุกกอง/สำนัก", "ทุกสำนัก"), d -> true);

	private final List<String> phrases;

	private final Predicate<DivisionRef> member;

	Collective(List<String> phrases, Predicate<DivisionRef> member) {
		this.phrases = phrases.stream().map(DivisionNames::key).toList();
		this.member = member;
	}

	/** The phrases, as {@link DivisionNames#key} keys, that name this collective. */
	List<String> keys() {
		return phrases;
	}

	public boolean includes(DivisionRef division) {
		return member.test(division);
	}

	/** The collective a text names as a whole (spaces, ฯ and zero-width spaces ignored). */
	public static Optional<Collective> of(String text) {
		String key = DivisionNames.key(text);
		for (Collective c : values()) {
			if (c.phrases.contains(key)) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}

}
