package org.tidtam.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	private final MessageSource messages;

	YearDashboardController(PlanService plans, AssignmentService assignments, DivisionService divisions,
			MeetingService meetings, MonthlySummaryService summaries, ComplaintStatistics complaints, SurveyService surveys,
			Clock clock, MessageSource messages) {
		this.plans = plans;
		this.assignments = assignments;
		this.divisions = divisions;
		this.meetings = meetings;
		this.summaries = summaries;
		this.complaints = complaints;
		this.surveys = surveys;
		this.clock = clock;
		this.messages = messages;
	}

	/** One chart on the page: its caption and the SVG as a data URI. */
	record Picture(String caption, String dataUri, boolean empty) {

		static Picture of(BarChart chart) {
			return new Picture(chart.caption(), SvgCharts.dataUri(chart), chart.max() == 0);
		}

	}

	/**
	 * The year's charts: {@code ?year=} one of this year and the year just ended, else this year; from 1
	 * October until the new plan is published, the year just ended, whose charts the year-end meeting wants.
	 */
	@GetMapping("/admin/reports/year")
	String year(@RequestParam(name = "year", required = false) Integer asked, Locale locale, Model model) {
		LocalDate today = LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
		FiscalYear current = FiscalYear.containing(today);
		List<FiscalYear> choosable = List.of(current, current.previous());
		FiscalYear year = FiscalYear.ofValid(asked)
			.filter(choosable::contains)
			.orElseGet(() -> this.plans.inView(today).map(Plan::getFiscalYear).orElse(current));
		List<Picture> pictures = new ArrayList<>();
		this.plans.published(year).ifPresent(plan -> pictures.add(Picture.of(statusChart(plan, locale))));
		// the year's latest meeting: this month's, or September's for the year just ended
		YearMonth meetingMonth = YearMonth.from(year.contains(today) ? today : year.end());
		pictures.add(Picture.of(reportingChart(
				this.summaries.assemble(this.meetings.forMonth(meetingMonth).getId()), locale)));
		ComplaintStatistics.Stats stats = this.complaints.forYear(year);
		pictures.add(Picture.of(new BarChart(text("reports.year.chart.complaints", locale),
				List.of(new BarChart.Series(text("reports.year.chart.done", locale), "#2e7d32"),
						new BarChart.Series(text("reports.year.chart.in-progress", locale), "#f9a825")),
				stats.months()
					.stream()
					.map(m -> new BarChart.Bar(ThaiDates.monthYear(YearMonth.parse(m.key()).atDay(1), locale),
							List.of(m.done(), m.inProgress())))
					.toList())));
		pictures.add(Picture.of(new BarChart(text("reports.year.chart.satisfaction", locale),
				List.of(new BarChart.Series(text("reports.year.chart.satisfaction.series", locale), "#1565c0")),
				this.surveys.results(year)
					.stream()
					.filter(r -> r.overall() != null)
					.map(r -> new BarChart.Bar(r.name() + " · " + text("surveys.half." + r.half(), locale),
							List.of(Math.round(r.overall() * 20))))
					.toList())));
		model.addAttribute("year", year);
		model.addAttribute("otherYears", choosable.stream().filter(y -> !y.equals(year)).toList());
		model.addAttribute("pictures", pictures);
		model.addAttribute("ratings", stats.ratings());
		model.addAttribute("averageRating", stats.averageRating());
		return "reports/year";
	}

	/**
	 * The memo's chart of items reported before each meeting, worded in the page's language (the memo
	 * itself stays Thai): "รายงานทันการประชุม" or "Reported in time", "13 ม.ค. 2569" or "13 Jan 2569".
	 */
	private BarChart reportingChart(org.tidtam.reports.MonthlySummary summary, Locale locale) {
		BarChart thai = MonthlySummaryDocument.reportingChart(summary);
		List<String> labels = summary.reporting().stream().map(r -> ThaiDates.shortDate(r.meeting(), locale)).toList();
		return new BarChart(text("reports.year.chart.reporting", locale),
				List.of(new BarChart.Series(text("reports.year.chart.reported", locale), thai.series().get(0).colour()),
						new BarChart.Series(text("reports.year.chart.missing", locale), thai.series().get(1).colour())),
				java.util.stream.IntStream.range(0, thai.bars().size())
					.mapToObj(i -> new BarChart.Bar(labels.get(i), thai.bars().get(i).values()))
					.toList());
	}

	/** The states of the year's assignments per division, its states named in the page's language. */
	private BarChart statusChart(Plan plan, Locale locale) {
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
		BarChart thai = MonthlySummaryDocument.statusChart(
				text("reports.year.chart.status", locale, String.valueOf(plan.getFiscalYear())), byName);
		// the series are the states in the chart's order, named as the memo names them (AssignmentState.thai())
		List<BarChart.Series> series = thai.series()
			.stream()
			.map(s -> new BarChart.Series(stateName(s.name(), locale), s.colour()))
			.toList();
		return new BarChart(thai.caption(), series, thai.bars());
	}

	private String stateName(String thai, Locale locale) {
		for (AssignmentState state : AssignmentState.values()) {
			if (state.thai().equals(thai)) {
				return text("assignment.state." + state.name(), locale);
			}
		}
		return thai;
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
