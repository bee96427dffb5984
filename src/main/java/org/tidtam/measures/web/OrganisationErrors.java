package org.tidtam.measures.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.tidtam.measures.organisation.OrganisationException;

/** A refused change to the organisation, worded in the page's language. */
final class OrganisationErrors {

	private OrganisationErrors() {
	}

	static String said(MessageSource messages, RuntimeException refusal, Locale locale) {
		if (refusal instanceof OrganisationException organisation) {
			return messages.getMessage(organisation.key(), organisation.args(), locale);
		}
		return refusal.getMessage();
	}

}
