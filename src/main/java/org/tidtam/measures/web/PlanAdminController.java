package org.tidtam.measures.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.measures.DivisionProgress;
import org.tidtam.measures.importing.ImportFileException;
import org.tidtam.measures.importing.ImportPreview;
import org.tidtam.measures.importing.MeasureTableImporter;
import org.tidtam.measures.importing.UploadedTable;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.MongoDivisionDirectory;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.measures.plan.Plan;
import org.tidtam.measures.plan.PlanService;
import org.tidtam.shared.FiscalYear;
import org.tidtam.shared.ThaiDates;

/**
 * The year's plan for the coordinator: the measures, a per-division dashboard (assigned / acknowledged
 * / done), importing a measures table by paste or file with a preview (nothing is saved until
 * confirmed, and confirming twice saves once), and publishing, which notifies the division heads.
 */
@Controller
class PlanAdminController {

	static final String PREVIEW = "measures.import.preview.";

	static final String INPUT = "measures.import.input.";

	/** Word-to-Excel tables with pictures can be large; the text in them never is. */
	static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

	private final PlanService plans;

	private final MeasureService measures;

	private final org.tidtam.measures.plan.AssignmentService assignments;

	private final DivisionService divisions;

	private final MongoDivisionDirectory directory;

	private final Clock clock;

	private final MeasureTableImporter importer = new MeasureTableImporter();

	PlanAdminController(PlanService plans, MeasureService measures,
			org.tidtam.measures.plan.AssignmentService assignments, DivisionService divisions,
			MongoDivisionDirectory directory, Clock clock) {
		this.plans = plans;
		this.measures = measures;
		this.assignments = assignments;
		this.divisions = divisions;
		this.directory = directory;
		this.clock = clock;
	}

	/** The fiscal year in use: the one today falls in (Asia/Bangkok). */
	FiscalYear year() {
		return FiscalYear.containing(LocalDate.now(this.clock));
	}

	Plan plan() {
		FiscalYear year = year();
		return this.plans.forYear(year).orElseGet(() -> this.plans.create(year, null));
	}

	@GetMapping("/admin/plan")
	String plan(Model model) {
		Plan plan = plan();
		List<Measure> list = this.measures.measures(plan.getId());
		Map<String, String> names = divisionNames();
		model.addAttribute("plan", plan);
		model.addAttribute("measures", list);
		model.addAttribute("divisionNames", names);
		Map<String, DivisionProgress> progress = new LinkedHashMap<>();
		for (DivisionProgress p : this.assignments.dashboard(plan.getId())) {
			progress.put(p.divisionId(), p);
		}
		model.addAttribute("progress", progress);
		return "measures/plan";
	}

	@PostMapping("/admin/plan/publish")
	String publish(Authentication who, RedirectAttributes redirect) {
		Plan plan = plan();
		this.plans.publish(plan.getId(), who.getName());
		redirect.addFlashAttribute("flash", "plan.published");
		return "redirect:/admin/plan";
	}

	@GetMapping("/admin/plan/import")
	String importForm(Model model) {
		model.addAttribute("year", year());
		return "measures/import";
	}

	@PostMapping("/admin/plan/import/preview")
	String preview(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) MultipartFile file,
			HttpSession session, Model model) throws IOException {
		ImportInput input;
		if (file != null && !file.isEmpty()) {
			try {
				input = new ImportInput(null,
						UploadedTable.read(file.getBytes(), file.getOriginalFilename(), MAX_UPLOAD_BYTES));
			}
			catch (ImportFileException e) {
				model.addAttribute("error", e.getMessage());
				model.addAttribute("year", year());
				return "measures/import";
			}
		}
		else {
			input = new ImportInput(text, null);
		}
		return showPreview(UUID.randomUUID().toString(), input, session, model);
	}

	/**
	 * An owner in the table that matches no division: create it as a new division, or record it as
	 * another name of an existing one; then the same table is read again.
	 */
	@PostMapping("/admin/plan/import/division")
	String placeOwner(@RequestParam String importKey, @RequestParam String owner, @RequestParam String action,
			@RequestParam(required = false) String divisionId, HttpSession session, Model model) {
		if (!(session.getAttribute(INPUT + importKey) instanceof ImportInput input)) {
			model.addAttribute("error", "ตัวอย่างนี้หมดอายุแล้ว กรุณาวางตารางอีกครั้ง");
			model.addAttribute("year", year());
			return "measures/import";
		}
		try {
			if ("alias".equals(action) && divisionId != null && !divisionId.isBlank()) {
				this.divisions.addAlias(divisionId, owner);
			}
			else {
				this.divisions.create(owner, "", List.of(), false, false);
			}
		}
		catch (RuntimeException e) {
			model.addAttribute("ownerError", e.getMessage());
		}
		return showPreview(importKey, input, session, model);
	}

	private String showPreview(String key, ImportInput input, HttpSession session, Model model) {
		FiscalYear year = year();
		ImportPreview preview = input.rows() != null ? this.importer.parseRows(input.rows(), this.directory, year)
				: this.importer.parse(input.text(), this.directory, year);
		if (preview.failed()) {
			model.addAttribute("error", preview.error().orElse("-"));
			model.addAttribute("year", year);
			model.addAttribute("text", input.text());
			return "measures/import";
		}
		session.setAttribute(PREVIEW + key, preview);
		session.setAttribute(INPUT + key, input);
		model.addAttribute("preview", preview);
		model.addAttribute("importKey", key);
		model.addAttribute("year", year);
		model.addAttribute("divisions", this.divisions.active());
		model.addAttribute("dueTexts", preview.measures()
			.stream()
			.map(m -> dueText(m.cadence(), year))
			.collect(Collectors.toList()));
		return "measures/import-preview";
	}

	/** What the coordinator gave: pasted text, or the rows of an uploaded file. Kept to read again. */
	record ImportInput(String text, List<List<String>> rows) implements java.io.Serializable {
	}

	@PostMapping("/admin/plan/import/confirm")
	String confirm(@RequestParam String importKey, HttpSession session, RedirectAttributes redirect) {
		Object stored = session.getAttribute(PREVIEW + importKey);
		Plan plan = plan();
		if (stored instanceof ImportPreview preview) {
			MeasureService.ImportResult result = this.measures.importConfirmed(plan.getId(), preview.measures(), importKey);
			redirect.addFlashAttribute("flash", result.alreadyImported() ? "plan.import.already" : "plan.import.saved");
			redirect.addFlashAttribute("flashArg", result.measureIds().size());
		}
		else {
			// the preview is gone (a second tap after the first one saved, or a new session): nothing to save twice
			redirect.addFlashAttribute("flash", "plan.import.already");
		}
		session.removeAttribute(PREVIEW + importKey);
		session.removeAttribute(INPUT + importKey);
		return "redirect:/admin/plan";
	}

	private Map<String, String> divisionNames() {
		return this.divisions.all().stream().collect(Collectors.toMap(Division::getId, Division::getName, (a, b) -> a));
	}

	private static String dueText(org.tidtam.measures.importing.Cadence cadence, FiscalYear year) {
		try {
			LocalDate due = org.tidtam.measures.plan.MeasureCadence.from(cadence).dueOn(year);
			return due == null ? "ทุกการประชุมประจำเดือน" : ThaiDates.longDate(due);
		}
		catch (RuntimeException e) {
			return "-";
		}
	}

}
