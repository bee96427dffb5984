package org.tidtam.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tidtam.shared.OrganisationName;

/**
 * The public privacy notice (PDPA) that the LINE welcome message links to: what the office collects
 * through LINE, why, for how long, and who sees it.
 */
@Controller
class PrivacyController {

	private final OrganisationName organisationName;

	PrivacyController(OrganisationName organisationName) {
		this.organisationName = organisationName;
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		model.addAttribute("orgName", this.organisationName.current());
		return "privacy";
	}

}
