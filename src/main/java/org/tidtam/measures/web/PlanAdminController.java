package org.tidtam.measures.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.measures.AssignmentState;
import org.tidtam.measures.DivisionProgress;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.importing.ImportFileException;
import org.tidtam.measures.importing.ImportPreview;
import org.tidtam.measures.importing.MeasureTableImporter;
import org.tidtam.measures.importing.UploadedTable;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.MongoDivisionDirectory;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureNumbersTaken;
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
	static final long MAX_UPLOAD_BYTES = MeasureTableImporter.MAX_FILE_BYTES;

	private final PlanService plans;

	private final MeasureService measures;

	private final org.tidtam.measures.plan.AssignmentService assignments;

	private final DivisionService divisions;

	private final MongoDivisionDirectory directory;

	private final CurrentPlan current;

	private final PersonService people;

	private final MessageSource messageSource;

	private final ImportTexts texts;

	private final MeasureTableImporter importer = new MeasureTableImporter();

	PlanAdminController(PlanService plans, MeasureService measures,
			org.tidtam.measures.plan.AssignmentService assignments, DivisionService divisions,
			MongoDivisionDirectory directory, CurrentPlan current, PersonService people, MessageSource messageSource,
			ImportTexts texts) {
		this.people = people;
		this.texts = texts;
		this.messageSource = messageSource;
		this.plans = plans;
		this.measures = measures;
		this.assignments = assignments;
		this.divisions = divisions;
		this.directory = directory;
		this.current = current;
	}

	FiscalYear year() {
		return this.current.year();
	}

	Plan plan() {
		return this.current.plan();
	}

	/** Which fiscal year the plan pages show in this session: the current one, the next, or an earlier one. */
	@PostMapping("/admin/plan/year")
	String chooseYear(@RequestParam int year, HttpSession session, RedirectAttributes redirect) {
		if (!this.current.choose(session, year)) {
			redirect.addFlashAttribute("flashError", "plan.year.refused");
		}
		return "redirect:/admin/plan";
	}

	@GetMapping("/admin/plan")
	String plan(@RequestParam(name = "division", required = false) String division,
			@RequestParam(name = "state", required = false) AssignmentState state, Model model) {
		Plan plan = plan();
		List<Measure> all = this.measures.measures(plan.getId());
		Map<String, List<Assignment>> byMeasure = this.assignments.forPlan(plan.getId())
			.stream()
			.collect(Collectors.groupingBy(Assignment::getMeasureId, LinkedHashMap::new, Collectors.toList()));
		String divisionFilter = division == null || division.isBlank() ? null : division;
		List<Measure> shown = all.stream()
			.filter(m -> divisionFilter == null || m.getDivisionIds().contains(divisionFilter))
			.filter(m -> state == null || byMeasure.getOrDefault(m.getId(), List.of())
				.stream()
				.anyMatch(a -> a.getState() == state && (divisionFilter == null || a.getDivisionId().equals(divisionFilter))))
			.toList();
		Map<String, String> names = divisionNames();
		model.addAttribute("plan", plan);
		model.addAttribute("thisYear", this.current.today());
		model.addAttribute("years", this.current.choosable());
		model.addAttribute("measures", shown);
		model.addAttribute("measureCount", all.size());
		model.addAttribute("assignmentsByMeasure", byMeasure);
		model.addAttribute("divisionNames", names);
		model.addAttribute("divisions", this.divisions.active());
		model.addAttribute("states", AssignmentState.values());
		model.addAttribute("division", divisionFilter);
		model.addAttribute("state", state);
		Map<String, DivisionProgress> progress = new LinkedHashMap<>();
		for (DivisionProgress p : this.assignments.dashboard(plan.getId())) {
			progress.put(p.divisionId(), p);
		}
		model.addAttribute("progress", progress);
		model.addAttribute("waiting", waitingForAcknowledgement(plan, all, byMeasure));
		model.addAttribute("lastYear", all.isEmpty() && !plan.isPublished()
				? lastYearsPlan(plan).map(Plan::getFiscalYear).orElse(null) : null);
		return "measures/plan";
	}

	/**
	 * Divisions with assignments nobody has acknowledged yet, with the heads the coordinator should
	 * chase (and whether each can be reached in LINE at all).
	 */
	private List<Waiting> waitingForAcknowledgement(Plan plan, List<Measure> measures,
			Map<String, List<Assignment>> byMeasure) {
		if (!plan.isPublished()) {
			return List.of();
		}
		Map<String, Integer> numbers = measures.stream().collect(Collectors.toMap(Measure::getId, Measure::getNumber));
		Map<String, List<Integer>> open = new TreeMap<>();
		byMeasure.values()
			.stream()
			.flatMap(List::stream)
			.filter(a -> a.getAcknowledgedAt() == null && numbers.containsKey(a.getMeasureId()))
			.forEach(a -> open.computeIfAbsent(a.getDivisionId(), d -> new ArrayList<>()).add(numbers.get(a.getMeasureId())));
		Map<String, String> names = divisionNames();
		List<Waiting> waiting = new ArrayList<>();
		open.forEach((divisionId, numberList) -> waiting.add(new Waiting(divisionId, names.getOrDefault(divisionId, "-"),
				numberList.stream().sorted().toList(), this.people.divisionHeadsOf(divisionId))));
		waiting.sort(java.util.Comparator.comparing(Waiting::divisionName));
		return waiting;
	}

	/** One division still to acknowledge: its measure numbers and its heads. */
	record Waiting(String divisionId, String divisionName, List<Integer> measureNumbers, List<Person> heads) {
	}

	/**
	 * Starts this year's draft plan as a copy of last year's measures (owners and follow-up included), for
	 * the coordinator to edit before publishing: most measures carry over from year to year.
	 */
	@PostMapping("/admin/plan/copy-last-year")
	String copyLastYear(RedirectAttributes redirect) {
		Plan plan = plan();
		Optional<Plan> last = lastYearsPlan(plan);
		if (plan.isPublished() || !this.measures.measures(plan.getId()).isEmpty()) {
			redirect.addFlashAttribute("flashError", "plan.copy.not-empty");
		}
		else if (last.isEmpty()) {
			redirect.addFlashAttribute("flashError", "plan.copy.no-last-year");
		}
		else {
			Set<String> active = this.divisions.active().stream().map(Division::getId).collect(Collectors.toSet());
			int copied = this.measures.copyMeasures(last.get().getId(), plan.getId(), active);
			redirect.addFlashAttribute("flash", "plan.copy.done");
			redirect.addFlashAttribute("flashArg", copied);
		}
		return "redirect:/admin/plan";
	}

	/** Last fiscal year's plan when it has measures of its own (resolutions aside) to start from. */
	private Optional<Plan> lastYearsPlan(Plan plan) {
		return this.plans.forYear(plan.getFiscalYear().previous())
			.filter(p -> this.measures.measures(p.getId()).stream().anyMatch(m -> !m.isResolution()));
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
			HttpSession session, Locale locale, Model model) throws IOException {
		ImportInput input;
		if (file != null && !file.isEmpty()) {
			try {
				input = new ImportInput(null,
						UploadedTable.read(file.getBytes(), file.getOriginalFilename(), MAX_UPLOAD_BYTES));
			}
			catch (ImportFileException e) {
				model.addAttribute("problem", e.wording()); // worded in the page's language
				model.addAttribute("year", year());
				return "measures/import";
			}
		}
		else {
			input = new ImportInput(text, null);
		}
		return showPreview(UUID.randomUUID().toString(), input, session, locale, model);
	}

	/**
	 * An owner in the table that matches no division: create it as a new division, or record it as
	 * another name of an existing one; then the same table is read again.
	 */
	@PostMapping("/admin/plan/import/division")
	String placeOwner(@RequestParam String importKey, @RequestParam String owner, @RequestParam String action,
			@RequestParam(required = false) String divisionId, HttpSession session, Locale locale, Model model) {
		if (!(session.getAttribute(INPUT + importKey) instanceof ImportInput input)) {
			model.addAttribute("errorKey", "plan.import.expired");
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
			model.addAttribute("ownerError", OrganisationErrors.said(this.texts, e, locale));
		}
		return showPreview(importKey, input, session, locale, model);
	}

	private String showPreview(String key, ImportInput input, HttpSession session, Locale locale, Model model) {
		FiscalYear year = year();
		ImportPreview preview = input.rows() != null ? this.importer.parseRows(input.rows(), this.directory, year)
				: this.importer.parse(input.text(), this.directory, year);
		if (preview.failed()) {
			if (preview.exceeded().isPresent()) {
				model.addAttribute("limit", preview.exceeded().get()); // worded in the page's language
			}
			else {
				model.addAttribute("problem", preview.problem().orElseThrow());
			}
			model.addAttribute("year", year);
			model.addAttribute("text", input.text());
			return "measures/import";
		}
		session.setAttribute(PREVIEW + key, preview);
		session.setAttribute(INPUT + key, input);
		model.addAttribute("preview", preview);
		model.addAttribute("taken", this.measures.takenNumbers(plan().getId(), preview.measures(), key));
		model.addAttribute("importKey", key);
		model.addAttribute("year", year);
		model.addAttribute("divisions", this.divisions.active());
		model.addAttribute("dueTexts", preview.measures()
			.stream()
			.map(m -> dueText(m.cadence(), year, locale))
			.collect(Collectors.toList()));
		return "measures/import-preview";
	}

	/** What the coordinator gave: pasted text, or the rows of an uploaded file. Kept to read again. */
	record ImportInput(String text, List<List<String>> rows) implements java.io.Serializable {
	}

	/**
	 * Saves the previewed measures once. Numbers the plan already uses (another year's table imported
	 * into this year, a table imported before under another preview) refuse the whole import: the import
	 * page says which, with the table given back to correct.
	 */
	@PostMapping("/admin/plan/import/confirm")
	String confirm(@RequestParam String importKey, HttpSession session, Model model, RedirectAttributes redirect) {
		Object stored = session.getAttribute(PREVIEW + importKey);
		Plan plan = plan();
		if (stored instanceof ImportPreview preview) {
			MeasureService.ImportResult result;
			try {
				result = this.measures.importConfirmed(plan.getId(), preview.measures(), importKey);
			}
			catch (MeasureNumbersTaken e) {
				model.addAttribute("taken", e.numbers());
				model.addAttribute("year", year());
				if (session.getAttribute(INPUT + importKey) instanceof ImportInput input) {
					model.addAttribute("text", input.text());
				}
				session.removeAttribute(PREVIEW + importKey);
				session.removeAttribute(INPUT + importKey);
				return "measures/import";
			}
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
		return this.current.divisionNames();
	}

	/** When a previewed measure is due, in the page's language. */
	private String dueText(org.tidtam.measures.importing.Cadence cadence, FiscalYear year, Locale locale) {
		try {
			org.tidtam.measures.plan.MeasureCadence read = org.tidtam.measures.plan.MeasureCadence.from(cadence);
			return read.monthly() ? this.messageSource.getMessage("plan.import.due.monthly", null, locale)
					: ThaiDates.longDate(read.dueOn(year), locale);
		}
		catch (RuntimeException e) {
			return "-";
		}
	}

}
