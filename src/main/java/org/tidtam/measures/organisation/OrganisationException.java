package org.tidtam.measures.organisation;

import java.io.Serializable;

import org.tidtam.measures.importing.ImportText;

/**
 * A request the organisation's data cannot take (a duplicate division name, an unknown person), said as
 * a message key of {@code messages/messages} and its arguments ({@link #wording()}), so that pages word it
 * in their language; {@link #getMessage()} gives the Thai, for logs.
 */
public class OrganisationException extends RuntimeException {

	private final ImportText wording;

	public OrganisationException(String key, Serializable... args) {
		this(ImportText.of(key, args));
	}

	private OrganisationException(ImportText wording) {
		super(wording.thai());
		this.wording = wording;
	}

	/** What to say, as a message key and its arguments. */
	public ImportText wording() {
		return this.wording;
	}

}
