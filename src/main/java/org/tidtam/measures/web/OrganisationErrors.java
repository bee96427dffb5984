package org.tidtam.measures.web;

import java.util.Locale;

import org.tidtam.measures.organisation.OrganisationException;

/** A refused change to the organisation, worded in the page's language. */
final class OrganisationErrors {

	private OrganisationErrors() {
	}

	static String said(ImportTexts texts, RuntimeException refusal, Locale locale) {
		return refusal instanceof OrganisationException organisation ? texts.say(organisation.wording(), locale)
				: refusal.getMessage();
	}

}
