package org.tidtam.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The session cookie is Secure when the office's public address ({@code tidtam.base-url}) is HTTPS.
 * The app runs behind a reverse proxy that ends TLS and forwards plain HTTP; with
 * {@code server.forward-headers-strategy=framework} the app sees the request as HTTPS but Tomcat, which
 * writes the cookie, does not, so the cookie went out without Secure and a browser would send the admin's
 * session over plain HTTP (an address typed without https, before the proxy's redirect). Local runs at
 * {@code http://localhost} keep a plain cookie so that signing in works there.
 */
@Configuration(proxyBeanMethods = false)
class SecureSessionCookie {

	@Bean
	ServletContextInitializer secureSessionCookieWhenPublicAddressIsHttps(@Value("${tidtam.base-url}") String baseUrl) {
		boolean https = baseUrl.strip().toLowerCase(java.util.Locale.ROOT).startsWith("https://");
		return servletContext -> {
			if (https) {
				servletContext.getSessionCookieConfig().setSecure(true);
			}
		};
	}

}
