package org.tidtam.complaints.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.tidtam.complaints.TrailFilter;

/**
 * The coordinator decides citizens' PDPA requests (a copy of their data, or its deletion) and reads
 * the trail of who opened citizens' personal data.
 */
@Controller
class DataRequestController {

	/** Requests, or rows of the trail, on one page; older ones are on the next pages. */
	static final int PAGE_SIZE = 50;

	private final DataRequestService requests;

	private final PersonalDataAudit audit;

	private final ComplaintService complaints;

	DataRequestController(DataRequestService requests, PersonalDataAudit audit, ComplaintService complaints) {
		this.requests = requests;
		this.audit = audit;
		this.complaints = complaints;
	}

	@GetMapping("/admin/data-requests")
	String list(@RequestParam(name = "state", required = false) DataRequest.Stage state,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		Page<DataRequest> found = this.requests.page(state, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		Map<String, Long> cases = new HashMap<>();
		found.stream()
			.filter(r -> r.getKind() == DataRequest.Kind.DELETE && r.getState() == DataRequest.State.PENDING)
			.forEach(r -> cases.put(r.getId(), this.requests.casesOf(r)));
		model.addAttribute("requests", found.getContent());
		model.addAttribute("page", found);
		model.addAttribute("state", state);
		model.addAttribute("states", DataRequest.Stage.values());
		model.addAttribute("cases", cases);
		return "complaints/data-requests";
	}

	/**
	 * Who opened which citizen's data, and when: a page at a time, narrowed to days, a person or a case.
	 * Reading the trail is not itself recorded (it shows no citizen's data).
	 */
	@GetMapping("/admin/data-requests/trail")
	String trail(@RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "who", required = false) String who,
			@RequestParam(name = "ticket", required = false) String ticket,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		TrailFilter filter = new TrailFilter(from, to, who, ticket);
		Page<PersonalDataAudit.Access> found = this.audit.page(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		return TrailPages.show(model, "/admin/data-requests/trail", filter, found, withTickets(found.getContent()),
				"data-requests.trail", "data-requests", "/admin/data-requests", "data-requests.back");
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
			@RequestParam(name = "confirmErase", defaultValue = "false") boolean confirmErase,
			@RequestParam(name = "state", required = false) DataRequest.Stage state, Authentication user,
			RedirectAttributes redirect) {
		// back to the list as it was filtered: working through the open requests stays on them
		String back = "redirect:/admin/data-requests" + (state == null ? "" : "?state=" + state.name());
		if (approve && !confirmErase && this.requests.find(id)
			.filter(r -> r.getKind() == DataRequest.Kind.DELETE)
			.isPresent()) {
			redirect.addFlashAttribute("flashError", "data-requests.confirm-erase-needed");
			return back;
		}
		boolean decided = this.requests.decide(id, approve, user.getName());
		redirect.addFlashAttribute(decided ? "flash" : "flashError",
				decided ? "data-requests.decided" : "data-requests.not-pending");
		return back;
	}

}
