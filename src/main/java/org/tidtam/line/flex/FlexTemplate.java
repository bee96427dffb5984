package org.tidtam.line.flex;

/**
 * The Flex templates code refers to, so a renamed or deleted file fails a test instead of a user's
 * chat. A constant's path is the file under {@code flex-templates/} without {@code .json}. The LINE
 * adapters of other modules (business modules never import {@code line}) add constants here, or call
 * {@link FlexTemplates#render(String, java.util.Map)} with a path.
 */
public enum FlexTemplate {

	/** Greeting after a 1:1 follow: what the account is for and the PDPA notice. */
	WELCOME("line/welcome"),

	/** Answer to "วิธีใช้งาน" and to text the bot does not understand. */
	HELP("line/help"),

	/** Greeting when the bot joins a group: what it does there and how to bind the group. */
	GROUP_GREETING("line/group-greeting"),

	/** A two-bubble carousel kept so tests and the simulator prove carousels render. */
	SAMPLE_CAROUSEL("line/sample-carousel");

	private final String path;

	FlexTemplate(String path) {
		this.path = path;
	}

	/** The template's path below {@code flex-templates/}, without {@code .json}. */
	public String path() {
		return this.path;
	}

}
