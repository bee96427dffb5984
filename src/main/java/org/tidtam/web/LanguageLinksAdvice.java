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

	/**
	 * {@code th} and {@code en}: where each link goes, worked out only when a page draws them (the advice
	 * runs for every request, webhooks included).
	 */
	static final class LanguageLinks {

		private final String query;

		LanguageLinks(String query) {
			this.query = query;
		}

		public String getTh() {
			return link(this.query, "th");
		}

		public String getEn() {
			return link(this.query, "en");
		}

	}

	@ModelAttribute("languageLinks")
	LanguageLinks languageLinks(HttpServletRequest request) {
		return new LanguageLinks(request.getQueryString());
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
