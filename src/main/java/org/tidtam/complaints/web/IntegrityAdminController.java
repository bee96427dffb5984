package org.tidtam.complaints.web;

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

	private final IntegrityService reports;

	private final IntegrityAudit audit;

	IntegrityAdminController(IntegrityService reports, IntegrityAudit audit) {
		this.reports = reports;
		this.audit = audit;
	}

	@GetMapping("/admin/integrity")
	String list(Authentication user, Model model) {
		officerOnly(user);
		model.addAttribute("reports", this.reports.list(user.getName()));
		model.addAttribute("trail", this.audit.recent(50));
		return "complaints/integrity-list";
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
		try {
			this.reports.changeStatus(id, status, publicNote, internalNote, user.getName());
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("flash", "integrity.changed");
		return "redirect:/admin/integrity/" + id;
	}

	@GetMapping("/admin/integrity/{id}/evidence/{index}")
	ResponseEntity<byte[]> evidence(@PathVariable String id, @PathVariable int index, Authentication user) {
		officerOnly(user);
		IntegrityService.Content content = this.reports.evidence(id, index, user.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header("Content-Disposition", "attachment; filename=\"evidence-" + index + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.header("Cache-Control", "no-store")
			.body(content.bytes());
	}

	private static void officerOnly(Authentication user) {
		boolean officer = user != null
				&& user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.INTEGRITY_OFFICER.authority()));
		if (!officer) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
