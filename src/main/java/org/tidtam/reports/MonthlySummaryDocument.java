package org.tidtam.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.organisation.Organisation;
import org.tidtam.measures.organisation.OrganisationKind;
import org.tidtam.reports.chart.BarChart;
import org.tidtam.reports.document.Memo;
import org.tidtam.reports.document.ReportDocument;
import org.tidtam.reports.document.Table;
import org.tidtam.shared.ThaiDates;

/**
 * The monthly summary as an official memo to the executive: the figures in a paragraph, then a table per
 * division with each item's latest report, the overdue and carried-over items, and the citizen-voice
 * section. The words are the fixed Thai of the printed document, whatever the reader's language.
 */
public final class MonthlySummaryDocument {

	public static final String SUBJECT = "รายงานการติดตามผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส";

	/** What the memo says where the division table would be empty. */
	static final String NO_ITEMS = "ไม่มีรายการที่ต้องติดตามผลในการประชุมครั้งนี้ (ยังไม่มีมาตรการที่มอบหมายก่อนวันประชุม "
			+ "หรือรายการที่มอบหมายดำเนินการแล้วเสร็จและไม่มีรายงานใหม่)";

	private MonthlySummaryDocument() {
	}

	public static ReportDocument build(MonthlySummary s, Organisation organisation, LocalDate memoDate) {
		String month = ThaiDates.monthName(s.meetingDate().getMonthValue()) + " "
				+ ThaiDates.buddhistYear(s.meetingDate());
		String orgName = organisation == null || organisation.getName() == null ? "" : organisation.getName();
		String prefix = organisation == null || organisation.getMemoPrefix() == null ? "" : organisation.getMemoPrefix() + "/";
		Memo memo = new Memo(orgName, prefix, memoDate, SUBJECT + " ประจำเดือน" + month, executive(organisation));
		List<ReportDocument.Block> blocks = new ArrayList<>();
		LocalDate until = s.meetingDate().minusDays(1);
		String who = orgName.isEmpty() ? "หน่วยงาน" : orgName;
		if (s.planId() == null) {
			// nothing was announced or assigned: no figures, and no "every division reported"
			blocks.add(new ReportDocument.Paragraph(who
					+ "ยังไม่ได้ประกาศใช้มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. "
					+ s.fiscalYear() + " จึงยังไม่มีรายการที่ต้องติดตามผลสำหรับการประชุมประจำเดือนวันที่ "
					+ ThaiDates.longDate(s.meetingDate())));
		}
		else {
			blocks.add(new ReportDocument.Paragraph("ตามที่" + who
					+ "ได้ประกาศใช้มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. " + s.fiscalYear()
					+ " และกำหนดให้ส่วนราชการรายงานผลการดำเนินงานในการประชุมประจำเดือน บัดนี้ได้ติดตามผลการดำเนินงานตั้งแต่วันที่ "
					+ ThaiDates.longDate(s.since()) + " ถึงวันที่ " + ThaiDates.longDate(until)
					+ " สำหรับการประชุมประจำเดือนวันที่ " + ThaiDates.longDate(s.meetingDate()) + " แล้ว จึงขอรายงานดังนี้"));
			boolean anything = !s.items().isEmpty();
			if (anything) {
				blocks.add(new ReportDocument.Paragraph(figures(s)));
			}
			blocks.add(new ReportDocument.Heading("๑. ผลการดำเนินงานรายส่วนราชการ"));
			if (anything) {
				blocks.add(new ReportDocument.Chart(statusChart(s)));
			}
			if (!s.reporting().isEmpty()) {
				blocks.add(new ReportDocument.Chart(reportingChart(s)));
			}
			// nothing assigned before the meeting, or everything done earlier: a sentence, not an empty table
			// and a chart without bars, nor "every division reported"
			blocks.add(anything ? divisionTable(s) : new ReportDocument.Paragraph(NO_ITEMS));
			blocks.add(new ReportDocument.Heading("๒. รายการที่เกินกำหนดและค้างจากการประชุมครั้งก่อน"));
			List<MonthlySummary.Item> pending = s.items()
				.stream()
				.filter(i -> i.overdue() || i.carriedOver() > 0)
				.sorted(java.util.Comparator.comparingLong(MonthlySummary.Item::daysOverdue).reversed())
				.toList();
			if (pending.isEmpty()) {
				blocks.add(new ReportDocument.Paragraph("ไม่มีรายการที่เกินกำหนดหรือค้างจากการประชุมครั้งก่อน"));
			}
			else {
				blocks.add(pendingTable(s, pending));
			}
		}
		// without a plan in force the citizens' voice is the memo's only section, so it is the first
		blocks.add(new ReportDocument.Heading((s.planId() == null ? "๑" : "๓")
				+ ". เสียงประชาชน (เรื่องร้องเรียน ข้อเสนอแนะ และความพึงพอใจ)"));
		citizenVoice(s, blocks);
		return new ReportDocument(memo, SUBJECT + " ประจำเดือน" + month, blocks);
	}

