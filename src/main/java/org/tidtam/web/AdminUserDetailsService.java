package org.tidtam.web;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs people in against {@code admin_users}; roles become {@code ROLE_*} authorities. */
@Service
class AdminUserDetailsService implements UserDetailsService {

	private final AdminUserRepository users;

	AdminUserDetailsService(AdminUserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AdminUser user = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		List<SimpleGrantedAuthority> authorities = user.getRoles()
			.stream()
			.map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		String name = (user.getDisplayName() == null || user.getDisplayName().isBlank()) ? user.getUsername()
				: user.getDisplayName();
		return new SignedInUser(user.getUsername(), user.getPasswordHash(), user.isEnabled(), authorities, name,
				SignedInUser.stamp(user));
	}

}
