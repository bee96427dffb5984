package org.tidtam.complaints;

import java.util.Optional;

/**
 * A citizen's chat display name, looked up only when they chose to be named by it. Implemented by
 * the LINE adapter; none (empty) when no adapter is present.
 */
public interface CitizenProfiles {

	Optional<String> displayName(String lineUserId);

}
