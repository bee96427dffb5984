package org.tidtam.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tidtam.complaints.ComplaintStatistics;
import org.tidtam.complaints.SurveyService;
import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.reports.MeetingService;
import org.tidtam.reports.MonthlySummaryDocument;
import org.tidtam.reports.MonthlySummaryService;
import org.tidtam.reports.chart.BarChart;
import org.tidtam.reports.chart.SvgCharts;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * The year at a glance for executives and the coordinator: assignments by status per division, items
 * reported before each monthly meeting, complaints received and closed per month, and satisfaction
 * per service and half-year, as charts (SVG images, which the admin pages' policy allows).
 */
@Controller
class YearDashboardController {

	private final PlanService plans;

	private final AssignmentService assignments;

	private final DivisionService divisions;

	private final MeetingService meetings;

	private final MonthlySummaryService summaries;

	private final ComplaintStatistics complaints;

	private final SurveyService surveys;

	private final Clock clock;

	YearDashboardController(PlanService plans, AssignmentService assignments, DivisionService divisions,
			MeetingService meetings, MonthlySummaryService summaries, ComplaintStatistics complaints, SurveyService surveys,
			Clock clock) {
		this.plans = plans;
		this.assignments = assignments;
		this.divisions = divisions;
		this.meetings = meetings;
		this.summaries = summaries;
		this.complaints = complaints;
		this.surveys = surveys;
		this.clock = clock;
	}

	/** One chart on the page: its caption and the SVG as a data URI. */
	record Picture(String caption, String dataUri, boolean empty) {

		static Picture of(BarChart chart) {
			return new Picture(chart.caption(), SvgCharts.dataUri(chart), chart.max() == 0);
		}

	}

	@GetMapping("/admin/reports/year")
	String year(Model model) {
		LocalDate today = LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
		FiscalYear year = FiscalYear.containing(today);
		List<Picture> pictures = new ArrayList<>();
		this.plans.forYear(year).filter(Plan::isPublished).ifPresent(plan -> pictures.add(Picture.of(statusChart(plan))));
		pictures.add(Picture.of(MonthlySummaryDocument
			.reportingChart(this.summaries.assemble(this.meetings.forMonth(YearMonth.from(today)).getId()))));
		ComplaintStatistics.Stats stats = this.complaints.forYear(year);
		pictures.add(Picture.of(new BarChart("เรื่องร้องเรียนที่รับรายเดือน: แล้วเสร็จและอยู่ระหว่างดำเนินการ",
				List.of(new BarChart.Series("แล้วเสร็จ", "#2e7d32"), new BarChart.Series("อยู่ระหว่างดำเนินการ", "#f9a825")),
				stats.months().stream().map(m -> new BarChart.Bar(m.label(), List.of(m.done(), m.inProgress()))).toList())));
		pictures.add(Picture.of(new BarChart("ความพึงพอใจต่อการให้บริการ (ร้อยละ ของคะแนนเต็ม 5)",
				List.of(new BarChart.Series("ร้อยละความพึงพอใจ", "#1565c0")),
				this.surveys.results(year)
					.stream()
					.filter(r -> r.overall() != null)
					.map(r -> new BarChart.Bar(r.name() + " · " + r.half(), List.of(Math.round(r.overall() * 20))))
					.toList())));
		model.addAttribute("year", year);
		model.addAttribute("pictures", pictures);
		model.addAttribute("ratings", stats.ratings());
		model.addAttribute("averageRating", stats.averageRating());
		return "reports/year";
	}

	private BarChart statusChart(Plan plan) {
		Map<String, List<AssignmentState>> byDivision = this.assignments.forPlan(plan.getId())
			.stream()
			.collect(Collectors.groupingBy(Assignment::getDivisionId,
					Collectors.mapping(Assignment::getState, Collectors.toList())));
		Map<String, List<AssignmentState>> byName = new LinkedHashMap<>();
		for (Division d : this.divisions.all()) {
			if (byDivision.containsKey(d.getId())) {
				byName.put(d.getName(), byDivision.get(d.getId()));
			}
		}
		return MonthlySummaryDocument.statusChart("สถานะการดำเนินงานตามมาตรการรายส่วนราชการ ปีงบประมาณ " + plan.getFiscalYear(),
				byName);
	}

}
