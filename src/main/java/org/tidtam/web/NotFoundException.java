package org.tidtam.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown by a page when what its URL names does not exist: a 404 with the Thai error page, never a
 * 500. Modules may use it for their own pages.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NotFoundException() {
		super("Not found");
	}

}
