package org.tidtam.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tidtam.measures.organisation.Organisation;
import org.tidtam.reports.document.Memo;
import org.tidtam.reports.document.ReportDocument;
import org.tidtam.reports.document.Table;
import org.tidtam.shared.ThaiDates;

/** The year-end report and the period report as printable documents (memo head, then the table). */
public final class YearEndDocuments {

	public static final String YEAR_END_SUBJECT = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

	public static final String PERIOD_SUBJECT = "รายงานความก้าวหน้าการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส";

	/** The year-end report of a plan without measures. */
	static final String NO_MEASURES = "ยังไม่มีมาตรการในแผนของปีงบประมาณนี้";

	/** The period report when nothing was assigned by the end of the range. */
	static final String NO_ASSIGNMENTS = "ไม่มีมาตรการที่มอบหมายให้ส่วนราชการดำเนินการในช่วงนี้";

	private YearEndDocuments() {
	}

	public static ReportDocument yearEnd(YearEndReport report, Organisation organisation, LocalDate memoDate) {
		String subject = YEAR_END_SUBJECT + " ประจำปีงบประมาณ พ.ศ. " + report.fiscalYear();
		List<Table.Row> rows = new ArrayList<>();
		for (YearEndReport.Group g : report.groups()) {
			boolean first = true;
			for (YearEndReport.Row r : g.rows()) {
				rows.add(Table.Row.of(first ? g.indicator() : "", r.number() + ". " + r.title(), r.whatWasDone(), r.outcome(),
						r.divisions()));
				first = false;
			}
		}
		Table table = new Table(subject, "รายงานสิ้นปี",
				List.of(Table.Column.text("ตัวชี้วัด", 2400), Table.Column.text("มาตรการหรือกิจกรรม", 3200),
						Table.Column.text("สรุปผลการดำเนินการตามมาตรการ", 5600),
						Table.Column.text("ผลลัพธ์หรือความสำเร็จของการดำเนินการ", 2400),
						Table.Column.text("ส่วนงานที่รับผิดชอบ", 2200)),
				rows);
		List<ReportDocument.Block> blocks = new ArrayList<>();
		blocks.add(new ReportDocument.Paragraph("ตามที่" + name(organisation)
				+ "ได้ประกาศใช้มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. " + report.fiscalYear()
				+ (memoDate.isAfter(report.fiscalYear().end()) ? " บัดนี้สิ้นปีงบประมาณแล้ว"
						// a draft made before the year is out says how far it goes, not that the year is over
						: " บัดนี้ได้ดำเนินการมาจนถึงวันที่ " + ThaiDates.longDate(memoDate) + " แล้ว")
				+ " จึงขอรายงานผลการดำเนินการตามมาตรการ ดังนี้"));
		// a plan without measures yet: a sentence, not a table of headers only
		blocks.add(rows.isEmpty() ? new ReportDocument.Paragraph(NO_MEASURES) : table);
		return new ReportDocument(memo(organisation, memoDate, subject), subject, blocks);
	}

	public static ReportDocument period(PeriodReport report, Organisation organisation, LocalDate memoDate) {
		String range = "ระหว่างวันที่ " + ThaiDates.longDate(report.from()) + " ถึงวันที่ " + ThaiDates.longDate(report.to());
		String subject = PERIOD_SUBJECT + " " + range;
		List<Table.Row> rows = report.rows()
			.stream()
			.map(r -> Table.Row.of((r.resolution() ? "มติ " : "") + r.number(), r.title(), r.divisionName(),
					r.whatWasDone().isEmpty() ? "ไม่มีรายงานในช่วงนี้" : r.whatWasDone(),
					r.percent() == null ? "" : String.valueOf(r.percent()), r.state().thai()))
			.toList();
		Table table = new Table("ความก้าวหน้ารายมาตรการ " + range, "ความก้าวหน้า",
				List.of(Table.Column.text("ที่", 800), Table.Column.text("มาตรการ", 3600),
						Table.Column.text("ส่วนราชการ", 2200), Table.Column.text("ผลการดำเนินการ", 5400),
						Table.Column.number("ร้อยละ", 900), Table.Column.text("สถานะ", 1800)),
				rows);
		return new ReportDocument(memo(organisation, memoDate, subject), subject,
				List.of(new ReportDocument.Paragraph("ขอรายงานความก้าวหน้าการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. "
						+ report.fiscalYear() + " " + range + " ดังนี้"),
						rows.isEmpty() ? new ReportDocument.Paragraph(NO_ASSIGNMENTS) : table));
	}

	private static Memo memo(Organisation organisation, LocalDate memoDate, String subject) {
		String prefix = organisation == null || organisation.getMemoPrefix() == null ? "" : organisation.getMemoPrefix() + "/";
		return new Memo(name(organisation), prefix, memoDate, subject, MonthlySummaryDocument.executive(organisation));
	}

	private static String name(Organisation organisation) {
		return organisation == null || organisation.getName() == null ? "" : organisation.getName();
	}

}
