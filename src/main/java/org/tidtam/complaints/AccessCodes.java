package org.tidtam.complaints;

/**
 * The action codes of the access trails that name a file by its position ("evidence:0",
 * "complaint-photo:2"): the number people read, counted from 1.
 */
public final class AccessCodes {

	private AccessCodes() {
	}

	/** The number after {@code prefix} in {@code code}, plus one; null when the code is not of that form. */
	public static Integer numberAfter(String code, String prefix) {
		if (code == null || !code.startsWith(prefix)) {
			return null;
		}
		try {
			return Integer.parseInt(code.substring(prefix.length())) + 1;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
