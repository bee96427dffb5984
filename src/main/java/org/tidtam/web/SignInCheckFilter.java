package org.tidtam.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a sign-in whose account changed after it began: the password reset (someone else may know the
 * old one), the account disabled (the person left), or its roles changed (an integrity officer who is no
 * longer one must not keep reading corruption reports until the session times out). The session keeps
 * its other attributes (the CSRF token, so a form sent meanwhile still reaches the login page) but
 * loses the sign-in, and the person is asked to sign in again with a word on the login page.
 * <p>
 * Checked on every request of a signed-in session against the stored account, so it works across
 * several app instances too.
 */
class SignInCheckFilter extends OncePerRequestFilter {

	/** Session attribute telling the login page why the person was signed out. */
	static final String SIGNED_OUT_BECAUSE_CHANGED = SignInCheckFilter.class.getName() + ".changed";

	private static final Logger log = LoggerFactory.getLogger(SignInCheckFilter.class);

	private final AdminUserRepository users;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	/** Style sheets, scripts and fonts: a page's own request already checked the sign-in, once is enough. */
	private final List<RequestMatcher> resources = Arrays.stream(SecurityConfig.PUBLIC_RESOURCES)
		.map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern))
		.toList();

	SignInCheckFilter(AdminUserRepository users) {
		this.users = users;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.resources.stream().anyMatch(m -> m.matches(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn
				&& !stillValid(signedIn)) {
			this.contexts.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
				session.setAttribute(SIGNED_OUT_BECAUSE_CHANGED, Boolean.TRUE);
			}
			log.info("Sign-in of '{}' ended: the account was changed (password, roles or disabled)",
					signedIn.getUsername());
		}
		chain.doFilter(request, response);
	}

	private boolean stillValid(SignedInUser signedIn) {
		return this.users.findByUsername(signedIn.getUsername())
			.map(SignedInUser::stamp)
			.filter(stamp -> stamp.equals(signedIn.stamp()))
			.isPresent();
	}

}
