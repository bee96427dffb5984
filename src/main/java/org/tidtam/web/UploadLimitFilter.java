package org.tidtam.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload above the multipart limits ({@code spring.servlet.multipart.max-file-size} /
 * {@code max-request-size}) goes back to the page it came from with a Thai message that names the limit.
 * Tomcat refuses such a body while the CSRF filter reads its token, and every later read of a parameter
 * (the error page's included) fails the same way, so without this the person got Tomcat's bare English
 * "413 Payload Too Large". The body is parsed here, before Spring Security, with Spring's own
 * translation of the container's size errors; a body within the limits is parsed once, as before.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	static final String MESSAGE = "error.upload-too-large";

	private final String limit;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	UploadLimitFilter(MultipartConfigElement config) {
		this.limit = describe(smallestLimit(config));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request instanceof MultipartHttpServletRequest) && "POST".equals(request.getMethod())
				&& request.getContentType() != null
				&& request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			try {
				new StandardMultipartHttpServletRequest(request);
			}
			catch (MaxUploadSizeExceededException ex) {
				sendBack(request, response);
				return;
			}
			catch (RuntimeException ex) {
				// another parse failure: the chain fails on it as it would have without this filter
			}
		}
		chain.doFilter(request, response);
	}

	/** A redirect (303: the browser follows with GET) to the page that sent the form, the message flashed. */
	private void sendBack(HttpServletRequest request, HttpServletResponse response) {
		String back = backTo(request.getHeader(HttpHeaders.REFERER), request.getContextPath());
		FlashMap flash = new FlashMap();
		flash.put("flashError", MESSAGE);
		flash.put("flashArg", this.limit);
		flash.setTargetRequestPath(back);
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader(HttpHeaders.LOCATION, back);
	}

	/** The referring page's path and query on this site (never another host), else the admin home. */
	static String backTo(String referer, String contextPath) {
		String home = contextPath + "/admin";
		if (referer == null) {
			return home;
		}
		try {
			URI uri = URI.create(referer);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith(contextPath + "/") || path.startsWith("//")) {
				return home;
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return home;
		}
	}

	static long smallestLimit(MultipartConfigElement config) {
		long file = config.getMaxFileSize();
		long request = config.getMaxRequestSize();
		if (file < 0) {
			return request;
		}
		return (request < 0) ? file : Math.min(file, request);
	}

	/** "12 MB", "500 KB": as the limit was most likely written in the configuration. */
	static String describe(long bytes) {
		if (bytes < 0) {
			return "-";
		}
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + " MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return (bytes / 1024) + " KB";
		}
		return bytes + " B";
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Before Spring Security's filters (whose CSRF check is the first to read the body). */
		@Bean
		FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(ObjectProvider<MultipartConfigElement> config) {
			MultipartConfigElement element = config.getIfAvailable(() -> new MultipartConfigElement(""));
			FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
					new UploadLimitFilter(element));
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
			return registration;
		}

	}

}
