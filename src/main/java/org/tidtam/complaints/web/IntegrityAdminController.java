package org.tidtam.complaints.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
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
import org.tidtam.complaints.TrailFilter;
import org.tidtam.complaints.integrity.IntegrityAudit;
import org.tidtam.complaints.integrity.IntegrityReport;
import org.tidtam.complaints.integrity.IntegrityService;
import org.tidtam.complaints.integrity.IntegrityStatus;
import org.tidtam.shared.Role;

/**
 * The integrity officers' pages (and nobody else's: the security rules allow only
 * {@code INTEGRITY_OFFICER}, and each handler checks again). Every list, read and evidence download
 * is audited by the service.
 */
@Controller
class IntegrityAdminController {

	/** What LINE sends (photos, videos, voice, files) and what people attach most. */
	private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("image/jpeg", "jpg"),
			Map.entry("image/png", "png"), Map.entry("image/gif", "gif"), Map.entry("image/webp", "webp"),
			Map.entry("image/heic", "heic"), Map.entry("video/mp4", "mp4"), Map.entry("video/quicktime", "mov"),
			Map.entry("audio/mp4", "m4a"), Map.entry("audio/x-m4a", "m4a"), Map.entry("audio/m4a", "m4a"),
			Map.entry("audio/aac", "aac"), Map.entry("audio/mpeg", "mp3"), Map.entry("application/pdf", "pdf"),
			Map.entry("text/plain", "txt"), Map.entry("text/csv", "csv"), Map.entry("application/zip", "zip"),
			Map.entry("application/msword", "doc"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
			Map.entry("application/vnd.ms-excel", "xls"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
			Map.entry("application/octet-stream", "bin"));

	/** Reports, or rows of the trail, on one page; older ones are on the next pages. */
	static final int PAGE_SIZE = 50;

	private final IntegrityService reports;

	private final IntegrityAudit audit;

	IntegrityAdminController(IntegrityService reports, IntegrityAudit audit) {
		this.reports = reports;
		this.audit = audit;
	}

	@GetMapping("/admin/integrity")
	String list(@RequestParam(name = "page", defaultValue = "0") int page, Authentication user, Model model) {
		officerOnly(user);
		Page<IntegrityReport> found = this.reports.list(user.getName(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("reports", found.getContent());
		model.addAttribute("page", found);
		return "complaints/integrity-list";
	}

	/**
	 * Who read or changed which report, and when: a page at a time, narrowed to days, an officer or a
	 * report. Reading the trail is not itself recorded (it shows no report's content).
	 */
	@GetMapping("/admin/integrity/trail")
	String trail(@RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "who", required = false) String who,
			@RequestParam(name = "ticket", required = false) String ticket,
			@RequestParam(name = "page", defaultValue = "0") int page, Authentication user, Model model) {
		officerOnly(user);
		TrailFilter filter = new TrailFilter(from, to, who, ticket);
		Page<IntegrityAudit.Access> found = this.audit.page(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		return TrailPages.show(model, "/admin/integrity/trail", filter, found, found.getContent(), "integrity.trail",
				"integrity", "/admin/integrity", "integrity.back");
	}

	@GetMapping("/admin/integrity/{id}")
	String report(@PathVariable String id, Authentication user, Model model) {
		officerOnly(user);
		IntegrityReport report = this.reports.read(id, user.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("r", report);
		model.addAttribute("statuses", IntegrityStatus.values());
		model.addAttribute("evidenceCount",
				report.getEvidence().size() + report.getAdditions().stream().mapToInt(a -> a.evidence().size()).sum());
		return "complaints/integrity-report";
	}

	@PostMapping("/admin/integrity/{id}/status")
	String status(@PathVariable String id, @RequestParam IntegrityStatus status,
			@RequestParam(required = false) String publicNote, @RequestParam(required = false) String internalNote,
			Authentication user, RedirectAttributes redirect) {
		officerOnly(user);
		if ((publicNote != null && publicNote.length() > 2000) || (internalNote != null && internalNote.length() > 2000)) {
			redirect.addFlashAttribute("flashError", "complaints.error.note-too-long");
			return "redirect:/admin/integrity/" + id;
		}
		boolean reporterTold;
		try {
			reporterTold = this.reports.changeStatus(id, status, publicNote, internalNote, user.getName());
		}
		catch (IntegrityService.NothingChanged e) {
			redirect.addFlashAttribute("flashError", "integrity.error.nothing-changed");
			return "redirect:/admin/integrity/" + id;
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", reporterTold ? "integrity.changed" : "integrity.noted-internal");
		return "redirect:/admin/integrity/" + id;
	}

	@GetMapping("/admin/integrity/{id}/evidence/{index}")
	ResponseEntity<byte[]> evidence(@PathVariable String id, @PathVariable int index, Authentication user) {
		officerOnly(user);
		IntegrityService.Content content = this.reports.evidence(id, index, user.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		MediaType type = mediaType(content.contentType());
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(fileName(content.fileName(), type, index), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Cache-Control", "no-store")
			.body(content.bytes());
	}

	/** The stored type, or bytes when there is none or it does not parse (never guessed from content). */
	static MediaType mediaType(String stored) {
		if (stored == null || stored.isBlank()) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
		try {
			return MediaType.parseMediaType(stored);
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	/**
	 * The name the reporter's file was sent with when it has one; a photo from the chat is stored under
	 * its LINE message id (no extension), so it becomes {@code evidence-N.jpg} from its type.
	 */
	static String fileName(String stored, MediaType type, int index) {
		if (stored != null) {
			String base = stored.substring(Math.max(stored.lastIndexOf('/'), stored.lastIndexOf('\\')) + 1).strip();
			int dot = base.lastIndexOf('.');
			if (dot > 0 && dot < base.length() - 1) {
				return base;
			}
		}
		String extension = EXTENSIONS.get(type.getType() + "/" + type.getSubtype());
		return "evidence-" + index + (extension == null ? "" : "." + extension);
	}

	private static void officerOnly(Authentication user) {
		boolean officer = user != null
				&& user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.INTEGRITY_OFFICER.authority()));
		if (!officer) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
