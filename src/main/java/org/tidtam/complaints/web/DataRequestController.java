package org.tidtam.complaints.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.complaints.DataRequestService;
import org.tidtam.complaints.PersonalDataAudit;

/** The coordinator decides citizens' PDPA requests (a copy of their data, or its deletion). */
@Controller
class DataRequestController {

	private final DataRequestService requests;

	private final PersonalDataAudit audit;

	DataRequestController(DataRequestService requests, PersonalDataAudit audit) {
		this.requests = requests;
		this.audit = audit;
	}

	@GetMapping("/admin/data-requests")
	String list(Model model) {
		model.addAttribute("requests", this.requests.recent());
		model.addAttribute("trail", this.audit.recent(100));
		return "complaints/data-requests";
	}

	@PostMapping("/admin/data-requests/{id}")
	String decide(@PathVariable String id, @RequestParam boolean approve, Authentication user,
			RedirectAttributes redirect) {
		boolean decided = this.requests.decide(id, approve, user.getName());
		redirect.addFlashAttribute(decided ? "flash" : "flashError",
				decided ? "data-requests.decided" : "data-requests.not-pending");
		return "redirect:/admin/data-requests";
	}

}
