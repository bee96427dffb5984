package org.tidtam.complaints.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.DataRequest;
import org.tidtam.complaints.DataRequestService;
import org.tidtam.complaints.PersonalDataAudit;

/** The coordinator decides citizens' PDPA requests (a copy of their data, or its deletion). */
@Controller
class DataRequestController {

	private final DataRequestService requests;

	private final PersonalDataAudit audit;

	private final ComplaintService complaints;

	DataRequestController(DataRequestService requests, PersonalDataAudit audit, ComplaintService complaints) {
		this.requests = requests;
		this.audit = audit;
		this.complaints = complaints;
	}

	@GetMapping("/admin/data-requests")
	String list(Model model) {
		List<DataRequest> recent = this.requests.recent();
		Map<String, Long> cases = new HashMap<>();
		recent.stream()
			.filter(r -> r.getKind() == DataRequest.Kind.DELETE && r.getState() == DataRequest.State.PENDING)
			.forEach(r -> cases.put(r.getId(), this.requests.casesOf(r)));
		model.addAttribute("requests", recent);
		model.addAttribute("cases", cases);
		model.addAttribute("trail", withTickets(this.audit.recent(100)));
		return "complaints/data-requests";
	}

	/** Rows written before the ticket was kept get it from the case, while the case is still there. */
	private List<PersonalDataAudit.Access> withTickets(List<PersonalDataAudit.Access> trail) {
		Map<String, Optional<String>> tickets = new HashMap<>();
		return trail.stream()
			.map(a -> a.ticket() != null || a.id() == null ? a
					: a.withTicket(tickets
						.computeIfAbsent(a.id(), id -> this.complaints.find(id).map(Complaint::getTicket))
						.orElse(null)))
			.toList();
	}

	/**
	 * Approving a deletion erases the citizen's contact, address, map point and photos from every case
	 * at once and for good, so it needs the confirmation box ticked as well as the button; without it
	 * nothing is decided. A copy or a rejection needs only the button.
	 */
	@PostMapping("/admin/data-requests/{id}")
	String decide(@PathVariable String id, @RequestParam boolean approve,
			@RequestParam(name = "confirmErase", defaultValue = "false") boolean confirmErase, Authentication user,
			RedirectAttributes redirect) {
		if (approve && !confirmErase && this.requests.find(id)
			.filter(r -> r.getKind() == DataRequest.Kind.DELETE)
			.isPresent()) {
			redirect.addFlashAttribute("flashError", "data-requests.confirm-erase-needed");
			return "redirect:/admin/data-requests";
		}
		boolean decided = this.requests.decide(id, approve, user.getName());
		redirect.addFlashAttribute(decided ? "flash" : "flashError",
				decided ? "data-requests.decided" : "data-requests.not-pending");
		return "redirect:/admin/data-requests";
	}

}
