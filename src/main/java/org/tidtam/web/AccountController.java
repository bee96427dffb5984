package org.tidtam.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own password (เปลี่ยนรหัสผ่าน): the current one, then the new one twice. Afterwards the sign-in
 * ends and the person signs in with the new password, as after an admin's reset. Without this, changing a
 * generated or handed-over password needed an admin.
 */
@Controller
class AccountController {

	private static final Logger log = LoggerFactory.getLogger(AccountController.class);

	private final AdminUserRepository users;

	private final PasswordEncoder passwords;

	AccountController(AdminUserRepository users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	@GetMapping("/admin/account")
	String account() {
		return "web/account";
	}

	@PostMapping("/admin/account/password")
	String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirm, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) throws ServletException {
		AdminUser user = this.users.findByUsername(who.getName()).orElseThrow(NotFoundException::new);
		String refusal = !this.passwords.matches(current, user.getPasswordHash()) ? "account.error.current"
				: !UserForm.acceptablePassword(password) ? "account.error.length"
						: !password.equals(confirm) ? "account.error.confirm"
								: password.equals(current) ? "account.error.same" : null;
		if (refusal != null) {
			redirect.addFlashAttribute("flashError", refusal);
			return "redirect:/admin/account";
		}
		user.setPasswordHash(this.passwords.encode(password));
		try {
			this.users.save(user);
		}
		catch (OptimisticLockingFailureException changed) {
			redirect.addFlashAttribute("flashError", "account.error.changed-meanwhile");
			return "redirect:/admin/account";
		}
		log.info("Admin user '{}' changed their own password", user.getUsername());
		request.logout();
		return "redirect:/login?password-changed";
	}

}
