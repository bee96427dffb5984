package org.tidtam.complaints.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.complaints.Complaint;
import org.tidtam.complaints.ComplaintCategories;
import org.tidtam.complaints.ComplaintException;
import org.tidtam.complaints.ComplaintPhotos;
import org.tidtam.complaints.ComplaintService;
import org.tidtam.complaints.ComplaintStatus;
import org.tidtam.complaints.InboxFilter;
import org.tidtam.measures.organisation.Division;
import org.tidtam.measures.organisation.DivisionService;

/**
 * The complaint officer's pages: the inbox (newest first, filters, Thai substring search, overdue
 * flags) and a case page with its timeline, assignment to a division, status changes with a public
 * or internal note, reply templates per status, and photos.
 */
@Controller
class ComplaintAdminController {

	/** Cases on one page of the inbox; older ones are on the next pages. */
	static final int PAGE_SIZE = 50;

	private final ComplaintService complaints;

	private final ComplaintCategories categories;

	private final DivisionService divisions;

	private final ComplaintPhotos photos;

	private final MessageSource messages;

	private final org.tidtam.complaints.integrity.IntegrityService integrity;

	private final java.time.Clock clock;

	private final org.tidtam.complaints.PersonalDataAudit audit;

	ComplaintAdminController(ComplaintService complaints, ComplaintCategories categories, DivisionService divisions,
			ComplaintPhotos photos, MessageSource messages, org.tidtam.complaints.integrity.IntegrityService integrity,
			java.time.Clock clock, org.tidtam.complaints.PersonalDataAudit audit) {
		this.audit = audit;
		this.integrity = integrity;
		this.clock = clock;
		this.complaints = complaints;
		this.categories = categories;
		this.divisions = divisions;
		this.photos = photos;
		this.messages = messages;
	}

