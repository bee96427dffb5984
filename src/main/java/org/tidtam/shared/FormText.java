package org.tidtam.shared;

/** Text from an HTML form, measured as the form's {@code maxlength} measured it. */
public final class FormText {

	private FormText() {
	}

	/**
	 * True when {@code text} is longer than {@code max} as the browser counted it: a line break counts
	 * once in {@code maxlength} but is sent as two characters (CRLF); the ends are stripped.
	 */
	public static boolean longerThan(String text, int max) {
		return text != null && text.replace("\r\n", "\n").strip().length() > max;
	}

}
