package org.tidtam.complaints;

/** A change the rules refuse; {@code messageKey} names the reason for the page. */
public class ComplaintException extends RuntimeException {

	private final String messageKey;

	public ComplaintException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
