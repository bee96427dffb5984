package org.tidtam.progress;

import java.util.Optional;

/**
 * Where evidence files are kept: the chat adapter downloads a photo or file as soon as it arrives
 * and stores it; this tells the progress module what was stored for one chat message (GridFS id,
 * type, size, SHA-256), or nothing when the download failed or was refused.
 */
public interface EvidenceFiles {

	Optional<Evidence> stored(String lineMessageId);

}
