package org.tidtam.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tidtam.shared.Role;

/**
 * A person (or a metrics scraper) who signs in to the admin pages. Only a bcrypt hash of the
 * password is kept; {@link #toString()} never shows it. The username is unique (an index ensured
 * at start by {@link FirstAdmin}).
 */
@Document(AdminUser.COLLECTION)
public class AdminUser {

	public static final String COLLECTION = "admin_users";

	public static final String USERNAME = "username";

	public static final String PASSWORD_HASH = "passwordHash";

	@Id
	private String id;

	private String username;

	private String passwordHash;

	private String displayName;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

	/** The organisation's person (see {@code /admin/people}) this sign-in belongs to, if linked. */
	private String personId;

	private Instant createdAt;

	@Version
	private Long version;

	public AdminUser() {
	}

	public AdminUser(String username, String passwordHash, String displayName, Set<Role> roles, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.createdAt = createdAt;
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getPersonId() {
		return this.personId;
	}

	public void setPersonId(String personId) {
		this.personId = personId;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	@Override
	public String toString() {
		return "AdminUser[" + this.username + ", roles=" + this.roles + ", enabled=" + this.enabled + "]";
	}

}
