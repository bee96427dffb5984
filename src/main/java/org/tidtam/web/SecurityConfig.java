package org.tidtam.web;

import java.util.Arrays;
import java.util.LinkedHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.tidtam.shared.Role;

/**
 * Who may reach what.
 * <ul>
 * <li>Actuator: health and info are public (load balancers, probes); metrics and Prometheus need
 * {@code ADMIN} or {@code METRICS} through HTTP Basic, because scrapers cannot fill in a login form.</li>
 * <li>The LINE webhook is public and without CSRF: LINE signs each request and the webhook checks the
 * signature. The LINE simulator ({@code /simulator/**}, dev only) and the benchmark endpoints
 * ({@code /bench/**}, only with {@code tidtam.bench.enabled}) are public and without CSRF too: they
 * exist only when switched on and are driven by scripts.</li>
 * <li>Everything else: form login at {@code /login}, CSRF on, session id changed at sign-in, frames
 * denied; a sign-in ends when its account's password, roles or enabled state change
 * ({@link SignInCheckFilter}). {@code /admin/**} needs a person's role (not {@code METRICS}); the LINE pages need
 * {@code ADMIN} or {@code COORDINATOR}, retries and users need {@code ADMIN}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String[] PUBLIC_RESOURCES = { "/css/**", "/js/**", "/fonts/**", "/static/**", "/favicon.ico",
			"/webjars/**" };

	/**
	 * Admin pages show text that citizens typed: besides escaping everything, the browser may run no
	 * script and load nothing from elsewhere on them. Not applied to the simulator, which is another
	 * module's page with its own scripts.
	 */
	static final String ADMIN_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
				.hasAnyRole(Role.ADMIN.name(), Role.METRICS.name())
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.httpBasic(Customizer.withDefaults())
			// read-only GETs by machines: no session to ride on, so no CSRF token to ask for
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain appSecurity(HttpSecurity http, @Value("${line.bot.handler.path:/callback}") String webhookPath,
			AdminUserRepository users, LoginThrottle throttle) throws Exception {
		String[] people = Arrays.stream(Role.values()).filter(Role::person).map(Role::name).toArray(String[]::new);
		http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_RESOURCES)
			.permitAll()
			.requestMatchers("/login", "/error", "/error/**", "/privacy", "/media/complaint-photos/*")
			.permitAll()
			.requestMatchers(webhookPath, "/simulator", "/simulator/**", "/bench/**", "/v2/bot/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/admin/line/*/*/retry")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin/line/**", "/admin/people/**", "/admin/people", "/admin/divisions/**",
					"/admin/divisions", "/admin/plan", "/admin/plan/**", "/admin/organisation")
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATOR.name())
			.requestMatchers(HttpMethod.POST, "/admin/reports/**")
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATOR.name())
			.requestMatchers("/admin/reports", "/admin/reports/**")
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATOR.name(), Role.EXECUTIVE.name())
			.requestMatchers("/admin/users/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin/data-requests", "/admin/data-requests/**")
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATOR.name())
			.requestMatchers("/admin/integrity", "/admin/integrity/**")
			.hasRole(Role.INTEGRITY_OFFICER.name())
			.requestMatchers("/admin/complaints/statistics", "/admin/complaints/statistics.csv",
					"/admin/complaints/statistics.xlsx")
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATOR.name(), Role.COMPLAINT_OFFICER.name(), Role.EXECUTIVE.name())
			.requestMatchers("/admin/complaints", "/admin/complaints/**")
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATOR.name(), Role.COMPLAINT_OFFICER.name())
			.requestMatchers("/admin/**")
			.hasAnyRole(people)
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/admin", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.csrf(csrf -> csrf.ignoringRequestMatchers(webhookPath, "/simulator/**", "/bench/**", "/v2/bot/**"))
			.exceptionHandling(denied -> denied.accessDeniedHandler(accessDenied()))
			.addFilterAfter(new SignInCheckFilter(users), SecurityContextHolderFilter.class)
			.addFilterBefore(new LoginThrottle.Gate(throttle), UsernamePasswordAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						PathPatternRequestMatcher.withDefaults().matcher("/admin/**"),
						new StaticHeadersWriter("Content-Security-Policy", ADMIN_CONTENT_SECURITY_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						PathPatternRequestMatcher.withDefaults().matcher("/login"),
						new StaticHeadersWriter("Content-Security-Policy", ADMIN_CONTENT_SECURITY_POLICY))));
		return http.build();
	}

	/**
	 * A missing or stale CSRF token (a page left open past the session, a form sent again) gets a page
	 * saying to reload and send again, still 403; any other refusal gets the usual "no permission" page.
	 */
	static AccessDeniedHandler accessDenied() {
		AccessDeniedHandlerImpl expiredForm = new AccessDeniedHandlerImpl();
		expiredForm.setErrorPage(ExpiredFormController.PATH);
		LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> handlers = new LinkedHashMap<>();
		handlers.put(CsrfException.class, expiredForm);
		return new DelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
	}

}
