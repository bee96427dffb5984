package org.tidtam.progress.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.measures.plan.Assignment;
import org.tidtam.measures.plan.AssignmentService;
import org.tidtam.measures.plan.Measure;
import org.tidtam.measures.plan.MeasureService;
import org.tidtam.progress.Evidence;
import org.tidtam.progress.EvidenceFiles;
import org.tidtam.progress.ProgressReport;
import org.tidtam.progress.ProgressService;
import org.tidtam.progress.ProgressStatus;
import org.tidtam.shared.Role;

/**
 * An assignment's progress: the timeline of reports (corrections and withdrawals shown as such) with
 * evidence thumbnails and downloads, and a form for a coordinator to record a report on someone's
 * behalf. Evidence can hold people's faces and documents, so only coordinators, executives, admins
 * and division heads see it, and only files that belong to a report are served.
 */
@Controller
class ProgressTimelineController {

	static final String VIEW = "progress/timeline";

	private final ProgressService progress;

	private final AssignmentService assignments;

	private final MeasureService measures;

	private final DivisionService divisions;

	private final PersonService people;

	private final EvidenceFiles files;

	ProgressTimelineController(ProgressService progress, AssignmentService assignments, MeasureService measures,
			DivisionService divisions, PersonService people, EvidenceFiles files) {
		this.progress = progress;
		this.assignments = assignments;
		this.measures = measures;
		this.divisions = divisions;
		this.people = people;
		this.files = files;
	}

	@GetMapping("/admin/progress/assignments/{id}")
	String timeline(@PathVariable String id, Model model, HttpServletRequest request) {
		requireReader(request);
		Assignment assignment = this.assignments.find(id).orElseThrow(ProgressTimelineController::notFound);
		Measure measure = this.measures.find(assignment.getMeasureId()).orElseThrow(ProgressTimelineController::notFound);
		model.addAttribute("assignment", assignment);
		model.addAttribute("measure", measure);
		model.addAttribute("division",
				this.divisions.find(assignment.getDivisionId()).map(d -> d.getName()).orElse("-"));
		model.addAttribute("reports", this.progress.timeline(id));
		model.addAttribute("statuses", ProgressStatus.values());
		model.addAttribute("canRecord", canRecord(request));
		model.addAttribute("token", UUID.randomUUID().toString());
		model.addAttribute("staff", this.people.all()
			.stream()
			.filter(p -> assignment.getDivisionId().equals(p.getDivisionId()))
			.collect(Collectors.toMap(Person::getId, Person::getName, (a, b) -> a, java.util.LinkedHashMap::new)));
		return VIEW;
	}

	@PostMapping("/admin/progress/assignments/{id}")
	String recordOnBehalf(@PathVariable String id, @RequestParam String token, @RequestParam ProgressStatus status,
			@RequestParam(required = false) Integer percent, @RequestParam String text,
			@RequestParam(required = false) String personId,
			@RequestParam(name = "files", required = false) List<MultipartFile> uploads, HttpServletRequest request,
			RedirectAttributes flash) throws IOException {
		if (!canRecord(request)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		this.assignments.find(id).orElseThrow(ProgressTimelineController::notFound);
		String user = request.getUserPrincipal().getName();
		Draft draft = new Draft(status, percent, text, personId);
		if (text.isBlank() || (percent != null && (percent < 0 || percent > 100))) {
			flash.addFlashAttribute("flashError", "progress.web.form.invalid");
			flash.addFlashAttribute("draft", draft);
			return "redirect:/admin/progress/assignments/" + id;
		}
		List<Evidence> evidence = new ArrayList<>();
		if (this.progress.byKey("web:" + token).isEmpty() && uploads != null) {
			for (MultipartFile upload : uploads) {
				if (upload.isEmpty()) {
					continue;
				}
				var stored = this.files.store(upload.getOriginalFilename(), upload.getContentType(), upload.getBytes(), user);
				if (stored.isEmpty()) {
					flash.addFlashAttribute("flashError", "progress.web.form.file-refused");
					flash.addFlashAttribute("draft", draft);
					return "redirect:/admin/progress/assignments/" + id;
				}
				evidence.add(stored.get());
			}
		}
		ProgressReport report = new ProgressReport();
		report.setIdempotencyKey("web:" + token);
		report.setAssignmentId(id);
		report.setStatus(status);
		report.setPercent(percent);
		report.setText(text.strip());
		report.setEvidence(evidence);
		report.setSource(ProgressReport.Source.WEB);
		report.setRecordedBy(user);
		if (personId != null && !personId.isBlank()) {
			this.people.find(personId).ifPresent(p -> {
				report.setReportedBy(p.getId());
				report.setReportedByName(p.getName());
			});
		}
		this.progress.record(report);
		flash.addFlashAttribute("flash", "progress.web.form.saved");
		return "redirect:/admin/progress/assignments/" + id;
	}

	@GetMapping("/admin/progress/evidence/{fileId}")
	ResponseEntity<byte[]> evidence(@PathVariable String fileId, HttpServletRequest request) {
		requireReader(request);
		Evidence evidence = this.progress.evidence(fileId).orElseThrow(ProgressTimelineController::notFound);
		EvidenceFiles.Content content = this.files.open(fileId).orElseThrow(ProgressTimelineController::notFound);
		String type = content.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : content.contentType();
		boolean inline = type.toLowerCase(Locale.ROOT).startsWith("image/");
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(evidence.fileName() == null ? fileId : evidence.fileName(), java.nio.charset.StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(content.bytes());
	}

	/**
	 * What the coordinator typed into a form that was sent back (a refused file, a percent out of
	 * range): the page shows it again so a long report is not lost. Files have to be chosen again.
	 */
	record Draft(ProgressStatus status, Integer percent, String text, String personId)
			implements java.io.Serializable {
	}

	static void requireReader(HttpServletRequest request) {
		for (Role role : List.of(Role.ADMIN, Role.COORDINATOR, Role.EXECUTIVE, Role.DIVISION_HEAD)) {
			if (request.isUserInRole(role.name())) {
				return;
			}
		}
		throw new ResponseStatusException(HttpStatus.FORBIDDEN);
	}

	static boolean canRecord(HttpServletRequest request) {
		return request.isUserInRole(Role.ADMIN.name()) || request.isUserInRole(Role.COORDINATOR.name());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
