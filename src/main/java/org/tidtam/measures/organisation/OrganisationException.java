package org.tidtam.measures.organisation;

/**
 * A request the organisation's data cannot take (a duplicate division name, an unknown person). The
 * message is Thai and written for the coordinator who made the request, so pages can show it as is.
 */
public class OrganisationException extends RuntimeException {

	public OrganisationException(String thaiMessage) {
		super(thaiMessage);
	}

}
