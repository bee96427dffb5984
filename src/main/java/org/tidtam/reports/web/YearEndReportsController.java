package org.tidtam.reports.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.measures.organisation.OrganisationService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.reports.PeriodReport;
import org.tidtam.reports.YearEndDocuments;
import org.tidtam.reports.YearEndReport;
import org.tidtam.reports.YearEndReportService;
import org.tidtam.reports.document.PrintOptions;
import org.tidtam.reports.document.ReportDocument;
import org.tidtam.reports.document.ReportExports;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * The year-end report (editable "what was done", indicator scores) and progress by measure for a range
 * (a quarter by default), each with DOCX, XLSX and PDF.
 */
@Controller
class YearEndReportsController {

	private final YearEndReportService reports;

	private final PlanService plans;

	private final OrganisationService organisation;

	private final ReportExports exports;

	private final Clock clock;

	YearEndReportsController(YearEndReportService reports, PlanService plans, OrganisationService organisation,
			ReportExports exports, Clock clock) {
		this.reports = reports;
		this.plans = plans;
		this.organisation = organisation;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/admin/reports/year-end")
	String yearEnd(@RequestParam(name = "year", required = false) Integer year,
			@RequestParam(name = "thaiDigits", defaultValue = "false") boolean thaiDigits, Model model) {
		Plan plan = plan(year, true);
		model.addAttribute("thaiDigits", thaiDigits);
		model.addAttribute("otherYears", otherYears(plan.getFiscalYear()));
		YearEndReport report = this.reports.yearEnd(plan.getId());
		model.addAttribute("plan", plan);
		model.addAttribute("report", report);
		model.addAttribute("scores", this.reports.edits(plan.getId()).getScores());
		return "reports/year-end";
	}

	@PostMapping("/admin/reports/year-end/{planId}/measures/{measureId}")
	String edit(@PathVariable String planId, @PathVariable String measureId, @RequestParam(defaultValue = "") String text,
			Authentication who, RedirectAttributes redirect) {
		Plan plan = this.plans.find(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (YearEndReportService.tooLong(text)) {
			redirect.addFlashAttribute("flashError", "reports.year-end.too-long");
			redirect.addFlashAttribute("flashArg", String.format(java.util.Locale.ROOT, "%,d", YearEndReportService.MAX_WHAT_WAS_DONE));
			return "redirect:/admin/reports/year-end?year=" + plan.getFiscalYear() + "#m-" + measureId;
		}
		this.reports.editWhatWasDone(planId, measureId, text, who.getName());
		redirect.addFlashAttribute("flash", text.isBlank() ? "reports.year-end.reset" : "reports.year-end.saved");
		return "redirect:/admin/reports/year-end?year=" + plan.getFiscalYear() + "#m-" + measureId;
	}

	@PostMapping("/admin/reports/year-end/{planId}/scores")
	String scores(@PathVariable String planId, @RequestParam Map<String, String> form, Authentication who,
			RedirectAttributes redirect) {
		Plan plan = this.plans.find(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, Double> scores = new LinkedHashMap<>();
		try {
			form.forEach((k, v) -> {
				if (k.startsWith("score.")) {
					// scores as the seed documents write them too: Thai digits, "๘๕.๕"
					scores.put(k.substring("score.".length()),
							v.isBlank() ? null : Double.valueOf(org.tidtam.shared.ThaiDates.asciiDigits(v.strip())));
				}
			});
			this.reports.setScores(planId, scores, who.getName());
			redirect.addFlashAttribute("flash", "reports.year-end.scores-saved");
		}
		catch (IllegalArgumentException bad) {
			redirect.addFlashAttribute("flashError", "reports.year-end.scores-invalid");
		}
		return "redirect:/admin/reports/year-end?year=" + plan.getFiscalYear();
	}

	@GetMapping("/admin/reports/year-end/{planId}/report.{format}")
	ResponseEntity<byte[]> yearEndDownload(@PathVariable String planId, @PathVariable String format,
			@RequestParam(name = "thaiDigits", defaultValue = "false") boolean thaiDigits) {
		Plan plan = this.plans.find(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ReportDocument doc = YearEndDocuments.yearEnd(this.reports.yearEnd(planId), this.organisation.profile().orElse(null),
				today());
		return download(doc, format, thaiDigits, "year-end-" + plan.getFiscalYear());
	}

	@GetMapping("/admin/reports/progress")
	String period(@RequestParam(name = "year", required = false) Integer year,
			@RequestParam(name = "quarter", required = false) Integer quarter,
			@RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "thaiDigits", defaultValue = "false") boolean thaiDigits, Model model) {
		Plan plan = plan(year, false);
		model.addAttribute("thaiDigits", thaiDigits);
		LocalDate[] range = range(plan.getFiscalYear(), quarter, from, to);
		PeriodReport report = this.reports.period(plan.getId(), range[0], range[1]);
		ReportDocument doc = YearEndDocuments.period(report, this.organisation.profile().orElse(null), today());
		model.addAttribute("plan", plan);
		model.addAttribute("from", range[0]);
		model.addAttribute("to", range[1]);
		// the page shows the document as it is printed, Thai digits included when asked
		PrintOptions options = new PrintOptions(thaiDigits);
		model.addAttribute("doc", doc.printed(options));
		model.addAttribute("memoDate", ReportExports.memoDate(doc, options));
		return "reports/progress";
	}

	@GetMapping("/admin/reports/progress/{planId}/report.{format}")
	ResponseEntity<byte[]> periodDownload(@PathVariable String planId, @PathVariable String format,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "thaiDigits", defaultValue = "false") boolean thaiDigits) {
		this.plans.find(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ReportDocument doc = YearEndDocuments.period(this.reports.period(planId, from, to),
				this.organisation.profile().orElse(null), today());
		return download(doc, format, thaiDigits, "progress-" + ThaiDates.fileDate(from) + "-" + ThaiDates.fileDate(to));
	}

	private ResponseEntity<byte[]> download(ReportDocument doc, String format, boolean thaiDigits, String baseName) {
		ReportExports.Format f = switch (format) {
			case "docx" -> ReportExports.Format.DOCX;
			case "xlsx" -> ReportExports.Format.XLSX;
			case "pdf" -> ReportExports.Format.PDF;
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
		byte[] body = this.exports.export(doc, f, new PrintOptions(thaiDigits));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(f.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(baseName + "." + f.extension(), StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(body);
	}

	/** A quarter of the plan's year, an explicit range, or else the quarter containing today. */
	private LocalDate[] range(FiscalYear year, Integer quarter, LocalDate from, LocalDate to) {
		if (from != null && to != null && !to.isBefore(from)) {
			return new LocalDate[] { from, to };
		}
		int q = quarter != null && quarter >= 1 && quarter <= 4 ? quarter
				: year.contains(today()) ? FiscalYear.quarterOf(today()) : 4;
		return new LocalDate[] { year.quarterStart(q), year.quarterEnd(q) };
	}

	/**
	 * The plan of the year asked for; when the parameter names none (missing, a CE year, a typo), this
	 * fiscal year's or the one just ended, whichever has a plan, a published one first. The year-end report
	 * prefers the year just ended in the first quarter (October to December): that is when its report is
	 * written, while the new year's plan has no results yet or is not even created.
	 */
	private Plan plan(Integer year, boolean yearEnd) {
		Optional<FiscalYear> asked = FiscalYear.ofValid(year);
		if (asked.isPresent()) {
			return this.plans.forYear(asked.get()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		FiscalYear current = FiscalYear.containing(today());
		List<FiscalYear> order = yearEnd && FiscalYear.quarterOf(today()) == 1 ? List.of(current.previous(), current)
				: List.of(current, current.previous());
		List<Plan> found = order.stream().map(this.plans::forYear).flatMap(Optional::stream).toList();
		return found.stream()
			.filter(Plan::isPublished)
			.findFirst()
			.or(() -> found.stream().findFirst())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The other fiscal years that have a plan (next year's and five back), the latest first: the page links to them. */
	private List<FiscalYear> otherYears(FiscalYear shown) {
		List<FiscalYear> years = new ArrayList<>();
		for (FiscalYear y = FiscalYear.containing(today()).next(); years.size() < 7; y = y.previous()) {
			years.add(y);
		}
		return years.stream().filter(y -> !y.equals(shown)).filter(y -> this.plans.forYear(y).isPresent()).toList();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
	}

}
