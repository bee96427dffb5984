package org.tidtam.reports.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A long report cut into parts that are drawn to PDF side by side (one per core) and joined: Flying
 * Saucer lays a document out on one thread, about 0.7 ms a table row, so a province's 4,000-row summary
 * took over 3 s on one core. A part ends at a group row (a division's or an indicator's heading) where
 * one is near, so that a new page begins with one; a table that goes on in the next part repeats its
 * header but not its caption; the memo head is printed once, at the start.
 */
final class PdfParts {

	/** Below this many rows a part is not worth a thread of its own. */
	static final int MIN_PART_ROWS = 800;

	private PdfParts() {
	}

	/** {@code doc} in at most {@code maxParts} parts of about equal rows; the document itself when short. */
	static List<ReportDocument> split(ReportDocument doc, int maxParts) {
		int total = doc.blocks().stream().mapToInt(PdfParts::rows).sum();
		int parts = Math.max(1, Math.min(maxParts, total / MIN_PART_ROWS));
		if (parts == 1) {
			return List.of(doc);
		}
		int target = (total + parts - 1) / parts;
		List<ReportDocument> out = new ArrayList<>();
		List<ReportDocument.Block> current = new ArrayList<>();
		int used = 0;
		for (ReportDocument.Block block : doc.blocks()) {
			if (!(block instanceof Table table) || used + table.rows().size() <= target || out.size() == parts - 1) {
				current.add(block);
				used += rows(block);
				continue;
			}
			int start = 0;
			String caption = table.caption();
			while (table.rows().size() - start > target - used && out.size() < parts - 1) {
				int space = target - used;
				int end = space > 0 ? cut(table.rows(), start, start + space) : start;
				if (end == start && current.stream().allMatch(ReportDocument.Heading.class::isInstance)) {
					// nothing else to end the part with: rows it is, group row or not
					end = Math.min(table.rows().size(), start + Math.max(1, space));
				}
				if (end > start) {
					current.add(new Table(caption, table.sheetName(), table.columns(), table.rows().subList(start, end)));
					start = end;
					caption = null;
				}
				// a part ends on a new page: a heading that would end it goes with what it introduces
				List<ReportDocument.Block> carried = new ArrayList<>();
				while (!current.isEmpty() && current.get(current.size() - 1) instanceof ReportDocument.Heading) {
					carried.add(0, current.remove(current.size() - 1));
				}
				if (!current.isEmpty()) {
					out.add(new ReportDocument(doc.memo(), doc.title(), current));
				}
				current = carried;
				used = carried.size();
			}
			if (start < table.rows().size()) {
				current.add(new Table(caption, table.sheetName(), table.columns(),
						table.rows().subList(start, table.rows().size())));
				used += table.rows().size() - start;
			}
		}
		if (!current.isEmpty()) {
			out.add(new ReportDocument(doc.memo(), doc.title(), current));
		}
		return out;
	}

	/**
	 * Where to end a piece that would end at {@code limit}: before a group row in its last half, else at the
	 * limit, but never just after a group row (it would end its part alone, at the foot of a page): then
	 * before it, which may leave the piece empty.
	 */
	private static int cut(List<Table.Row> rows, int start, int limit) {
		int end = Math.min(limit, rows.size());
		for (int i = end; i > start + (end - start) / 2; i--) {
			if (i < rows.size() && rows.get(i).group()) {
				return i;
			}
		}
		while (end > start && rows.get(end - 1).group()) {
			end--;
		}
		return end;
	}

	private static int rows(ReportDocument.Block block) {
		if (block instanceof Table t) {
			return t.rows().size();
		}
		if (block instanceof ReportDocument.Chart c) {
			return c.chart().bars().size();
		}
		return 1;
	}

}
