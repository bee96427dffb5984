package org.tidtam.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page for a form sent without a valid CSRF token: the page was open longer than the session, or the
 * same form was sent again after signing out and in. The person has every right to the page, so the
 * "no permission" page would mislead; this one says to reload and send again. Reached by a forward
 * from {@link SecurityConfig}'s access-denied handling, so any method (the failed request was a POST).
 */
@Controller
class ExpiredFormController {

	static final String PATH = "/error/expired-form";

	@RequestMapping(PATH)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String expiredForm() {
		return "error/expired-form";
	}

}
