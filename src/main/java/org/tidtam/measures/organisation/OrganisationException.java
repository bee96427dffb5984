package org.tidtam.measures.organisation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A request the organisation's data cannot take (a duplicate division name, an unknown person), said as
 * a message key of {@code messages/messages} and its arguments, so that pages word it in their language
 * ({@link #key()}, {@link #args()}); {@link #getMessage()} gives the Thai, for logs.
 */
public class OrganisationException extends RuntimeException {

	private final String key;

	private final transient Object[] args;

	public OrganisationException(String key, Object... args) {
		super(thai(key, args));
		this.key = key;
		this.args = args.clone();
	}

	/** The message key (in {@code messages/messages}). */
	public String key() {
		return this.key;
	}

	/** The message's arguments. */
	public Object[] args() {
		return this.args.clone();
	}

	private static String thai(String key, Object... args) {
		String pattern = ResourceBundle.getBundle("messages/messages", Locale.ROOT).getString(key);
		return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
	}

}
