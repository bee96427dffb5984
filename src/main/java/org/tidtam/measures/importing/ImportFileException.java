package org.tidtam.measures.importing;

/**
 * An uploaded file that cannot be read as a measures table (an old .xls, a PDF, a zip bomb, too large).
 * Checked, so the upload endpoint has to show the message to the coordinator instead of a 500; the
 * message is written for them and says what to do, in the page's language ({@link #wording()}; the
 * exception's message is the Thai).
 */
public class ImportFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final ImportText wording;

	public ImportFileException(ImportText wording) {
		super(wording.thai());
		this.wording = wording;
	}

	public ImportFileException(ImportText wording, Throwable cause) {
		super(wording.thai(), cause);
		this.wording = wording;
	}

	/** What to tell the coordinator. */
	public ImportText wording() {
		return this.wording;
	}

}
