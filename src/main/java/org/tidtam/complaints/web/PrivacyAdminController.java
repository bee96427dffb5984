package org.tidtam.complaints.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.complaints.privacy.DataRequests;
import org.tidtam.complaints.privacy.PrivacyAudit;

/**
 * PDPA for the coordinator: citizens' requests for a copy or deletion of their data (approve or reject;
 * the citizen is answered in LINE) and the log of who looked at citizens' data in the admin.
 */
@Controller
class PrivacyAdminController {

	private final DataRequests requests;

	private final PrivacyAudit audit;

	PrivacyAdminController(DataRequests requests, PrivacyAudit audit) {
		this.requests = requests;
		this.audit = audit;
	}

	@GetMapping("/admin/privacy")
	String privacy(Model model) {
		model.addAttribute("pending", this.requests.pending());
		model.addAttribute("decided", this.requests.recent(50));
		model.addAttribute("accesses", this.audit.recent(100));
		model.addAttribute("answerWithin", DataRequests.ANSWER_WITHIN_DAYS);
		return "complaints/privacy";
	}

	@PostMapping("/admin/privacy/requests/{id}")
	String decide(@PathVariable String id, @RequestParam boolean approve, @RequestParam(defaultValue = "") String reason,
			Authentication who, RedirectAttributes redirect) {
		boolean decided = this.requests.decide(id, approve, who.getName(), reason);
		redirect.addFlashAttribute(decided ? "flash" : "flashError",
				decided ? (approve ? "privacy.approved" : "privacy.rejected") : "privacy.already");
		return "redirect:/admin/privacy";
	}

}
