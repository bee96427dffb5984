package org.tidtam.reports.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.Organisation;
import org.tidtam.measures.organisation.OrganisationService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.reports.Meeting;
import org.tidtam.reports.MeetingService;
import org.tidtam.reports.MonthlySummary;
import org.tidtam.reports.MonthlySummaryDocument;
import org.tidtam.reports.MonthlySummaryService;
import org.tidtam.reports.document.PrintOptions;
import org.tidtam.reports.document.ReportDocument;
import org.tidtam.reports.document.ReportExports;
import org.tidtam.shared.ThaiDates;

/**
 * The monthly meeting pages: the follow-up summary on screen (the same template the PDF is drawn from),
 * its DOCX, XLSX and PDF, moving the meeting, and recording its resolutions. Coordinators and executives
 * read; coordinators change (SecurityConfig).
 */
@Controller
class MeetingReportsController {

	static final String MEETINGS_VIEW = "reports/meetings";

	static final String MEETING_VIEW = "reports/meeting";

	private final MeetingService meetings;

	private final MonthlySummaryService summaries;

	private final OrganisationService organisation;

	private final DivisionService divisions;

	private final MeasureService measures;

	private final ReportExports exports;

	private final Clock clock;

	MeetingReportsController(MeetingService meetings, MonthlySummaryService summaries, OrganisationService organisation,
			DivisionService divisions, MeasureService measures, ReportExports exports, Clock clock) {
		this.meetings = meetings;
		this.summaries = summaries;
		this.organisation = organisation;
		this.divisions = divisions;
		this.measures = measures;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/admin/reports")
	String meetings(Model model) {
		model.addAttribute("meetings", this.meetings.all());
		model.addAttribute("thisMonth", YearMonth.now(this.clock.withZone(ThaiDates.BANGKOK)));
		return MEETINGS_VIEW;
	}

	/** This month's meeting (dated from the schedule the first time it is asked for). */
	@GetMapping("/admin/reports/meetings/current")
	String current() {
		Meeting m = this.meetings.forMonth(YearMonth.now(this.clock.withZone(ThaiDates.BANGKOK)));
		return "redirect:/admin/reports/meetings/" + m.getId();
	}

	@GetMapping("/admin/reports/meetings/{id}")
	String meeting(@PathVariable String id, @RequestParam(name = "thaiDigits", defaultValue = "false") boolean thaiDigits,
			Model model) {
		Meeting meeting = meeting(id);
		MonthlySummary summary = this.summaries.assemble(id);
		PrintOptions options = new PrintOptions(thaiDigits);
		ReportDocument doc = document(summary);
		model.addAttribute("meeting", meeting);
		model.addAttribute("summary", summary);
		model.addAttribute("doc", doc.printed(options));
		model.addAttribute("memoDate", ReportExports.memoDate(doc, options));
		model.addAttribute("thaiDigits", thaiDigits);
		model.addAttribute("divisions", this.divisions.active());
		model.addAttribute("resolutions", meeting.getResolutionIds()
			.stream()
			.map(this.measures::find)
			.flatMap(java.util.Optional::stream)
			.toList());
		model.addAttribute("formKey", UUID.randomUUID().toString());
		return MEETING_VIEW;
	}

	@GetMapping("/admin/reports/meetings/{id}/summary.{format}")
	ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "thaiDigits", defaultValue = "false") boolean thaiDigits) {
		ReportExports.Format f = switch (format) {
			case "docx" -> ReportExports.Format.DOCX;
			case "xlsx" -> ReportExports.Format.XLSX;
			case "pdf" -> ReportExports.Format.PDF;
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
		Meeting meeting = meeting(id);
		byte[] body = this.exports.export(document(this.summaries.assemble(id)), f, new PrintOptions(thaiDigits));
		String name = "monthly-summary-" + ThaiDates.fileDate(meeting.getDate()) + "." + f.extension();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(f.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	@PostMapping("/admin/reports/meetings/{id}/date")
	String reschedule(@PathVariable String id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Locale locale, RedirectAttributes redirect) {
		Meeting meeting = meeting(id);
		if (!java.time.YearMonth.from(date).equals(java.time.YearMonth.from(meeting.getDate()))) {
			redirect.addFlashAttribute("flashError", "reports.meeting.move-within-month");
			return "redirect:/admin/reports/meetings/" + id;
		}
		this.meetings.reschedule(id, date);
		redirect.addFlashAttribute("flash", "reports.meeting.moved");
		redirect.addFlashAttribute("flashArg", ThaiDates.longDate(date, locale));
		return "redirect:/admin/reports/meetings/" + id;
	}

	/**
	 * Records a resolution. The page carries a one-time {@code formKey}: the same page sent twice
	 * (double click, back and send again) adds one follow-up item.
	 */
	@PostMapping("/admin/reports/meetings/{id}/resolutions")
	String resolve(@PathVariable String id, @RequestParam String formKey, @RequestParam String text,
			@RequestParam String divisionId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, Locale locale,
			RedirectAttributes redirect) {
		Meeting meeting = meeting(id);
		if (text.isBlank() || this.divisions.find(divisionId).isEmpty()) {
			redirect.addFlashAttribute("flashError", "reports.resolution.invalid");
			return "redirect:/admin/reports/meetings/" + id;
		}
		// a follow-up of this meeting, in the plan of its fiscal year: due after the meeting, within that year
		org.tidtam.shared.FiscalYear year = org.tidtam.shared.FiscalYear.containing(meeting.getDate());
		if (dueOn.isBefore(meeting.getDate()) || dueOn.isAfter(year.end())) {
			redirect.addFlashAttribute("flashError", "reports.resolution.due-outside");
			redirect.addFlashAttribute("flashArg", ThaiDates.longDate(year.end(), locale));
			return "redirect:/admin/reports/meetings/" + id;
		}
		try {
			java.util.Optional<Measure> r = this.meetings.recordResolutionOnce(formKey, id, text, divisionId, dueOn);
			if (r.isPresent()) {
				redirect.addFlashAttribute("flash", "reports.resolution.recorded");
				redirect.addFlashAttribute("flashArg", r.get().getNumber());
			}
			else {
				redirect.addFlashAttribute("flash", "reports.resolution.already");
			}
		}
		catch (IllegalStateException noPlan) {
			redirect.addFlashAttribute("flashError", "reports.resolution.no-plan");
		}
		return "redirect:/admin/reports/meetings/" + id;
	}

	private ReportDocument document(MonthlySummary summary) {
		Organisation org = this.organisation.profile().orElse(null);
		return MonthlySummaryDocument.build(summary, org, LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK)));
	}

	private Meeting meeting(String id) {
		return this.meetings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}


}
