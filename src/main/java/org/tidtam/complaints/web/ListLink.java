package org.tidtam.complaints.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.tidtam.complaints.TrailFilter;

/**
 * A list page's own link with the filters it was asked with, for the pager fragment
 * ({@code fragments/pager :: links}) to add the page to: a filter left empty is left out, values are
 * encoded (Thai names, a '+' or a '&' stay what was typed).
 */
final class ListLink {

	private final String path;

	private final Map<String, Object> filters = new LinkedHashMap<>();

	private ListLink(String path) {
		this.path = path;
	}

	static ListLink to(String path) {
		return new ListLink(path);
	}

	/** Adds a filter; null, false and blank values are left out. */
	ListLink with(String name, Object value) {
		if (value != null && !Boolean.FALSE.equals(value) && !value.toString().isBlank()) {
			this.filters.put(name, value);
		}
		return this;
	}

	/** The path and its filters, without the context path (the fragment's {@code @{...}} adds it). */
	String build() {
		StringJoiner query = new StringJoiner("&");
		this.filters.forEach((name, value) -> query
			.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)));
		return this.filters.isEmpty() ? this.path : this.path + "?" + query;
	}

	/** The link of an access trail's page with the trail's filters. */
	static String of(String path, TrailFilter filter) {
		return to(path).with("from", filter.from())
			.with("to", filter.to())
			.with("who", filter.who())
			.with("ticket", filter.ticket())
			.build();
	}

}
