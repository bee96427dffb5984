package org.tidtam.measures.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tidtam.measures.importing.DivisionDirectory;
import org.tidtam.measures.importing.DivisionRef;
import org.tidtam.measures.importing.SimpleDivisionDirectory;

/**
 * The importer's {@link DivisionDirectory} over the stored, active divisions. An organisation has tens of
 * divisions at most, so each call reads them all and matches in memory with the importer's own rules
 * (the store cannot compare "สำนักปลัด ฯ" with "สำนักปลัดฯ" anyway); a preview is never stale. The importer
 * matches a whole table against one {@link #snapshot()}, not one read per owner cell.
 */
@Component
public class MongoDivisionDirectory implements DivisionDirectory {

	private final DivisionService divisions;

	public MongoDivisionDirectory(DivisionService divisions) {
		this.divisions = divisions;
	}

	@Override
	public List<DivisionRef> all() {
		return snapshot().all();
	}

	@Override
	public Optional<DivisionRef> match(String text) {
		return snapshot().match(text);
	}

	/** A consistent in-memory copy, for matching many owners of one paste against one read. */
	@Override
	public SimpleDivisionDirectory snapshot() {
		return new SimpleDivisionDirectory(this.divisions.active().stream().map(Division::toRef).toList());
	}

}
