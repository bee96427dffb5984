package org.tidtam.measures.importing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation's divisions (ส่วนราชการ) as the importer sees them. In memory for now
 * ({@link SimpleDivisionDirectory}); the real one will be backed by the store.
 */
public interface DivisionDirectory {

	/** Every division, in the order the organisation lists them. */
	List<DivisionRef> all();

	/**
	 * The division a text names, by name or alias, tolerant of "ฯ" (also spaced: "สำนักปลัด ฯ"),
	 * surrounding and zero-width spaces, and a missing or extra "กอง" prefix.
	 */
	Optional<DivisionRef> match(String text);

	/**
	 * The divisions as they are now, to match a whole table against: the importer asks for every
	 * owner cell of every row, so a directory backed by the store reads it once here rather than on
	 * each call. An in-memory directory is its own snapshot.
	 */
	default DivisionDirectory snapshot() {
		return this;
	}

	/**
	 * The divisions a collective owner stands for: ทุกส่วนราชการ (all), ทุกส่วนราชการที่มีงานให้บริการ
	 * (those serving the public), ส่วนราชการส่วนภูมิภาค (regional agencies). Empty when the text is not a
	 * collective, or when no division carries the flag.
	 */
	default Set<DivisionRef> expandCollective(String text) {
		Set<DivisionRef> out = new LinkedHashSet<>();
		Collective.of(text).ifPresent(c -> all().stream().filter(c::includes).forEach(out::add));
		return out;
	}

}
