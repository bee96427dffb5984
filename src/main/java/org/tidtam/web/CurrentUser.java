package org.tidtam.web;

import java.util.List;

import org.tidtam.shared.Role;

/**
 * The signed-in person as templates see it ({@code ${currentUser}}), because the Thymeleaf Spring
 * Security extras do not support Spring Security 7.
 */
public record CurrentUser(String username, String displayName, List<Role> roles) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/** May open the LINE event and outbox pages. */
	public boolean isLineViewer() {
		return has(Role.ADMIN) || has(Role.COORDINATOR);
	}

}