	@GetMapping("/admin/complaints")
	String inbox(@RequestParam(required = false) ComplaintStatus status,
			@RequestParam(name = "category", required = false) String category,
			@RequestParam(name = "division", required = false) String division,
			@RequestParam(name = "overdue", defaultValue = "false") boolean overdue,
			@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		String text = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q;
		Page<Complaint> found = this.complaints.inbox(
				new InboxFilter(status, category, division, overdue, text, from, to),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		Map<String, Boolean> late = new LinkedHashMap<>();
		found.forEach(c -> late.put(c.getId(), this.complaints.overdue(c)));
		model.addAttribute("complaints", found.getContent());
		model.addAttribute("page", found);
		model.addAttribute("late", late);
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("categories", this.categories.active());
		model.addAttribute("divisions", this.divisions.active());
		model.addAttribute("divisionNames", divisionNames());
		model.addAttribute("status", status);
		model.addAttribute("category", category);
		model.addAttribute("division", division);
		model.addAttribute("overdue", overdue);
		model.addAttribute("q", text);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("link", ListLink.to("/admin/complaints")
			.with("status", status)
			.with("category", category)
			.with("division", division)
			.with("overdue", overdue)
			.with("q", text)
			.with("from", from)
			.with("to", to)
			.build());
		model.addAttribute("integrity", this.integrity.counts(
				org.tidtam.shared.FiscalYear.containing(java.time.LocalDate.now(this.clock.withZone(org.tidtam.shared.ThaiDates.BANGKOK)))));
		return "complaints/inbox";
	}

	@GetMapping("/admin/complaints/{id}")
	String complaint(@PathVariable String id, Model model, Authentication user) {
		Complaint complaint = this.complaints.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.audit.record(user.getName(), "complaint", id, complaint.getTicket());
		model.addAttribute("c", complaint);
		model.addAttribute("late", this.complaints.overdue(complaint));
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("replyTemplates", replyTemplates());
		model.addAttribute("divisions", this.divisions.active());
		model.addAttribute("divisionNames", divisionNames());
		model.addAttribute("photoIndexes", photoIndexes(complaint));
		model.addAttribute("formKey", UUID.randomUUID().toString());
		return "complaints/complaint";
	}

	@PostMapping("/admin/complaints/{id}/photos/{index}/delete")
	String deletePhoto(@PathVariable String id, @PathVariable int index, Authentication user, RedirectAttributes redirect) {
		this.complaints.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean deleted = this.complaints.deletePhoto(id, index, user.getName());
		redirect.addFlashAttribute(deleted ? "flash" : "flashError",
				deleted ? "complaints.photo.deleted" : "complaints.photo.gone");
		return "redirect:/admin/complaints/" + id;
	}

	@PostMapping("/admin/complaints/{id}/assign")
	String assign(@PathVariable String id, @RequestParam String divisionId,
			@RequestParam(required = false) String note, Authentication user, RedirectAttributes redirect) {
		this.complaints.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Division division = this.divisions.find(divisionId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		this.complaints.assign(id, division.getId(), user.getName(), note);
		redirect.addFlashAttribute("flash", "complaints.assigned");
		redirect.addFlashAttribute("flashArg", division.getName());
		return "redirect:/admin/complaints/" + id;
	}

	/** The reply template of each status, in Thai whatever the page's language: they go to citizens. */
	private Map<String, String> replyTemplates() {
		Map<String, String> templates = new LinkedHashMap<>();
		for (ComplaintStatus status : ComplaintStatus.values()) {
			templates.put(status.name(), replyTemplate(status));
		}
		return templates;
	}

	private String replyTemplate(ComplaintStatus status) {
		return this.messages.getMessage("complaints.template." + status.name(), null, "", java.util.Locale.forLanguageTag("th"));
	}

	/**
	 * A status change or note from the case page. The page carries a one-time {@code formKey}: the
	 * same page sent twice (double click, back and send again) saves and tells the citizen once.
	 */
	@PostMapping("/admin/complaints/{id}/status")
	String status(@PathVariable String id, @RequestParam String formKey, @RequestParam ComplaintStatus status,
			@RequestParam(required = false) String note, @RequestParam(required = false) String template,
			@RequestParam(name = "internal", defaultValue = "false") boolean internal,
			@RequestParam(name = "duplicateOf", required = false) String duplicateOf,
			@RequestParam(name = "photo", required = false) List<MultipartFile> uploads, Authentication user,
			RedirectAttributes redirect) throws IOException {
		Complaint before = this.complaints.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (this.complaints.formApplied(id, formKey)) {
			redirect.addFlashAttribute("flash", "complaints.already-saved");
			return "redirect:/admin/complaints/" + id;
		}
		String text = note;
		if ((text == null || text.isBlank()) && template != null && !template.isBlank()) {
			text = replyTemplate(status);
		}
		try {
			List<String> stored = new ArrayList<>();
			if (uploads != null) {
				for (MultipartFile upload : uploads) {
					if (!upload.isEmpty()) {
						stored.add(this.photos.store(id, upload.getOriginalFilename(), upload.getContentType(),
								upload.getBytes()));
					}
				}
			}
			boolean applied = this.complaints
				.changeStatusOnce(formKey, id, status, text, internal, user.getName(), stored, duplicateOf)
				.isPresent();
			if (applied) {
				// a new status reaches the citizen even with an internal note (the note stays with the officers)
				redirect.addFlashAttribute("flash", !internal ? "complaints.changed"
						: status != before.getStatus() ? "complaints.changed-note-internal" : "complaints.noted-internal");
			}
			else {
				redirect.addFlashAttribute("flash", "complaints.already-saved");
			}
		}
		catch (ComplaintException e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
		}
		return "redirect:/admin/complaints/" + id;
	}

	@GetMapping("/admin/complaints/{id}/photos/{index}")
	ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable int index, Authentication user) {
		Complaint complaint = this.complaints.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (index < 0 || index >= complaint.getPhotos().size()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ComplaintPhotos.Content content = this.photos.content(complaint.getPhotos().get(index))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.audit.record(user.getName(), "complaint-photo:" + index, id, complaint.getTicket());
		MediaType type = content.contentType().startsWith("image/") ? MediaType.parseMediaType(content.contentType())
				: MediaType.APPLICATION_OCTET_STREAM;
		return ResponseEntity.ok()
			.contentType(type)
			.header("X-Content-Type-Options", "nosniff")
			.header("Cache-Control", "private, max-age=300")
			.body(content.bytes());
	}

	private Map<String, String> divisionNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.divisions.all().forEach(d -> names.put(d.getId(), d.getName()));
		return names;
	}

	/** Timeline photo file ids → index in the complaint's photo list (for links). */
	private static Map<String, Integer> photoIndexes(Complaint complaint) {
		Map<String, Integer> indexes = new LinkedHashMap<>();
		for (int i = 0; i < complaint.getPhotos().size(); i++) {
			Complaint.Photo p = complaint.getPhotos().get(i);
			if (p.fileId() != null) {
				indexes.put(p.fileId(), i);
			}
		}
		return indexes;
	}


}
