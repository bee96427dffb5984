package org.tidtam.measures.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link DivisionDirectory}: for tests, and for a preview before divisions are stored. */
public final class SimpleDivisionDirectory implements DivisionDirectory {

	private static final String KONG = "กอง";

	private final List<DivisionRef> divisions;

	/** Matching keys (see {@link DivisionNames#key}) to divisions; a name wins over another's alias. */
	private final Map<String, DivisionRef> byKey = new LinkedHashMap<>();

	public SimpleDivisionDirectory(List<DivisionRef> divisions) {
		this.divisions = List.copyOf(divisions);
		for (DivisionRef d : this.divisions) {
			byKey.putIfAbsent(DivisionNames.key(d.name()), d);
		}
		for (DivisionRef d : this.divisions) {
			for (String alias : d.aliases()) {
				byKey.putIfAbsent(DivisionNames.key(alias), d);
			}
		}
	}

	public static SimpleDivisionDirectory of(DivisionRef... divisions) {
		return new SimpleDivisionDirectory(List.of(divisions));
	}

	@Override
	public List<DivisionRef> all() {
		return divisions;
	}

	@Override
	public Optional<DivisionRef> match(String text) {
		String key = DivisionNames.key(text);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		DivisionRef found = byKey.get(key);
		if (found == null) {
			// "คลัง" for กองคลัง, or "กองสำนักปลัด" typed by mistake: the กอง prefix is often dropped or added
			found = key.startsWith(KONG) ? byKey.get(key.substring(KONG.length())) : byKey.get(KONG + key);
		}
		return Optional.ofNullable(found);
	}

}
