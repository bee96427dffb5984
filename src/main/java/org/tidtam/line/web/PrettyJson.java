package org.tidtam.line.web;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Indents stored JSON for reading on a page; text that is not JSON is shown as it is. */
final class PrettyJson {

	private PrettyJson() {
	}

	static String of(String json) {
		if (json == null || json.isBlank()) {
			return json;
		}
		try {
			JsonMapper mapper = JsonMapper.shared();
			return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json));
		}
		catch (JacksonException ex) {
			return json;
		}
	}

}
