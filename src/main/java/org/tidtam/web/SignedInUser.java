package org.tidtam.web;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in admin user: Spring's {@link User} plus the name shown in the header. */
class SignedInUser extends User {

	private static final long serialVersionUID = 1L;

	private final String displayName;

	SignedInUser(String username, String passwordHash, boolean enabled,
			Collection<? extends GrantedAuthority> authorities, String displayName) {
		super(username, passwordHash, enabled, true, true, true, authorities);
		this.displayName = displayName;
	}

	String displayName() {
		return this.displayName;
	}

}