	/** Assignments by state per division, one bar a division. */
	public static BarChart statusChart(MonthlySummary s) {
		java.util.Map<String, List<AssignmentState>> byDivision = new java.util.LinkedHashMap<>();
		s.divisions()
			.forEach(d -> byDivision.put(d.divisionName(), d.items().stream().map(MonthlySummary.Item::state).toList()));
		return statusChart("สถานะการดำเนินงานรายส่วนราชการ", byDivision);
	}

	/** One bar a label (a division), one segment a state, in the states' usual colours. */
	public static BarChart statusChart(String caption, java.util.Map<String, List<AssignmentState>> statesByLabel) {
		List<AssignmentState> states = List.of(AssignmentState.DONE, AssignmentState.IN_PROGRESS,
				AssignmentState.NOT_STARTED, AssignmentState.NOT_DONE);
		List<BarChart.Series> series = states.stream().map(st -> new BarChart.Series(st.thai(), colour(st))).toList();
		List<BarChart.Bar> bars = statesByLabel.entrySet()
			.stream()
			.map(e -> new BarChart.Bar(e.getKey(),
					states.stream().map(st -> e.getValue().stream().filter(x -> x == st).count()).toList()))
			.toList();
		return new BarChart(caption, series, bars);
	}

	/** Monthly items that reported before each meeting of the year, and those that did not. */
	public static BarChart reportingChart(MonthlySummary s) {
		return new BarChart("การรายงานผลก่อนการประชุมแต่ละเดือน",
				List.of(new BarChart.Series("รายงานทันการประชุม", "#2e7d32"), new BarChart.Series("ไม่ได้รายงาน", "#c62828")),
				s.reporting()
					.stream()
					.map(r -> new BarChart.Bar(ThaiDates.shortDate(r.meeting()), List.of(r.reported(), r.missing())))
					.toList());
	}

	static String colour(AssignmentState state) {
		return switch (state) {
			case DONE -> "#2e7d32";
			case IN_PROGRESS -> "#f9a825";
			case NOT_STARTED -> "#9e9e9e";
			case NOT_DONE -> "#c62828";
		};
	}

	static String executive(Organisation organisation) {
		OrganisationKind kind = organisation == null ? null : organisation.getKind();
		if (kind == null) {
			return "ผู้บริหาร";
		}
		return switch (kind) {
			case MUNICIPALITY -> "นายกเทศมนตรี";
			case SAO -> "นายกองค์การบริหารส่วนตำบล";
			case PAO -> "นายกองค์การบริหารส่วนจังหวัด";
			case PROVINCE -> "ผู้ว่าราชการจังหวัด";
		};
	}

	static String figures(MonthlySummary s) {
		Map<AssignmentState, Long> c = s.counts();
		long total = c.values().stream().mapToLong(Long::longValue).sum();
		String notReported = s.notReported()
			.stream()
			.map(MonthlySummary.DivisionSection::divisionName)
			.collect(Collectors.joining(", "));
		return "รายการที่ติดตามทั้งหมด " + total + " รายการ ดำเนินการแล้ว " + c.getOrDefault(AssignmentState.DONE, 0L)
				+ " รายการ อยู่ระหว่างดำเนินการ " + c.getOrDefault(AssignmentState.IN_PROGRESS, 0L) + " รายการ ยังไม่เริ่ม "
				+ c.getOrDefault(AssignmentState.NOT_STARTED, 0L) + " รายการ ยังไม่ดำเนินการ "
				+ c.getOrDefault(AssignmentState.NOT_DONE, 0L) + " รายการ เกินกำหนด " + s.overdue().size() + " รายการ"
				+ (notReported.isEmpty() ? " ทุกส่วนราชการรายงานผลแล้ว" : " ส่วนราชการที่ยังไม่รายงานผล: " + notReported);
	}

	private static Table divisionTable(MonthlySummary s) {
		List<Table.Row> rows = new ArrayList<>();
		for (MonthlySummary.DivisionSection d : s.divisions()) {
			rows.add(Table.Row.group(d.divisionName()));
			for (MonthlySummary.Item i : d.items()) {
				rows.add(Table.Row.of(number(i), title(i), i.state().thai(), latest(i),
						i.latest() == null || i.latest().percent() == null ? "" : String.valueOf(i.latest().percent()),
						timeliness(i)));
			}
		}
		return new Table("ผลการดำเนินงานตั้งแต่การประชุมครั้งก่อน", "ผลรายส่วนราชการ",
				List.of(Table.Column.text("ที่", 700), Table.Column.text("มาตรการ / มติที่ประชุม", 3800),
						Table.Column.text("สถานะ", 1700), Table.Column.text("ผลการดำเนินงานล่าสุด", 5200),
						Table.Column.number("ร้อยละ", 900), Table.Column.text("ตามกำหนด", 1800)),
				rows);
	}

