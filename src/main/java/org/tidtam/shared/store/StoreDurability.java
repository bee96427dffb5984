package org.tidtam.shared.store;

/**
 * Makes writes that were already acknowledged by the store survive a crash before the app tells the
 * outside world "received" (a webhook 200). Real MongoDB does this with its write concern; the
 * embedded H2 file store commits on a delay and needs an explicit commit (STACK.md).
 */
public interface StoreDurability {

	/** Returns once every write acknowledged before this call is on disk (or in the OS's hands). */
	void makeDurable();

	StoreDurability WRITE_CONCERN = () -> {
	};

}
