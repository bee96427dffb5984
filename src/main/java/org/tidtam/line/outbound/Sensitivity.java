package org.tidtam.line.outbound;

/** Who may see a message on the admin pages. */
public enum Sensitivity {

	/** Staff and group traffic: anyone with the LINE pages. */
	ORDINARY,

	/** A citizen's personal data (PDPA): the content for system admins only. */
	PERSONAL,

	/**
	 * Part of a corruption report: neither recipient nor content for anyone on the LINE pages (the
	 * integrity officers read the report on its own pages, where every read is audited).
	 */
	CONFIDENTIAL

}