	private static Table pendingTable(MonthlySummary s, List<MonthlySummary.Item> pending) {
		Map<String, String> names = s.divisions()
			.stream()
			.collect(Collectors.toMap(MonthlySummary.DivisionSection::divisionId,
					MonthlySummary.DivisionSection::divisionName));
		List<Table.Row> rows = pending.stream()
			.map(i -> Table.Row.of(number(i), title(i), names.getOrDefault(i.divisionId(), ""),
					i.dueOn() == null ? "" : ThaiDates.longDate(i.dueOn()), String.valueOf(i.daysOverdue()),
					String.valueOf(i.carriedOver()), i.state().thai()))
			.toList();
		return new Table("รายการที่เกินกำหนดและค้าง", "เกินกำหนดและค้าง",
				List.of(Table.Column.text("ที่", 700), Table.Column.text("รายการ", 4200),
						Table.Column.text("ส่วนราชการ", 2600), Table.Column.text("กำหนด", 1900),
						Table.Column.number("เกินกำหนด (วัน)", 1300), Table.Column.number("ค้าง (ครั้ง)", 1100),
						Table.Column.text("สถานะ", 1700)),
				rows);
	}

	private static void citizenVoice(MonthlySummary s, List<ReportDocument.Block> blocks) {
		if (s.citizenVoice().isEmpty()) {
			blocks.add(new ReportDocument.Paragraph("ยังไม่มีข้อมูลเรื่องร้องเรียนจากระบบในช่วงนี้"));
			return;
		}
		CitizenVoiceFigures.Figures f = s.citizenVoice().get();
		blocks.add(new ReportDocument.Paragraph("รับเรื่อง " + f.received() + " เรื่อง ดำเนินการแล้ว " + f.done()
				+ " เรื่อง อยู่ระหว่างดำเนินการ " + f.inProgress() + " เรื่อง เกินกำหนด " + f.overdue()
				+ " เรื่อง แจ้งเบาะแสการทุจริต " + f.corruptionReports() + " เรื่อง"
				+ (f.duplicates() == 0 ? "" : " (ไม่นับเรื่องซ้ำ " + f.duplicates() + " เรื่อง)")
				+ (f.satisfactionAverage() == null ? ""
						: " ความพึงพอใจเฉลี่ย " + String.format(Locale.ROOT, "%.2f", f.satisfactionAverage()) + " จาก "
								+ f.satisfactionResponses() + " ความเห็น")));
		if (!f.byCategory().isEmpty()) {
			blocks.add(countTable("ตามประเภท", "เสียงประชาชน-ประเภท", "ประเภท", f.byCategory()));
		}
		if (!f.byDivision().isEmpty()) {
			blocks.add(countTable("ตามส่วนราชการ", "เสียงประชาชน-ส่วนราชการ", "ส่วนราชการ", f.byDivision()));
		}
	}

	private static Table countTable(String caption, String sheet, String first, List<CitizenVoiceFigures.Count> counts) {
		return new Table(caption, sheet,
				List.of(Table.Column.text(first, 4000), Table.Column.number("รับเรื่อง", 1300),
						Table.Column.number("แล้วเสร็จ", 1300), Table.Column.number("ระหว่างดำเนินการ", 1600),
						Table.Column.number("เกินกำหนด", 1300)),
				counts.stream()
					.map(c -> Table.Row.of(c.name(), String.valueOf(c.received()), String.valueOf(c.done()),
							String.valueOf(c.inProgress()), String.valueOf(c.overdue())))
					.toList());
	}

	private static String number(MonthlySummary.Item i) {
		return i.resolution() ? "มติ " + i.number() : String.valueOf(i.number());
	}

	private static String title(MonthlySummary.Item i) {
		StringBuilder t = new StringBuilder(i.title());
		if (i.isNew()) {
			t.append("\n(รายการใหม่)");
		}
		if (i.carriedOver() > 0) {
			t.append("\n(ค้างจากการประชุม ").append(i.carriedOver()).append(" ครั้ง)");
		}
		return t.toString();
	}

	private static String latest(MonthlySummary.Item i) {
		MonthlySummary.Latest l = i.latest();
		if (l == null) {
			return i.isNew() ? "ยังไม่ถึงรอบรายงาน" : "ไม่มีรายงานตั้งแต่การประชุมครั้งก่อน";
		}
		StringBuilder t = new StringBuilder();
		t.append(ThaiDates.longDate(l.reportedAt().atZone(ThaiDates.BANGKOK).toLocalDate()));
		if (l.reportedByName() != null) {
			t.append(" (").append(l.reportedByName()).append(")");
		}
		t.append("\n").append(l.text() == null ? l.status().thai() : l.text());
		if (l.evidenceCount() > 0) {
			t.append("\nหลักฐาน ").append(l.evidenceCount()).append(" รายการ");
		}
		for (String link : l.links()) {
			if (l.text() == null || !l.text().contains(link)) {
				t.append("\n").append(link);
			}
		}
		return t.toString();
	}

	private static String timeliness(MonthlySummary.Item i) {
		if (i.overdue()) {
			return "เกินกำหนด " + i.daysOverdue() + " วัน";
		}
		if (i.onTime() == null) {
			return i.dueOn() == null ? "" : "กำหนด " + ThaiDates.shortDate(i.dueOn());
		}
		return i.onTime() ? "ตามกำหนด" : "ล่าช้า";
	}

}
