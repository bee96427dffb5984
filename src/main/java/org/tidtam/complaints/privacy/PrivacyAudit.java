package org.tidtam.complaints.privacy;

import java.time.Instant;
import java.util.List;

/** The log of who looked at citizens' personal data in the admin. */
public interface PrivacyAudit {

	/** The latest accesses, newest first. */
	List<Access> recent(int limit);

	record Access(Instant at, String user, String path) {
	}

}
