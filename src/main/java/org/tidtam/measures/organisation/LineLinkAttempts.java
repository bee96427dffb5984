package org.tidtam.measures.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Wrong codes typed by one LINE user (the id is the LINE user id): the recent failure times and, after too
 * many, the end of the lock-out. One document per user so each attempt is one atomic update. Old
 * failures are pruned in application code, since the embedded store never runs TTL indexes.
 */
@Document(LineLinkAttempts.COLLECTION)
public class LineLinkAttempts {

	public static final String COLLECTION = "line_link_attempts";

	public static final String FAILURES = "failures";

	public static final String LAST_FAILURE_AT = "lastFailureAt";

	public static final String LOCKED_UNTIL = "lockedUntil";

	@Id
	private String id;

	private List<Instant> failures = new ArrayList<>();

	private Instant lastFailureAt;

	private Instant lockedUntil;

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public List<Instant> getFailures() {
		return this.failures;
	}

	public void setFailures(List<Instant> failures) {
		this.failures = failures;
	}

	public Instant getLastFailureAt() {
		return this.lastFailureAt;
	}

	public void setLastFailureAt(Instant lastFailureAt) {
		this.lastFailureAt = lastFailureAt;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public void setLockedUntil(Instant lockedUntil) {
		this.lockedUntil = lockedUntil;
	}

}
