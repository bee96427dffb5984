package org.tidtam.measures.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.tidtam.measures.importing.ImportWarning.Kind;
import org.tidtam.measures.importing.ParsedMeasure.Status;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * Turns a measures table into an {@link ImportPreview}: from text pasted out of Word or PDF
 * ({@link #parse}) or from CSV/XLSX rows ({@link #parseRows}). Bad input gives a preview with an
 * {@code error}, never an exception, because the caller shows it to a coordinator as it is.
 * <p>
 * How a document is read:
 * <ul>
 * <li>A measures table starts at a header row recognised by keywords (มาตรการ / แนวทาง plus one of
 * ขั้นตอน, ผู้รับผิดชอบ, การติดตาม, ดำเนินการแล้ว); a second header row right under it is read with it.
 * Everything before, and lines between tables (titles, memo text, markdown), is skipped.</li>
 * <li>The same header again after only blank lines or page numbers is the table continuing on the next
 * page and is skipped; after other text it starts a new table. A later table whose measures all repeat an
 * earlier table's (same numbers and titles, spacing ignored) is a second copy of it (seed 004 prints its
 * table twice) and is dropped with a warning.</li>
 * <li>A row continues the previous measure (a row split by a page break) when its number cell is empty,
 * or, in a table without a number column, when its title cell is empty.</li>
 * <li>A title cell holding a numbered list ("๑. มาตรการ… ๒. มาตรการ…", as in seed 002) holds several
 * measures that share the row's steps, owners and follow-up.</li>
 * <li>Numbers stay the document's while they are unique. A table that restarts its numbering (seed 002
 * numbers its IIT, EIT and OIT tables from ๑ each) is shifted past the highest number so far, so IIT
 * ๑–๒, EIT ๑–๓, OIT ๑–๒ become 1–2, 3–5, 6–7; the document's own number stays in
 * {@link ParsedMeasure#documentNumber()} and a warning says so.</li>
 * <li>Inside a table, a row with one filled cell is an indicator heading the measures below it (in the
 * ตัวชี้วัด column) or a stray line skipped with a warning; a row with a few header words is data
 * unless every cell is a header word.</li>
 * <li>A table bigger than any plan (more measures, rows or unknown owners than an {@link ImportLimit}
 * allows) is refused with the limit named; counting rows stops the reading as soon as one is too many.</li>
 * <li>HTML pasted from a browser is read as a table (not refused): rows from {@code <tr>}, cells from
 * {@code <td>}/{@code <th>}, {@code <br>} as a line break inside a cell. Text copied from Excel or Google
 * Sheets, where a cell with line breaks is quoted, is read as tab-separated CSV.</li>
 * </ul>
 */
public final class MeasureTableImporter {

	/** Larger pastes are refused: a measures table is a few pages; megabytes mean the wrong file. */
	public static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;

	/** Largest uploaded file (an XLSX is zipped, so its text may still be over {@link #MAX_TEXT_BYTES}). */
	public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	static final ImportText EMPTY = ImportText.of("plan.import.empty");

	static final ImportText TOO_LONG = ImportText.of("plan.import.too-long");

	/** For an uploaded file: nothing to paste instead, so it names what a file may hold. */
	static final ImportText FILE_TOO_LONG = ImportText.of("plan.import.file-too-long");

	static final ImportText ONE_COLUMN = ImportText.of("plan.import.one-column");

	static final ImportText NO_HEADER = ImportText.of("plan.import.no-header");

	static final ImportText NO_ROWS = ImportText.of("plan.import.no-rows");

	private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

	/** Possessive spaces: a cell of "-" and a million line breaks must fail at once, not try every split of them. */
	private static final Pattern PAGE_FURNITURE = Pattern
		.compile("^(?:[-–(\\[]?\\s*+(?:หน้า|page)?\\s*+[0-9๐-๙]{1,4}\\s*+[-–)\\]]?|/.*|\\.{3,}|…)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern INLINE_SPACES = Pattern.compile("[ \\t\\f\\r]+");

	private static final Pattern NEWLINE_SPACES = Pattern.compile(" ?\n ?");

	private static final Pattern MARK = Pattern.compile("^[✓✔√☑✅/]+$");

	private static final Pattern NOT_DONE_WORDS = Pattern.compile("ยังไม่");

	private static final Pattern DONE_WORDS = Pattern.compile("ดำเนินการแล้ว|แล้วเสร็จ|เสร็จแล้ว|เสร็จสิ้น");

	/** Reads text copied from a Word or PDF table (tab-separated cells), or an HTML table. */
	public ImportPreview parse(String pastedText, DivisionDirectory divisions, FiscalYear year) {
		if (pastedText == null || ZERO_WIDTH.matcher(pastedText).replaceAll("").isBlank()) {
			return ImportPreview.failed(EMPTY);
		}
		if (tooLong(pastedText)) {
			return ImportPreview.failed(TOO_LONG);
		}
		return read(rowsOf(pastedText), divisions, year);
	}

	private static List<Row> rowsOf(String pastedText) {
		List<Row> rows = new ArrayList<>();
		if (HtmlRows.looksLikeHtmlTable(pastedText)) {
			for (HtmlRows.HtmlRow r : HtmlRows.rows(pastedText)) {
				rows.add(Row.of(r.line(), r.cells()));
			}
			return rows;
		}
		if (pastedText.startsWith("\"") || pastedText.contains("\t\"") || pastedText.contains("\n\"")) {
			List<Row> quoted = excelClipboard(pastedText);
			if (quoted != null) {
				return quoted;
			}
		}
		String[] lines = pastedText.split("\\r\\n|\\r|\\n", -1);
		for (int i = 0; i < lines.length; i++) {
			rows.add(Row.of(i + 1, List.of(lines[i].split("\t", -1))));
		}
		return rows;
	}

	/**
	 * Excel and Google Sheets put a cell holding line breaks in quotes when they copy as text
	 * (tab-separated otherwise). Read that as CSV with tabs, keeping each row's first line number; when
	 * a quote is left open the text was not written that way (a memo line starting with ") and is read
	 * line by line instead.
	 */
	private static List<Row> excelClipboard(String text) {
		List<Integer> lines = new ArrayList<>();
		List<List<String>> cells = CsvRows.read(text, '\t', lines);
		if (cells == null || cells.stream().flatMap(List::stream).noneMatch(c -> c.indexOf('\n') >= 0)) {
			return null;
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			rows.add(Row.of(lines.get(i), cells.get(i)));
		}
		return rows;
	}

	/** Reads rows from a CSV or XLSX sheet; a cell may hold line breaks. Row numbers are 1-based. */
	public ImportPreview parseRows(List<List<String>> cells, DivisionDirectory divisions, FiscalYear year) {
		if (cells == null || cells.stream().allMatch(r -> r == null || r.stream().allMatch(c -> c == null || c.isBlank()))) {
			return ImportPreview.failed(EMPTY);
		}
		long chars = 0;
		for (List<String> r : cells) {
			for (String c : r == null ? List.<String>of() : r) {
				chars += c == null ? 0 : c.length();
			}
		}
		if (chars > MAX_TEXT_BYTES) {
			return ImportPreview.failed(FILE_TOO_LONG);
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			rows.add(Row.of(i + 1, cells.get(i) == null ? List.of() : cells.get(i)));
		}
		return read(rows, divisions, year);
	}

	private static boolean tooLong(String text) {
		if (text.length() > MAX_TEXT_BYTES) {
			return true;
		}
		long bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
		}
		return bytes > MAX_TEXT_BYTES;
	}

	/** One line of the paste (or sheet row), its cells cleaned of zero-width and non-breaking spaces. */
	record Row(int line, List<String> cells) {

		static Row of(int line, List<String> raw) {
			List<String> cells = new ArrayList<>(raw.size());
			for (String c : raw) {
				String t = c == null ? "" : ZERO_WIDTH.matcher(c).replaceAll("").replace('\u00A0', ' ').replace("\r\n", "\n");
				t = NEWLINE_SPACES.matcher(INLINE_SPACES.matcher(t).replaceAll(" ")).replaceAll("\n").strip();
				cells.add(t);
			}
			return new Row(line, cells);
		}

		boolean blank() {
			return cells.stream().allMatch(String::isEmpty);
		}

		long filled() {
			return cells.stream().filter(c -> !c.isEmpty()).count();
		}

		String cell(Integer index) {
			return index == null || index >= cells.size() ? "" : cells.get(index);
		}

		String firstFilled() {
			return cells.stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
		}

	}

	/** A measures table: its header and its measures' rows, grouped (a group is a measure's row and its continuations). */
	private static final class Table {

		final int order;

		TableHeader header;

		/** The header's first row, to recognise it when it is repeated on the next page. */
		final TableHeader firstRow;

		final List<List<Row>> groups = new ArrayList<>();

		/** An indicator written on a row of its own above its measures, for the groups that follow it. */
		final Map<List<Row>, String> indicatorLabels = new IdentityHashMap<>();

		String pendingIndicatorLabel;

		final List<ImportWarning> warnings = new ArrayList<>();

		final List<ParsedMeasure> measures = new ArrayList<>();

		final Set<String> unknownOwners = new LinkedHashSet<>();

		/** The earlier table this one repeats, when it is a second copy. */
		Table duplicateOf;

		/** Its measures' {@link #identity} keys, once it is kept, to recognise later copies of it. */
		Set<String> identities;

		Table(int order, TableHeader header) {
			this.order = order;
			this.header = header;
			this.firstRow = header;
		}

	}

	private ImportPreview read(List<Row> rows, DivisionDirectory divisions, FiscalYear year) {
		if (rows.stream().noneMatch(r -> r.filled() >= 2)) {
			return ImportPreview.failed(ONE_COLUMN);
		}
		List<Table> tables = new ArrayList<>();
		Table current = null;
		boolean afterHeader = false;
		boolean repeatedHeader = false;
		boolean afterProse = false;
		List<Row> prose = new ArrayList<>();
		int tableRows = 0;
		for (Row row : rows) {
			if (row.blank()) {
				afterHeader = false;
				continue;
			}
			if (row.filled() == 1 && PAGE_FURNITURE.matcher(row.firstFilled()).matches()) {
				continue;
			}
			if (row.cells().size() < 2) {
				if (current != null) {
					prose.add(row);
				}
				afterProse = true;
				afterHeader = false;
				continue;
			}
			if (afterHeader && current != null && TableHeader.onlyHeaderWords(row.cells())) {
				if (!repeatedHeader) {
					current.header = current.header.withSubHeader(row.cells());
				}
				afterHeader = false;
				continue;
			}
			TableHeader header = TableHeader.detect(row.cells());
			if (header != null && current != null && !afterProse && !header.sameColumnsAs(current.firstRow)
					&& !TableHeader.onlyHeaderWords(row.cells())) {
				// inside a table a row like "มาตรการป้องกัน… | จัดทำขั้นตอน… | กองคลัง" is data, not a new header
				header = null;
			}
			if (header != null) {
				repeatedHeader = current != null && !afterProse && header.sameColumnsAs(current.firstRow);
				if (!repeatedHeader) {
					current = new Table(tables.size() + 1, header);
					tables.add(current);
				}
				afterHeader = true;
				afterProse = false;
				prose.clear();
				continue;
			}
			afterHeader = false;
			if (current == null) {
				continue; // a row of some other table (scores, questions) before the measures
			}
			if (afterProse) {
				boolean fits = row.cells().size() >= current.header.width && lastFilled(row) < current.header.width;
				if (!fits || TableHeader.onlyHeaderWords(row.cells())) {
					current = null; // the measures table has ended; this is another table
					prose.clear();
					afterProse = false;
					continue;
				}
				for (Row p : prose) {
					current.warnings.add(new ImportWarning(p.line(), "", p.firstFilled(),
							ImportText.of("plan.import.warning.skipped-line", shorten(p.firstFilled())), Kind.SKIPPED_LINE));
				}
				prose.clear();
				afterProse = false;
			}
			if (++tableRows > ImportLimit.TABLE_ROWS.max()) {
				return ImportPreview.tooBig(ImportLimit.TABLE_ROWS);
			}
			if (row.filled() == 1 && labelOrStray(current, row)) {
				continue;
			}
			addRow(current, row);
		}
		if (tables.isEmpty()) {
			return ImportPreview.failed(NO_HEADER);
		}
		DivisionDirectory directory = divisions.snapshot(); // every owner cell is matched against one read
		for (Table t : tables) {
			build(t, directory, year);
		}
		List<Table> kept = dropDuplicates(tables);
		List<ParsedMeasure> measures = new ArrayList<>();
		List<ImportWarning> warnings = new ArrayList<>();
		renumber(kept, measures, warnings);
		if (measures.isEmpty()) {
			return ImportPreview.failed(NO_ROWS);
		}
		if (measures.size() > ImportLimit.MEASURES.max()) {
			return ImportPreview.tooBig(ImportLimit.MEASURES);
		}
		Set<ImportText> columns = new LinkedHashSet<>();
		Set<String> unknown = new LinkedHashSet<>();
		for (Table t : kept) {
			columns.addAll(t.header.describe());
			warnings.addAll(t.warnings);
			unknown.addAll(t.unknownOwners);
		}
		for (Table t : tables) {
			if (t.duplicateOf != null) {
				warnings.add(duplicateWarning(t));
			}
		}
		if (unknown.size() > ImportLimit.UNKNOWN_OWNERS.max()) {
			return ImportPreview.tooBig(ImportLimit.UNKNOWN_OWNERS);
		}
		warnings.sort(Comparator.comparingInt(ImportWarning::line));
		Table first = kept.stream().filter(t -> !t.measures.isEmpty()).findFirst().orElse(kept.get(0));
		return new ImportPreview(new ArrayList<>(columns), first.header.index, measures, warnings, new ArrayList<>(unknown),
				Optional.empty(), Optional.empty());
	}

	/**
	 * A row with one filled cell outside the measure's own columns: an indicator heading its measures
	 * (kept for them), or a stray line (a sheet title, a note) that is skipped like text between rows.
	 */
	private static boolean labelOrStray(Table table, Row row) {
		TableHeader h = table.header;
		int column = lastFilled(row);
		String text = row.cells().get(column);
		if (Integer.valueOf(column).equals(h.column(Field.INDICATOR))) {
			table.pendingIndicatorLabel = text;
			return true;
		}
		boolean ownColumn = column < h.width && h.index.containsValue(column) && !Integer.valueOf(column).equals(h.column(Field.NUMBER))
				&& !Integer.valueOf(column).equals(h.column(Field.WEAKNESS));
		boolean number = Integer.valueOf(column).equals(h.column(Field.NUMBER)) && NumberedList.leadingNumber(text) >= 0;
		if (ownColumn || number) {
			return false;
		}
		table.warnings.add(new ImportWarning(row.line(), "", text,
				ImportText.of("plan.import.warning.skipped-line", shorten(text)), Kind.SKIPPED_LINE));
		return true;
	}

	private static int lastFilled(Row row) {
		int last = -1;
		for (int i = 0; i < row.cells().size(); i++) {
			if (!row.cells().get(i).isEmpty()) {
				last = i;
			}
		}
		return last;
	}

	private static void addRow(Table table, Row row) {
		TableHeader h = table.header;
		for (int i = h.width; i < row.cells().size(); i++) {
			String extra = row.cells().get(i);
			if (!extra.isEmpty()) {
				table.warnings.add(new ImportWarning(row.line(), "", extra,
						ImportText.of("plan.import.warning.extra-cells", shorten(extra)), Kind.EXTRA_CELLS));
			}
		}
		Field key = h.has(Field.NUMBER) ? Field.NUMBER : Field.TITLE;
		boolean continues = !table.groups.isEmpty() && row.cell(h.column(key)).isEmpty();
		if (continues) {
			table.groups.get(table.groups.size() - 1).add(row);
		}
		else {
			List<Row> group = new ArrayList<>();
			group.add(row);
			table.groups.add(group);
			if (table.pendingIndicatorLabel != null) {
				table.indicatorLabels.put(group, table.pendingIndicatorLabel);
				table.pendingIndicatorLabel = null;
			}
		}
	}

	private static void build(Table table, DivisionDirectory divisions, FiscalYear year) {
		TableHeader h = table.header;
		String lastIndicator = null;
		String lastWeakness = null;
		int lastNumber = 0;
		for (List<Row> group : table.groups) {
			int line = group.get(0).line();
			String title = join(group, h.column(Field.TITLE), " ");
			String indicator = h.has(Field.INDICATOR) ? join(group, h.column(Field.INDICATOR), " ") : null;
			// a vertically merged cell (one indicator for several measures) pastes as empty cells below it
			if (indicator != null && indicator.isEmpty()) {
				indicator = table.indicatorLabels.getOrDefault(group, lastIndicator);
			}
			lastIndicator = indicator;
			String weakness = h.has(Field.WEAKNESS) ? join(group, h.column(Field.WEAKNESS), " ") : null;
			if (weakness != null && weakness.isEmpty()) {
				weakness = lastWeakness;
			}
			lastWeakness = weakness;
			List<String> steps = steps(group, h.column(Field.STEPS));
			String notes = notes(group, h);

			String ownersHeader = h.has(Field.OWNERS) ? h.texts.get(h.column(Field.OWNERS)) : "ผู้รับผิดชอบ";
			OwnerReader.Owners owners = OwnerReader.read(join(group, h.column(Field.OWNERS), "\n"), divisions);
			for (String u : owners.unknown()) {
				table.warnings.add(new ImportWarning(line, ownersHeader, u,
						ImportText.of("plan.import.warning.unknown-division", u), Kind.UNKNOWN_DIVISION));
				table.unknownOwners.add(u);
			}
			for (String c : owners.emptyCollectives()) {
				table.warnings.add(new ImportWarning(line, ownersHeader, c,
						ImportText.of("plan.import.warning.empty-collective", c), Kind.EMPTY_COLLECTIVE));
			}
			if (owners.texts().isEmpty()) {
				table.warnings.add(new ImportWarning(line, ownersHeader, "",
						ImportText.of("plan.import.warning.missing-owner"), Kind.MISSING_OWNER));
			}

			String followUpHeader = h.has(Field.FOLLOW_UP) ? h.texts.get(h.column(Field.FOLLOW_UP)) : "การติดตามผล";
			String followUpCell = followUpCell(group, h.column(Field.FOLLOW_UP));
			Cadence cadence;
			String followUpText;
			Optional<Cadence> fromCell = CadenceReader.read(followUpCell, year);
			Optional<Cadence> fromHeader = CadenceReader.read(h.followUpText, year);
			if (fromCell.isPresent()) {
				cadence = fromCell.get();
				followUpText = followUpCell;
			}
			else if (fromHeader.isPresent()) {
				// seed 002 writes the cadence once, in the header (รายงานความก้าวหน้าและสรุปผล), and ticks below it
				cadence = fromHeader.get();
				followUpText = h.followUpText;
			}
			else {
				cadence = new Cadence.Unrecognised(followUpCell);
				followUpText = followUpCell;
				table.warnings.add(new ImportWarning(line, followUpHeader, followUpCell, followUpCell.isEmpty()
						? ImportText.of("plan.import.warning.no-follow-up")
						: ImportText.of("plan.import.warning.unread-follow-up", shorten(followUpCell)),
						Kind.UNRECOGNISED_CADENCE));
			}

			if (cadence instanceof Cadence.ByDate byDate && year != null && !year.contains(byDate.dueOn())) {
				// last year's table pasted into this year's plan: "ภายใน 31 มี.ค. 2569" in plan 2570 would be due
				// before the plan begins, never reminded and missing from the first day; the same day of this
				// fiscal year is what was meant, and the preview says so to be checked
				java.time.LocalDate written = byDate.dueOn();
				java.time.LocalDate inYear = written.withYear(
						written.getMonthValue() >= 10 ? year.start().getYear() : year.end().getYear());
				cadence = new Cadence.ByDate(inYear);
				table.warnings.add(new ImportWarning(line, followUpHeader, followUpText,
						ImportText.of("plan.import.warning.date-outside-year", ThaiDates.shortDate(written),
								String.valueOf(year.buddhistYear()), ThaiDates.shortDate(inYear)),
						Kind.DATE_OUTSIDE_YEAR));
			}

			Status status = status(group, h, table.warnings);

			int numberFromColumn = h.has(Field.NUMBER) ? NumberedList.leadingNumber(group.get(0).cell(h.column(Field.NUMBER))) : -1;
			List<NumberedList.Item> items = NumberedList.split(title);
			List<NumberedList.Item> numbered = items.stream().filter(i -> i.number() != null).toList();
			List<String> titles = new ArrayList<>();
			List<Integer> numbers = new ArrayList<>();
			if (numbered.size() >= 2) {
				for (NumberedList.Item item : numbered) {
					titles.add(item.text());
					numbers.add(item.number());
				}
			}
			else if (numbered.size() == 1 && items.size() == 1) {
				titles.add(numbered.get(0).text());
				numbers.add(numberFromColumn >= 0 ? numberFromColumn : numbered.get(0).number());
			}
			else {
				titles.add(NumberedList.clean(title));
				numbers.add(numberFromColumn >= 0 ? numberFromColumn : lastNumber + 1);
			}
			if (titles.size() == 1 && titles.get(0).isEmpty()) {
				table.warnings.add(new ImportWarning(line, h.has(Field.TITLE) ? h.texts.get(h.column(Field.TITLE)) : "", "",
						ImportText.of("plan.import.warning.missing-title"), Kind.MISSING_TITLE));
			}
			for (int i = 0; i < titles.size(); i++) {
				int n = numbers.get(i);
				lastNumber = n;
				table.measures.add(new ParsedMeasure(n, indicator, titles.get(i), steps, owners.texts(), owners.divisions(),
						cadence, followUpText, status, line, n, table.order, weakness, notes));
			}
		}
	}

	/** The group's distinct texts in a column, in order (a set: a group may have thousands of rows). */
	private static String join(List<Row> group, Integer column, String separator) {
		Set<String> parts = new LinkedHashSet<>();
		for (Row r : group) {
			String c = r.cell(column);
			if (!c.isEmpty()) {
				parts.add(c);
			}
		}
		return String.join(separator, parts);
	}

	private static List<String> steps(List<Row> group, Integer column) {
		List<StringBuilder> steps = new ArrayList<>();
		for (Row r : group) {
			List<NumberedList.Item> items = NumberedList.split(r.cell(column));
			for (int i = 0; i < items.size(); i++) {
				NumberedList.Item item = items.get(i);
				if (i == 0 && !item.marked() && r != group.get(0) && !steps.isEmpty()) {
					// a step cut by a page break goes on in the next row without a marker (appended in
					// place: copying the step for every continued row is quadratic in a long table)
					steps.get(steps.size() - 1).append(' ').append(item.text());
				}
				else if (!item.text().isEmpty()) {
					steps.add(new StringBuilder(item.text()));
				}
			}
		}
		List<String> texts = new ArrayList<>(steps.size());
		steps.forEach(s -> texts.add(s.toString()));
		return texts;
	}

	/** หมายเหตุ, plus what sits under headers the importer does not use, so nothing written is lost. */
	private static String notes(List<Row> group, TableHeader h) {
		List<String> parts = new ArrayList<>();
		String n = join(group, h.column(Field.NOTES), " ");
		if (!n.isEmpty()) {
			parts.add(n);
		}
		for (int i = 0; i < h.width; i++) {
			if (h.index.containsValue(i) || h.texts.get(i).isBlank()) {
				continue;
			}
			String value = join(group, i, " ");
			if (!value.isEmpty()) {
				parts.add(h.texts.get(i) + ": " + value);
			}
		}
		return parts.isEmpty() ? null : String.join("\n", parts);
	}

	private static String followUpCell(List<Row> group, Integer column) {
		Set<String> parts = new LinkedHashSet<>();
		for (Row r : group) {
			String c = r.cell(column);
			if (!c.isEmpty() && !MARK.matcher(c).matches()) {
				parts.add(c);
			}
		}
		return String.join(" ", parts);
	}

	/**
	 * ดำเนินการแล้ว / ยังไม่ดำเนินการ from ticks (✓ ✔ √ /) in the status columns, or from those words
	 * written in them. A tick in the follow-up column counts as done: seed 002 ticks its progress column.
	 * Done and not-done at once is left UNKNOWN with a warning rather than guessed.
	 */
	private static Status status(List<Row> group, TableHeader h, List<ImportWarning> warnings) {
		Integer doneColumn = h.column(Field.STATUS_DONE);
		Integer notDoneColumn = h.column(Field.STATUS_NOT_DONE);
		Integer followColumn = h.column(Field.FOLLOW_UP);
		boolean done = false;
		boolean notDone = false;
		List<String> evidence = new ArrayList<>();
		for (Row r : group) {
			for (Integer column : new LinkedHashSet<>(Arrays.asList(doneColumn, notDoneColumn, followColumn))) {
				String c = r.cell(column);
				if (c.isEmpty()) {
					continue;
				}
				boolean isDone = column.equals(doneColumn);
				boolean isNotDone = column.equals(notDoneColumn);
				if (MARK.matcher(c).matches()) {
					if (isNotDone && !isDone) {
						notDone = true;
					}
					else if (isDone && !isNotDone || !isDone && !isNotDone) {
						done = true;
					}
					evidence.add(c);
				}
				else if (isDone || isNotDone) {
					String k = DivisionNames.key(c);
					if (NOT_DONE_WORDS.matcher(k).find()) {
						notDone = true;
						evidence.add(c);
					}
					else if (DONE_WORDS.matcher(k).find()) {
						done = true;
						evidence.add(c);
					}
				}
			}
		}
		if (done && notDone) {
			String written = String.join(" / ", evidence);
			warnings.add(new ImportWarning(group.get(0).line(), "", written,
					ImportText.of("plan.import.warning.conflicting-status", both(evidence)), Kind.CONFLICTING_STATUS));
			return Status.UNKNOWN;
		}
		return done ? Status.DONE : notDone ? Status.NOT_DONE : Status.UNKNOWN;
	}

	/**
	 * Drops a later table whose every measure repeats one earlier table's (number and title, spacing
	 * ignored), noting which in {@link Table#duplicateOf}. Only the kept tables holding a table's first
	 * measure are compared with it, each through its set of identities: a document of many small tables
	 * is not compared table by table with all before it.
	 */
	private static List<Table> dropDuplicates(List<Table> tables) {
		List<Table> kept = new ArrayList<>();
		Map<String, List<Table>> keptHolding = new HashMap<>();
		for (Table t : tables) {
			List<String> ids = t.measures.stream().map(MeasureTableImporter::identity).toList();
			if (!ids.isEmpty()) {
				Set<String> own = new HashSet<>(ids);
				for (Table e : keptHolding.getOrDefault(ids.get(0), List.of())) {
					if (e.identities.containsAll(own)) {
						t.duplicateOf = e;
						break;
					}
				}
			}
			if (t.duplicateOf == null) {
				kept.add(t);
				t.identities = new HashSet<>(ids);
				t.identities.forEach(id -> keptHolding.computeIfAbsent(id, k -> new ArrayList<>()).add(t));
			}
		}
		return kept;
	}

	private static String identity(ParsedMeasure m) {
		return m.documentNumber() + "|" + DivisionNames.key(m.title());
	}

	/** "“a” และ “b”" of the conflicting-status warning: the texts joined two by two in the page's language. */
	private static java.io.Serializable both(List<String> evidence) {
		java.io.Serializable joined = evidence.get(evidence.size() - 1);
		for (int i = evidence.size() - 2; i >= 0; i--) {
			joined = ImportText.of("plan.import.warning.and", evidence.get(i), joined);
		}
		return joined;
	}

	private static ImportWarning duplicateWarning(Table t) {
		int line = t.groups.isEmpty() ? 0 : t.groups.get(0).get(0).line();
		return new ImportWarning(line, "", "", ImportText.of("plan.import.warning.duplicate-table", String.valueOf(t.order),
				String.valueOf(t.duplicateOf.order)), Kind.DUPLICATE_TABLE);
	}

	private static void renumber(List<Table> kept, List<ParsedMeasure> out, List<ImportWarning> warnings) {
		Set<Integer> used = new LinkedHashSet<>();
		int max = 0;
		for (Table t : kept) {
			boolean restarts = t.measures.stream().anyMatch(m -> used.contains(m.number()));
			int offset = restarts ? max : 0;
			if (restarts && !t.measures.isEmpty()) {
				int from = t.measures.get(0).number() + offset;
				int to = t.measures.get(t.measures.size() - 1).number() + offset;
				warnings.add(new ImportWarning(t.measures.get(0).sourceLine(), "", "",
						ImportText.of("plan.import.warning.restarted", String.valueOf(t.order), String.valueOf(from),
								String.valueOf(to)),
						Kind.RENUMBERED));
			}
			for (ParsedMeasure m : t.measures) {
				int n = m.number() + offset;
				if (used.contains(n)) {
					int next = max + 1;
					warnings.add(new ImportWarning(m.sourceLine(), "", String.valueOf(m.documentNumber()),
							ImportText.of("plan.import.warning.repeated-number", String.valueOf(m.documentNumber()),
									String.valueOf(next)), Kind.RENUMBERED));
					n = next;
				}
				used.add(n);
				max = Math.max(max, n);
				out.add(n == m.number() ? m : m.withNumber(n));
			}
		}
	}

	private static String shorten(String text) {
		String t = NumberedList.clean(text);
		return t.length() <= 60 ? t : t.substring(0, 57) + "…";
	}

}
