package org.tidtam.web;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tidtam.shared.PersonAccounts;

/** Sign-in → person, from the admin user's link. */
@Component
class AdminPersonAccounts implements PersonAccounts {

	private final AdminUserRepository users;

	AdminPersonAccounts(AdminUserRepository users) {
		this.users = users;
	}

	@Override
	public Optional<String> personIdOf(String username) {
		return this.users.findByUsername(username).map(AdminUser::getPersonId);
	}

}
