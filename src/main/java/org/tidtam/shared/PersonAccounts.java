package org.tidtam.shared;

import java.util.Optional;

/**
 * Which person of the organisation (a division head, say) an admin sign-in belongs to, so module
 * pages can show a head their own division. Implemented by the web shell, which owns the sign-ins.
 */
public interface PersonAccounts {

	/** The person id linked to {@code username}, if the coordinator linked one. */
	Optional<String> personIdOf(String username);

}
