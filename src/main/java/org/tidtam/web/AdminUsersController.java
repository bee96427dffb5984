package org.tidtam.web;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.tidtam.measures.organisation.PersonService;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tidtam.shared.Role;

/**
 * {@code /admin/users} (ADMIN only, see {@link SecurityConfig}): list the users, add one, reset a
 * password, change roles, disable or enable an account (each of the last three ends the account's open
 * session, see {@link SignInCheckFilter}). Passwords are never logged or put back into a page; only their bcrypt hash is stored.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

	static final String VIEW = "web/users";

	private static final Logger log = LoggerFactory.getLogger(AdminUsersController.class);

	private final AdminUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final PersonService people;

	AdminUsersController(AdminUserRepository users, PasswordEncoder passwordEncoder, Clock clock, PersonService people) {
		this.people = people;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@ModelAttribute("allRoles")
	List<Role> allRoles() {
		return List.of(Role.values());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("userForm", UserForm.empty());
		return show(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Authentication who) {
		if (!result.hasFieldErrors("username") && this.users.existsByUsername(form.username())) {
			result.rejectValue("username", "users.username.taken");
		}
		if (result.hasErrors()) {
			return show(model);
		}
		AdminUser user = new AdminUser(form.username(), this.passwordEncoder.encode(form.password()),
				form.displayName().strip(), EnumSet.copyOf(form.roles()), this.clock.instant());
		try {
			this.users.insert(user);
		}
		catch (DuplicateKeyException ex) {
			result.rejectValue("username", "users.username.taken");
			return show(model);
		}
		log.info("Admin user '{}' created by '{}' with roles {}", user.getUsername(), who.getName(), user.getRoles());
		redirect.addFlashAttribute("flash", "users.created");
		redirect.addFlashAttribute("flashArg", user.getUsername());
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable String id, @RequestParam String password, RedirectAttributes redirect,
			Authentication who) {
		AdminUser user = this.users.findById(id).orElseThrow(NotFoundException::new);
		if (!UserForm.acceptablePassword(password)) {
			redirect.addFlashAttribute("flashError", "users.password.too-short");
			redirect.addFlashAttribute("flashArg", user.getUsername());
			return "redirect:/admin/users";
		}
		user.setPasswordHash(this.passwordEncoder.encode(password));
		try {
			this.users.save(user);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "users.changed-meanwhile");
			redirect.addFlashAttribute("flashArg", user.getUsername());
			return "redirect:/admin/users";
		}
		log.info("Password of admin user '{}' reset by '{}'", user.getUsername(), who.getName());
		redirect.addFlashAttribute("flash", "users.password.reset");
		redirect.addFlashAttribute("flashArg", user.getUsername());
		return "redirect:/admin/users";
	}

	/**
	 * Disables an account (the person left the office) or enables it again. A disabled account cannot sign
	 * in, and a session it has open ends at its next request ({@link SignInCheckFilter}). An admin cannot
	 * disable their own account: that is how an office would lock itself out.
	 */
	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable String id, @RequestParam boolean enabled, RedirectAttributes redirect,
			Authentication who) {
		AdminUser user = this.users.findById(id).orElseThrow(NotFoundException::new);
		redirect.addFlashAttribute("flashArg", user.getUsername());
		if (!enabled && user.getUsername().equals(who.getName())) {
			redirect.addFlashAttribute("flashError", "users.self");
			return "redirect:/admin/users";
		}
		user.setEnabled(enabled);
		if (!save(user, redirect)) {
			return "redirect:/admin/users";
		}
		log.info("Admin user '{}' {} by '{}'", user.getUsername(), enabled ? "enabled" : "disabled", who.getName());
		redirect.addFlashAttribute("flash", enabled ? "users.enabled.done" : "users.disabled.done");
		return "redirect:/admin/users";
	}

	/**
	 * Replaces an account's roles (an integrity officer handing over to another, a head becoming a
	 * coordinator). Its open session ends, so the new roles apply from its next sign-in and the old ones
	 * from now. At least one role; an admin keeps their own ADMIN role.
	 */
	@PostMapping("/{id}/roles")
	String setRoles(@PathVariable String id, @RequestParam(name = "roles", required = false) Set<Role> roles,
			RedirectAttributes redirect, Authentication who) {
		AdminUser user = this.users.findById(id).orElseThrow(NotFoundException::new);
		redirect.addFlashAttribute("flashArg", user.getUsername());
		if (roles == null || roles.isEmpty()) {
			redirect.addFlashAttribute("flashError", "users.roles.none");
			return "redirect:/admin/users";
		}
		if (user.getUsername().equals(who.getName()) && !roles.contains(Role.ADMIN)) {
			redirect.addFlashAttribute("flashError", "users.self");
			return "redirect:/admin/users";
		}
		user.setRoles(EnumSet.copyOf(roles));
		if (!save(user, redirect)) {
			return "redirect:/admin/users";
		}
		log.info("Roles of admin user '{}' set to {} by '{}'", user.getUsername(), user.getRoles(), who.getName());
		redirect.addFlashAttribute("flash", "users.roles.saved");
		return "redirect:/admin/users";
	}

	private boolean save(AdminUser user, RedirectAttributes redirect) {
		try {
			this.users.save(user);
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "users.changed-meanwhile");
			return false;
		}
	}

	/**
	 * Links a sign-in to a person of the organisation, so a division head signing in sees their own
	 * division; an empty choice unlinks.
	 */
	@PostMapping("/{id}/person")
	String linkPerson(@PathVariable String id, @RequestParam(defaultValue = "") String personId,
			RedirectAttributes redirect, Authentication who) {
		AdminUser user = this.users.findById(id).orElseThrow(NotFoundException::new);
		if (!personId.isBlank() && this.people.find(personId).isEmpty()) {
			throw new NotFoundException();
		}
		user.setPersonId(personId.isBlank() ? null : personId);
		try {
			this.users.save(user);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "users.changed-meanwhile");
			redirect.addFlashAttribute("flashArg", user.getUsername());
			return "redirect:/admin/users";
		}
		log.info("Admin user '{}' linked to person {} by '{}'", user.getUsername(), user.getPersonId(), who.getName());
		redirect.addFlashAttribute("flash", "users.person.linked");
		redirect.addFlashAttribute("flashArg", user.getUsername());
		return "redirect:/admin/users";
	}

	private String show(Model model) {
		model.addAttribute("users", this.users.findAllByOrderByUsernameAsc());
		model.addAttribute("people", this.people.all());
		return VIEW;
	}

}
