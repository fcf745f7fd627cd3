package com.scalemart.platform.cache;

/**
 * Where a read was answered.
 */
public enum ServedBy {

	/** The in-process level of this instance. */
	L1,

	/** Redis. */
	L2,

	/** Neither level: the loader was called (by this caller or one it waited for). */
	MISS

}
