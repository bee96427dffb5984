package org.tidtam.reports;

import java.util.List;

import org.tidtam.shared.FiscalYear;

/**
 * The year-end report on the measures, in the table used for publication, grouped by indicator:
 * ตัวชี้วัด | มาตรการหรือกิจกรรม | สรุปผลการดำเนินการตามมาตรการ | ผลลัพธ์หรือความสำเร็จของการดำเนินการ |
 * ส่วนงานที่รับผิดชอบ.
 */
public record YearEndReport(String planId, FiscalYear fiscalYear, List<Group> groups) {

	public YearEndReport {
		groups = List.copyOf(groups);
	}

	public List<Row> rows() {
		return this.groups.stream().flatMap(g -> g.rows().stream()).toList();
	}

	/** The measures of one indicator; {@code code} is null for measures that name none. */
	public record Group(String code, String indicator, Double score, List<Row> rows) {

		public Group {
			rows = List.copyOf(rows);
		}

	}

	/**
	 * @param draft the digest of the year's reports
	 * @param edited the coordinator's text, null when not edited
	 */
	public record Row(String measureId, int number, String title, String draft, String edited, String outcome,
			String divisions) {

		/** What is printed: the coordinator's text when there is one, else the draft. */
		public String whatWasDone() {
			return this.edited != null ? this.edited : this.draft;
		}

	}

}
