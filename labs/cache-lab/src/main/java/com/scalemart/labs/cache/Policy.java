package com.scalemart.labs.cache;

/**
 * A cache eviction policy, replayed over a whole trace.
 */
interface Policy {

	/**
	 * The policy's name, as the report shows it.
	 * @return the name
	 */
	String name();

	/**
	 * Replays a trace through an empty cache of the given capacity.
	 * @param trace the requested keys, non-negative
	 * @param capacity how many keys the cache holds, positive
	 * @return how many requests were hits
	 */
	long hits(int[] trace, int capacity);

}
