package org.tidtam.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin, created when {@code admin_users} is empty ({@code TIDTAM_ADMIN_USERNAME},
 * {@code TIDTAM_ADMIN_PASSWORD}). A blank password means "make one up and print it once".
 * {@link #toString()} never shows the password.
 */
@ConfigurationProperties("tidtam.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password) {

	public boolean hasPassword() {
		return this.password != null && !this.password.isBlank();
	}

	@Override
	public String toString() {
		return "AdminProperties[username=" + this.username + ", password=" + (hasPassword() ? "(set)" : "(none)") + "]";
	}

}
