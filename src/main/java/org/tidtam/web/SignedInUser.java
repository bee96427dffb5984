package org.tidtam.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in admin user: Spring's {@link User} plus the name shown in the header and
 * the {@linkplain #stamp(AdminUser) stamp} of the account as it was at sign-in, so that a session ends
 * when an admin resets the password, disables the account or changes its roles.
 */
class SignedInUser extends User {

	private static final long serialVersionUID = 2L;

	private final String displayName;

	private final String stamp;

	SignedInUser(String username, String passwordHash, boolean enabled,
			Collection<? extends GrantedAuthority> authorities, String displayName, String stamp) {
		super(username, passwordHash, enabled, true, true, true, authorities);
		this.displayName = displayName;
		this.stamp = stamp;
	}

	String displayName() {
		return this.displayName;
	}

	/** The account's stamp when this person signed in. */
	String stamp() {
		return this.stamp;
	}

	/**
	 * What a session depends on: the password (as a digest of its hash: the session never keeps the hash
	 * itself once Spring has erased the credentials), whether the account is enabled, and its roles.
	 */
	static String stamp(AdminUser user) {
		String roles = user.getRoles().stream().map(Enum::name).sorted().toList().toString();
		String text = user.getPasswordHash() + "|" + user.isEnabled() + "|" + roles;
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JVM", e);
		}
	}

}
