package org.tidtam.conversation;

import java.util.List;

/** What one step of a {@link Flow} decided: the draft to keep (unless finished) and the replies. */
public record Turn<D>(D draft, List<Reply> replies, boolean finished) {

	public Turn {
		replies = List.copyOf(replies);
	}

	public static <D> Turn<D> next(D draft, Reply... replies) {
		return new Turn<>(draft, List.of(replies), false);
	}

	public static <D> Turn<D> done(Reply... replies) {
		return new Turn<>(null, List.of(replies), true);
	}

}
