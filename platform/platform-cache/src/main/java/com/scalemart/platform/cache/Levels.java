package com.scalemart.platform.cache;

/**
 * Which levels a {@link LayeredCache} uses in front of its loader (L3, the database).
 * Every mode keeps the same API, so a lab or a flag can switch between them.
 */
public enum Levels {

	/** No caching: every read calls the loader. */
	OFF(false, false),

	/** L1 only: in this JVM; other instances learn of changes only if Redis is given. */
	L1_ONLY(true, false),

	/** L2 only: Redis, shared by every instance. */
	L2_ONLY(false, true),

	/** L1 in front of L2. */
	L1_AND_L2(true, true);

	private final boolean l1;

	private final boolean l2;

	Levels(boolean l1, boolean l2) {
		this.l1 = l1;
		this.l2 = l2;
	}

	/**
	 * Tells whether the in-process level is on.
	 * @return {@code true} for {@link #L1_ONLY} and {@link #L1_AND_L2}
	 */
	public boolean l1() {
		return this.l1;
	}

	/**
	 * Tells whether the Redis level is on.
	 * @return {@code true} for {@link #L2_ONLY} and {@link #L1_AND_L2}
	 */
	public boolean l2() {
		return this.l2;
	}

}
