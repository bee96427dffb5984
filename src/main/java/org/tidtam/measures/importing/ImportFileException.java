package org.tidtam.measures.importing;

/**
 * An uploaded file that cannot be read as a measures table (an old .xls, a PDF, a zip bomb, too large).
 * Checked, so the upload endpoint has to show the Thai message to the coordinator instead of a 500; the
 * message is written for them and says what to do.
 */
public class ImportFileException extends Exception {

	private static final long serialVersionUID = 1L;

	public ImportFileException(String message) {
		super(message);
	}

	public ImportFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
