package org.tidtam.progress;

import java.util.Optional;

/**
 * Where evidence files are kept: the chat adapter downloads a photo or file as soon as it arrives
 * and stores it; this tells the progress module what was stored for one chat message (GridFS id,
 * type, size, SHA-256), or nothing when the download failed or was refused.
 */
public interface EvidenceFiles {

	Optional<Evidence> stored(String lineMessageId);

	/** The bytes of a stored file by its id, to show or download. */
	Optional<Content> open(String fileId);

	/**
	 * Stores a file uploaded in the web admin (a coordinator recording on someone's behalf), under the
	 * same limits as chat files; empty when its type or size is not accepted.
	 */
	Optional<Evidence> store(String fileName, String contentType, byte[] bytes, String uploadedBy);

	/** A stored file's name, type and bytes. */
	record Content(String fileName, String contentType, byte[] bytes) {
	}

}
