package org.tidtam.measures.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an import would create, shown to the coordinator before anything is saved.
 *
 * @param columns each header as written and the field it was read as, e.g. "มาตรการ/แนวทาง → มาตรการ"
 * ("→ ไม่ใช้" for a column not used); one entry per distinct header, worded by the page
 * @param columnIndex the 0-based column of each field in the first measures table
 * @param measures the measures, in document order, numbers unique
 * @param warnings every cell or line the importer could not place, and every decision it made for the user
 * @param unknownOwners owner texts that match no division, each once, in order of appearance
 * @param problem why nothing could be imported (empty paste, one column, too long, no header, too big), for
 * the page to say in its own language; empty when the import worked
 * @param exceeded the {@link ImportLimit} a table too big for a plan went past; empty otherwise
 */
public record ImportPreview(List<ImportText> columns, Map<Field, Integer> columnIndex, List<ParsedMeasure> measures,
		List<ImportWarning> warnings, List<String> unknownOwners, Optional<ImportText> problem,
		Optional<ImportLimit> exceeded) {

	public ImportPreview {
		columns = List.copyOf(columns);
		columnIndex = Map.copyOf(columnIndex);
		measures = List.copyOf(measures);
		warnings = List.copyOf(warnings);
		unknownOwners = List.copyOf(unknownOwners);
	}

	static ImportPreview failed(ImportText problem) {
		return new ImportPreview(List.of(), Map.of(), List.of(), List.of(), List.of(), Optional.of(problem), Optional.empty());
	}

	static ImportPreview tooBig(ImportLimit limit) {
		return new ImportPreview(List.of(), Map.of(), List.of(), List.of(), List.of(), Optional.of(limit.wording()),
				Optional.of(limit));
	}

	public boolean failed() {
		return problem.isPresent();
	}

	/** Why nothing could be imported, in Thai. */
	public Optional<String> error() {
		return this.problem.map(ImportText::thai);
	}

	/** The columns as the Thai page names them: "มาตรการ/แนวทาง → มาตรการ". */
	public List<String> recognisedColumns() {
		return this.columns.stream().map(ImportText::thai).toList();
	}

}
