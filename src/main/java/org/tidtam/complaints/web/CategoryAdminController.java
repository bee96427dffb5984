package org.tidtam.complaints.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.complaints.ComplaintCategories;
import org.tidtam.complaints.ComplaintCategory;
import org.tidtam.measures.organisation.DivisionService;

/** The organisation's complaint categories: name, default division, deadlines, the follow-up question. */
@Controller
class CategoryAdminController {

	private final ComplaintCategories categories;

	private final DivisionService divisions;

	CategoryAdminController(ComplaintCategories categories, DivisionService divisions) {
		this.categories = categories;
		this.divisions = divisions;
	}

	@GetMapping("/admin/complaints/categories")
	String list(Model model) {
		model.addAttribute("categories", this.categories.active());
		model.addAttribute("divisions", this.divisions.active());
		model.addAttribute("max", ComplaintCategories.MAX);
		return "complaints/categories";
	}

	@PostMapping("/admin/complaints/categories")
	String add(@RequestParam String name, @RequestParam(required = false) String divisionId, RedirectAttributes redirect) {
		if (name.isBlank() || name.strip().length() > 40) {
			redirect.addFlashAttribute("flashError", "categories.invalid");
			return "redirect:/admin/complaints/categories";
		}
		try {
			this.categories.add(name, blankToNull(divisionId), 3, 15);
			redirect.addFlashAttribute("flash", "categories.saved");
		}
		catch (IllegalStateException full) {
			redirect.addFlashAttribute("flashError", "categories.full");
		}
		return "redirect:/admin/complaints/categories";
	}

	@PostMapping("/admin/complaints/categories/{id}")
	String save(@PathVariable String id, @RequestParam String name, @RequestParam(required = false) String divisionId,
			@RequestParam int acknowledgeDays, @RequestParam int resultDays,
			@RequestParam(name = "followUp", defaultValue = "false") boolean followUp,
			@RequestParam(name = "active", defaultValue = "false") boolean active, RedirectAttributes redirect) {
		ComplaintCategory category = this.categories.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (name.isBlank() || name.strip().length() > 40 || acknowledgeDays < 1 || acknowledgeDays > 60 || resultDays < 1
				|| resultDays > 180) {
			redirect.addFlashAttribute("flashError", "categories.invalid");
			return "redirect:/admin/complaints/categories";
		}
		category.setName(name.strip());
		category.setDefaultDivisionId(blankToNull(divisionId));
		category.setAcknowledgeDays(acknowledgeDays);
		category.setResultDays(resultDays);
		category.setFollowUp(followUp);
		category.setActive(active || category.isOther());
		this.categories.save(category);
		redirect.addFlashAttribute("flash", "categories.saved");
		return "redirect:/admin/complaints/categories";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
