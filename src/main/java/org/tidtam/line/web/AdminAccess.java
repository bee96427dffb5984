package org.tidtam.line.web;

import org.springframework.security.core.Authentication;
import org.tidtam.shared.Role;

/**
 * Who may read a citizen's message content. Personal data (PDPA) in events and outgoing messages is
 * for system admins only; coordinators see that something happened, not what was said.
 */
final class AdminAccess {

	private AdminAccess() {
	}

	static boolean isAdmin(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
	}

	static boolean maySeeContent(boolean personalData, Authentication authentication) {
		return !personalData || isAdmin(authentication);
	}

}
