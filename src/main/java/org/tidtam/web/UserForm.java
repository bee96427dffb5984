package org.tidtam.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tidtam.shared.Role;

/** A new admin user as typed into {@code /admin/users}. Error codes resolve through messages.properties. */
record UserForm(@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,32}") String username,
		@NotBlank @Size(max = 100) String displayName, @NotEmpty Set<Role> roles,
		@NotBlank @Size(min = UserForm.MIN_PASSWORD, max = UserForm.MAX_PASSWORD) String password) {

	static final int MIN_PASSWORD = 12;

	static final int MAX_PASSWORD = 128;

	/** The length rule of a password typed anywhere (a new user, a reset, one's own change). */
	static boolean acceptablePassword(String password) {
		return password != null && password.strip().length() >= MIN_PASSWORD && password.length() <= MAX_PASSWORD;
	}

	static UserForm empty() {
		return new UserForm("", "", Set.of(), "");
	}

}
