package org.tidtam.measures.organisation;

import java.time.Instant;

/**
 * A linking code as the coordinator hands it over: the code itself (shown once, never stored), when it
 * expires, and a LINE deep link that opens the bot's chat with the code typed in (for a QR code).
 */
public record IssuedCode(String personId, String code, Instant expiresAt, String deepLink) {

	@Override
	public String toString() {
		return "IssuedCode[" + personId + ", expires " + expiresAt + "]";
	}

}
