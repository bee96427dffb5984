package org.tidtam.shared.store;

/**
 * Group commit: callers that arrive while a commit is running share the next one, so a burst of
 * webhook requests costs a few commits rather than one each.
 */
final class GroupCommit implements StoreDurability {

	private final Runnable commit;

	private final Object lock = new Object();

	private long requested;

	private long committed;

	private boolean committing;

	GroupCommit(Runnable commit) {
		this.commit = commit;
	}

	@Override
	public void makeDurable() {
		long ticket;
		synchronized (this.lock) {
			ticket = ++this.requested;
		}
		for (;;) {
			long target;
			synchronized (this.lock) {
				while (this.committing && this.committed < ticket) {
					try {
						this.lock.wait();
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						throw new IllegalStateException("Interrupted while committing", e);
					}
				}
				if (this.committed >= ticket) {
					return;
				}
				this.committing = true;
				target = this.requested;
			}
			boolean ok = false;
			try {
				this.commit.run();
				ok = true;
			}
			finally {
				synchronized (this.lock) {
					this.committing = false;
					if (ok) {
						this.committed = Math.max(this.committed, target);
					}
					this.lock.notifyAll();
				}
			}
		}
	}

}
