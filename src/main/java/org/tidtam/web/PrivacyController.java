package org.tidtam.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public privacy notice (PDPA) that the LINE welcome message links to: what the office collects
 * through LINE, why, for how long, and who sees it.
 */
@Controller
class PrivacyController {

	private final String organisationName;

	PrivacyController(@Value("${tidtam.organisation-name}") String organisationName) {
		this.organisationName = organisationName;
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		model.addAttribute("orgName", this.organisationName);
		return "privacy";
	}

}
