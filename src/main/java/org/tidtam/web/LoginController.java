package org.tidtam.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Thai-first sign-in page; Spring Security handles the POST to {@code /login}. */
@Controller
class LoginController {

	static final String VIEW = "web/login";

	@GetMapping("/login")
	String login() {
		return VIEW;
	}

}
