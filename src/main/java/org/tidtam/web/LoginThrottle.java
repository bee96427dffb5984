package org.tidtam.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing on the sign-in form: after {@value #MAX_FAILURES} wrong passwords for one
 * user name within {@link #WINDOW}, that name cannot sign in for {@link #LOCK} (the form says so, the same
 * way whether the name exists or not, so it tells a guesser nothing). A right password before that clears
 * the count. Kept in memory: a restart or another app instance starts counting again.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	/** Names counted at once before the counts no longer in force are dropped. */
	static final int MAX_NAMES = 10_000;

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private record Failures(int count, Instant first, Instant lockedUntil) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent failed) {
		String name = key(failed.getAuthentication().getName());
		Instant now = this.clock.instant();
		if (this.failures.size() >= MAX_NAMES) {
			// guesses over many names must not fill the memory: forget the counts no longer in force
			this.failures.values().removeIf(f -> !now.isBefore(f.lockedUntil() != null ? f.lockedUntil()
					: f.first().plus(WINDOW)));
		}
		Failures after = this.failures.merge(name, new Failures(1, now, null), (was, one) -> {
			if (was.lockedUntil() != null || Duration.between(was.first(), now).compareTo(WINDOW) > 0) {
				return one;
			}
			int count = was.count() + 1;
			return new Failures(count, was.first(), count >= MAX_FAILURES ? now.plus(LOCK) : null);
		});
		if (after.lockedUntil() != null) {
			log.warn("Sign-in for '{}' held for {} minutes after {} wrong passwords", failed.getAuthentication().getName(),
					LOCK.toMinutes(), MAX_FAILURES);
		}
	}

	@EventListener
	void on(AuthenticationSuccessEvent succeeded) {
		this.failures.remove(key(succeeded.getAuthentication().getName()));
	}

	/** True while {@code username} may not try again. */
	boolean held(String username) {
		Failures f = this.failures.get(key(username));
		return f != null && f.lockedUntil() != null && this.clock.instant().isBefore(f.lockedUntil());
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	/** Turns a held name's sign-in away before any password is checked. */
	static final class Gate extends OncePerRequestFilter {

		private final LoginThrottle throttle;

		Gate(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
					&& this.throttle.held(request.getParameter("username"))) {
				response.sendRedirect(request.getContextPath() + "/login?held");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
