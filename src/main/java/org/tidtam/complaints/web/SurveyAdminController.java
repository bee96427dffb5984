package org.tidtam.complaints.web;

import java.time.Clock;
import java.time.LocalDate;

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
import org.tidtam.shared.QrCodes;
import org.tidtam.complaints.SurveyService;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/** Satisfaction surveys: each service's link and printable QR code, and the results per half-year. */
@Controller
class SurveyAdminController {

	private final SurveyService surveys;

	private final Clock clock;

	SurveyAdminController(SurveyService surveys, Clock clock) {
		this.surveys = surveys;
		this.clock = clock;
	}

	@GetMapping("/admin/complaints/surveys")
	String page(@RequestParam(name = "year", required = false) Integer year, Model model) {
		FiscalYear fiscal = FiscalYear.ofValid(year)
			.orElseGet(() -> FiscalYear.containing(LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK))));
		model.addAttribute("services", this.surveys.services());
		model.addAttribute("results", this.surveys.results(fiscal));
		model.addAttribute("questions", SurveyService.QUESTIONS);
		model.addAttribute("year", fiscal.buddhistYear());
		model.addAttribute("links", this.surveys.services()
			.stream()
			.collect(java.util.stream.Collectors.toMap(SurveyService.SurveyedService::code, s -> this.surveys.link(s.code()))));
		return "complaints/surveys";
	}

	@PostMapping("/admin/complaints/surveys")
	String add(@RequestParam String name, RedirectAttributes redirect) {
		if (name.isBlank() || name.length() > 100) {
			redirect.addFlashAttribute("flashError", "surveys.invalid");
			return "redirect:/admin/complaints/surveys";
		}
		this.surveys.addService(name);
		redirect.addFlashAttribute("flash", "surveys.added");
		return "redirect:/admin/complaints/surveys";
	}

	@PostMapping("/admin/complaints/surveys/{code}/rename")
	String rename(@PathVariable String code, @RequestParam String name, RedirectAttributes redirect) {
		if (name.isBlank() || name.length() > 100) {
			redirect.addFlashAttribute("flashError", "surveys.invalid");
		}
		else {
			boolean renamed = this.surveys.rename(code, name);
			redirect.addFlashAttribute(renamed ? "flash" : "flashError", renamed ? "surveys.renamed" : "surveys.unknown");
		}
		return "redirect:/admin/complaints/surveys";
	}

	@PostMapping("/admin/complaints/surveys/{code}/retire")
	String retire(@PathVariable String code, RedirectAttributes redirect) {
		boolean retired = this.surveys.retire(code);
		redirect.addFlashAttribute(retired ? "flash" : "flashError", retired ? "surveys.retired" : "surveys.unknown");
		return "redirect:/admin/complaints/surveys";
	}

	@GetMapping("/admin/complaints/surveys/{code}/qr.svg")
	ResponseEntity<String> qr(@PathVariable String code) {
		this.surveys.service(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.header("X-Content-Type-Options", "nosniff")
			.body(QrCodes.svg(this.surveys.link(code)));
	}

}
