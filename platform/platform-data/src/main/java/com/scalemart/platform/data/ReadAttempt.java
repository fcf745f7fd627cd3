package com.scalemart.platform.data;

/**
 * The current thread's read: whether it touched the replica, and whether it must use the
 * primary because it is the retry of one that failed there.
 */
final class ReadAttempt {

	private static final ThreadLocal<ReadAttempt> CURRENT = ThreadLocal.withInitial(ReadAttempt::new);

	private int depth;

	private boolean usedReplica;

	private boolean primaryOnly;

	private ReadAttempt() {
	}

	static ReadAttempt current() {
		return CURRENT.get();
	}

	/**
	 * @return whether this is the outermost read, which alone retries
	 */
	boolean enter() {
		this.depth++;
		if (this.depth == 1) {
			this.usedReplica = false;
		}
		return this.depth == 1;
	}

	void exit() {
		this.depth--;
		if (this.depth == 0) {
			this.primaryOnly = false;
			this.usedReplica = false;
			CURRENT.remove();
		}
	}

	void usedReplica() {
		this.usedReplica = true;
	}

	boolean hasUsedReplica() {
		return this.usedReplica;
	}

	void primaryOnly(boolean primaryOnly) {
		this.primaryOnly = primaryOnly;
	}

	boolean isPrimaryOnly() {
		return this.primaryOnly;
	}

}
