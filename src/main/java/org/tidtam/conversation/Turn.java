package org.tidtam.conversation;

import java.util.List;

/** What one step of a {@link Flow} decided: the draft to keep (unless finished) and the replies. */
public record Turn<D>(D draft, List<Reply> replies, boolean finished) {

	public Turn {
		replies = List.copyOf(replies);
	}

	/**
	 * The person confirmed: the dialog ends and the engine hands {@code draft} to
	 * {@link Flow#complete} (the one effectful step: save, issue a ticket number), whose replies
	 * follow {@code replies}.
	 */
	public static <D> Turn<D> complete(D draft, Reply... replies) {
		return new Turn<>(draft, List.of(replies), true);
	}

	/** True when the dialog ends by handing its draft to {@link Flow#complete}. */
	public boolean completes() {
		return this.finished && this.draft != null;
	}

	public static <D> Turn<D> next(D draft, Reply... replies) {
		return new Turn<>(draft, List.of(replies), false);
	}

	public static <D> Turn<D> done(Reply... replies) {
		return new Turn<>(null, List.of(replies), true);
	}

}
