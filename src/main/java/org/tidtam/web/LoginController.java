package org.tidtam.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Thai-first sign-in page; Spring Security handles the POST to {@code /login}. Says so once when the
 * person's sign-in was ended because their account changed ({@link SignInCheckFilter}).
 */
@Controller
class LoginController {

	static final String VIEW = "web/login";

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SignInCheckFilter.SIGNED_OUT_BECAUSE_CHANGED) != null) {
			session.removeAttribute(SignInCheckFilter.SIGNED_OUT_BECAUSE_CHANGED);
			model.addAttribute("accountChanged", true);
		}
		return VIEW;
	}

}
