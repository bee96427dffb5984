package org.tidtam.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tidtam.line.LineChannel;
import org.tidtam.shared.Role;

/**
 * Puts what the layout needs into every page's model: the signed-in person ({@code currentUser},
 * null when anonymous) and whether the LINE simulator is on ({@code lineSimulated}, for the menu).
 */
@ControllerAdvice
class CurrentUserAdvice {

	private final ObjectProvider<LineChannel> lineChannel;

	CurrentUserAdvice(ObjectProvider<LineChannel> lineChannel) {
		this.lineChannel = lineChannel;
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return from(SecurityContextHolder.getContext().getAuthentication());
	}

	private volatile Boolean simulated;

	@ModelAttribute("lineSimulated")
	boolean lineSimulated() {
		// runs for every request, webhooks included: look the channel up once
		Boolean known = this.simulated;
		if (known == null) {
			LineChannel channel = this.lineChannel.getIfAvailable();
			known = channel != null && channel.simulated();
			this.simulated = known;
		}
		return known;
	}

	static CurrentUser from(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		List<Role> roles = new ArrayList<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				try {
					roles.add(Role.valueOf(name.substring("ROLE_".length())));
				}
				catch (IllegalArgumentException ex) {
					// an authority that is not one of ours: nothing to show
				}
			}
		}
		roles.sort(null);
		String displayName = (authentication.getPrincipal() instanceof SignedInUser signedIn) ? signedIn.displayName()
				: authentication.getName();
		return new CurrentUser(authentication.getName(), displayName, List.copyOf(roles));
	}

}
