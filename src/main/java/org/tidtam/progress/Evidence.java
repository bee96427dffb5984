package org.tidtam.progress;

import java.time.Instant;

/**
 * One evidence file of a report, stored in GridFS at once (LINE deletes content after a while):
 * {@code fileId} is the GridFS id; {@code withdrawnAt} is set when the sender unsent the message.
 */
public record Evidence(String fileId, String fileName, String contentType, long size, String sha256,
		String lineMessageId, Instant withdrawnAt) {

	public boolean withdrawn() {
		return this.withdrawnAt != null;
	}

}
