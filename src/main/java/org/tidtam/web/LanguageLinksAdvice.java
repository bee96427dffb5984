package org.tidtam.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The ไทย/EN links of the layout ({@code languageLinks}): this page's address with only {@code lang}
 * replaced, so that switching language keeps a list's filters ({@code ?state=DEAD}, a report's range).
 * Relative links ({@code ?…}) built from the query as the browser sent it, still encoded.
 */
@ControllerAdvice
class LanguageLinksAdvice {

	/** {@code th} and {@code en}: where each link goes. */
	record LanguageLinks(String th, String en) {
	}

	@ModelAttribute("languageLinks")
	LanguageLinks languageLinks(HttpServletRequest request) {
		String query = request.getQueryString();
		return new LanguageLinks(link(query, "th"), link(query, "en"));
	}

	static String link(String query, String lang) {
		if (query == null || query.isEmpty()) {
			return "?lang=" + lang;
		}
		try {
			UriComponents uri = UriComponentsBuilder.newInstance()
				.query(query)
				.replaceQueryParam(LocaleConfig.PARAM, lang)
				.build(true);
			String kept = uri.getQuery();
			return "?" + (kept == null || kept.isEmpty() ? "lang=" + lang : kept);
		}
		catch (IllegalArgumentException ex) {
			// a query that is not validly encoded (typed by hand): the language alone, as before
			return "?lang=" + lang;
		}
	}

}
