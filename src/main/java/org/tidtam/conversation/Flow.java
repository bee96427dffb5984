package org.tidtam.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A dialog: a pure function over a typed draft (a record). It asks for the first missing piece,
 * validates what comes back (or asks again), and finishes. No LINE, no store, no clock: the
 * {@link ConversationService} keeps the draft between turns, handles "ยกเลิก" (cancel) and
 * "ย้อนกลับ" (back) for every flow, and expires idle dialogs. Modules contribute flows as beans.
 *
 * @param <D> the draft type, a record that Jackson can write and read
 */
public interface Flow<D> {

	/** Stable name, stored with the dialog ("complaint", "progress" …). */
	String id();

	Class<D> draftType();

	/** A new draft when this input starts this dialog in this chat; empty otherwise. */
	Optional<D> start(ChatRef chat, UserInput input);

	/** The question for the draft as it stands: asked after start and again after "back". */
	Turn<D> prompt(D draft);

	/** One step: the next draft and what to say, or the end of the dialog. */
	Turn<D> handle(D draft, UserInput input);

	/**
	 * The effectful end of a dialog that finished with {@link Turn#complete}: record what the
	 * draft holds and say what happened. {@code dialogId} is the same every time this very dialog
	 * completes (stable across a redelivered event after a crash), so implementations use it as
	 * an idempotency key and never record twice.
	 */
	default List<Reply> complete(ChatRef chat, D draft, String dialogId) {
		return List.of();
	}

	/**
	 * True for a dialog whose words must not stay readable outside its own module (a corruption
	 * report): the adapter then redacts what it stored of the person's messages.
	 */
	default boolean confidential() {
		return false;
	}

	/** How long the dialog may sit idle before it expires. */
	default Duration idleTimeout() {
		return Duration.ofMinutes(30);
	}

}
