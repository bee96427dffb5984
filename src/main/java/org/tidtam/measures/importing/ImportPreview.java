package org.tidtam.measures.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an import would create, shown to the coordinator before anything is saved.
 *
 * @param recognisedColumns each header as written and the field it was read as, e.g.
 * "มาตรการ/แนวทาง → มาตรการ" ("→ ไม่ใช้" for a column not used); one entry per distinct header
 * @param columnIndex the 0-based column of each field in the first measures table
 * @param measures the measures, in document order, numbers unique
 * @param warnings every cell or line the importer could not place, and every decision it made for the user
 * @param unknownOwners owner texts that match no division, each once, in order of appearance
 * @param error why nothing could be imported (empty paste, one column, too long, no header, too big), in
 * Thai; empty when the import worked
 * @param exceeded the {@link ImportLimit} a table too big for a plan went past, for a page to word the
 * refusal in its own language; empty otherwise
 */
public record ImportPreview(List<String> recognisedColumns, Map<Field, Integer> columnIndex, List<ParsedMeasure> measures,
		List<ImportWarning> warnings, List<String> unknownOwners, Optional<String> error, Optional<ImportLimit> exceeded) {

	public ImportPreview {
		recognisedColumns = List.copyOf(recognisedColumns);
		columnIndex = Map.copyOf(columnIndex);
		measures = List.copyOf(measures);
		warnings = List.copyOf(warnings);
		unknownOwners = List.copyOf(unknownOwners);
	}

	static ImportPreview failed(String error) {
		return new ImportPreview(List.of(), Map.of(), List.of(), List.of(), List.of(), Optional.of(error), Optional.empty());
	}

	static ImportPreview tooBig(ImportLimit limit) {
		return new ImportPreview(List.of(), Map.of(), List.of(), List.of(), List.of(), Optional.of(limit.thai()),
				Optional.of(limit));
	}

	public boolean failed() {
		return error.isPresent();
	}

}
