package org.tidtam.measures.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.shared.QrCodes;
import org.tidtam.measures.organisation.DivisionService;
import org.tidtam.measures.organisation.IssuedCode;
import org.tidtam.measures.organisation.LinkingService;
import org.tidtam.measures.organisation.OrganisationException;
import org.tidtam.measures.organisation.Person;
import org.tidtam.measures.organisation.PersonService;
import org.tidtam.shared.Role;

/**
 * People and divisions for the coordinator: add a person with their roles, hand them a one-time code
 * (and a QR code that opens the LINE chat with it typed) so they link their LINE account themselves,
 * see who is not linked yet; add divisions with the aliases documents use.
 */
@Controller
class PeopleAdminController {

	/** Roles a person in the office can have (system roles such as ADMIN are for web accounts). */
	static final Set<Role> PERSON_ROLES = EnumSet.of(Role.EXECUTIVE, Role.COORDINATOR, Role.DIVISION_HEAD, Role.STAFF,
			Role.COMPLAINT_OFFICER, Role.INTEGRITY_OFFICER);

	private final PersonService people;

	private final DivisionService divisions;

	private final LinkingService linking;

	private final ImportTexts texts;

	PeopleAdminController(PersonService people, DivisionService divisions, LinkingService linking,
			ImportTexts texts) {
		this.texts = texts;
		this.people = people;
		this.divisions = divisions;
		this.linking = linking;
	}

	@GetMapping("/admin/people")
	String people(@RequestParam(name = "unlinked", defaultValue = "false") boolean unlinked, Model model) {
		List<Person> all = this.people.all();
		model.addAttribute("people", unlinked ? all.stream().filter(p -> !p.lineLinked()).toList() : all);
		model.addAttribute("unlinked", unlinked);
		model.addAttribute("unlinkedHeads",
				all.stream().filter(p -> p.has(Role.DIVISION_HEAD) && !p.lineLinked()).count());
		model.addAttribute("divisionNames", divisionNames());
		model.addAttribute("roles", PERSON_ROLES);
		model.addAttribute("divisions", this.divisions.active());
		model.addAttribute("formKey", java.util.UUID.randomUUID().toString());
		return "measures/people";
	}

	@PostMapping("/admin/people")
	String create(@RequestParam String name, @RequestParam(defaultValue = "") String position,
			@RequestParam(required = false) String divisionId, @RequestParam(required = false) List<Role> roles,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String formKey,
			RedirectAttributes redirect, Locale locale) {
		Set<Role> chosen = roles == null ? Set.of() : roles.stream().filter(PERSON_ROLES::contains).collect(Collectors.toSet());
		String key = formKey == null || formKey.isBlank() || formKey.length() > 64 ? null : formKey;
		try {
			Person person = this.people.create(name, position, blankToNull(divisionId), chosen, blankToNull(phone), key);
			redirect.addFlashAttribute("flash", "people.created");
			return "redirect:/admin/people/" + person.getId();
		}
		catch (OrganisationException | IllegalArgumentException e) {
			redirect.addFlashAttribute("flashError", "people.invalid");
			redirect.addFlashAttribute("flashArg", OrganisationErrors.said(this.texts, e, locale));
			return "redirect:/admin/people";
		}
	}

	@GetMapping("/admin/people/{id}")
	String person(@PathVariable String id, Model model) {
		Person person = this.people.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("person", person);
		model.addAttribute("divisionNames", divisionNames());
		model.addAttribute("divisions", this.divisions.active());
		model.addAttribute("roles", PERSON_ROLES);
		return "measures/person";
	}

	/** Edits a person's details and roles; the LINE link stays as it is. */
	@PostMapping("/admin/people/{id}")
	String update(@PathVariable String id, @RequestParam String name, @RequestParam(defaultValue = "") String position,
			@RequestParam(required = false) String divisionId, @RequestParam(required = false) List<Role> roles,
			@RequestParam(required = false) String phone, RedirectAttributes redirect, Locale locale) {
		this.people.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Set<Role> chosen = roles == null ? Set.of() : roles.stream().filter(PERSON_ROLES::contains).collect(Collectors.toSet());
		try {
			this.people.updateDetails(id, name, position, blankToNull(divisionId), blankToNull(phone));
			this.people.updateRoles(id, chosen);
			redirect.addFlashAttribute("flash", "people.saved");
		}
		catch (OrganisationException | IllegalArgumentException e) {
			redirect.addFlashAttribute("flashError", "people.not-saved");
			redirect.addFlashAttribute("flashArg", OrganisationErrors.said(this.texts, e, locale));
		}
		return "redirect:/admin/people/" + id;
	}

	/** Issues a new one-time code (the old one stops working) and shows it once, with its QR code. */
	@PostMapping("/admin/people/{id}/code")
	String issueCode(@PathVariable String id, RedirectAttributes redirect) {
		IssuedCode code = this.linking.issueCode(id);
		redirect.addFlashAttribute("code", code.code());
		redirect.addFlashAttribute("codeExpiresAt", code.expiresAt());
		redirect.addFlashAttribute("deepLink", code.deepLink());
		redirect.addFlashAttribute("qr", "data:image/svg+xml;base64,"
				+ Base64.getEncoder().encodeToString(QrCodes.svg(code.deepLink()).getBytes(StandardCharsets.UTF_8)));
		return "redirect:/admin/people/" + id;
	}

	@GetMapping("/admin/divisions")
	String divisions(Model model) {
		model.addAttribute("divisions", this.divisions.all());
		return "measures/divisions";
	}

	@PostMapping("/admin/divisions")
	String createDivision(@RequestParam String name, @RequestParam(defaultValue = "") String shortName,
			@RequestParam(defaultValue = "") String aliases,
			@RequestParam(name = "servesPublic", defaultValue = "false") boolean servesPublic,
			@RequestParam(name = "regional", defaultValue = "false") boolean regional, RedirectAttributes redirect, Locale locale) {
		try {
			this.divisions.create(name, shortName, Arrays.stream(aliases.split("[,\\n]")).map(String::strip)
				.filter(a -> !a.isEmpty())
				.toList(), servesPublic, regional);
			redirect.addFlashAttribute("flash", "divisions.created");
		}
		catch (OrganisationException | IllegalArgumentException e) {
			redirect.addFlashAttribute("flashError", "divisions.invalid");
			redirect.addFlashAttribute("flashArg", OrganisationErrors.said(this.texts, e, locale));
		}
		return "redirect:/admin/divisions";
	}

	/**
	 * Renames a division, changes its short name, adds a name it goes by in documents, or takes it out
	 * of new work.
	 */
	@PostMapping("/admin/divisions/{id}")
	String changeDivision(@PathVariable String id, @RequestParam String action,
			@RequestParam(defaultValue = "") String value, RedirectAttributes redirect, Locale locale) {
		this.divisions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			switch (action) {
				case "rename" -> this.divisions.rename(id, value);
				case "alias" -> this.divisions.addAlias(id, value);
				case "short-name" -> this.divisions.changeShortName(id, value);
				case "deactivate" -> this.divisions.deactivate(id);
				default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			}
			redirect.addFlashAttribute("flash", "divisions.saved");
		}
		catch (OrganisationException | IllegalArgumentException e) {
			redirect.addFlashAttribute("flashError", "divisions.not-saved");
			redirect.addFlashAttribute("flashArg", OrganisationErrors.said(this.texts, e, locale));
		}
		return "redirect:/admin/divisions";
	}

	private Map<String, String> divisionNames() {
		return this.divisions.names();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
