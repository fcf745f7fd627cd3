package com.scalemart.platform.cache;

/**
 * What {@link LayeredCache#put} does besides updating the cache.
 */
public enum WritePolicy {

	/**
	 * The service writes the database itself; {@code put} only updates the cache and
	 * evicts the L1 of other instances.
	 */
	CACHE_ASIDE,

	/**
	 * {@code put} calls {@link CacheWriter#write} first, on the caller's thread; the
	 * cache is updated only if it returned.
	 */
	WRITE_THROUGH,

	/**
	 * {@code put} updates the cache and queues the write; a background flusher hands
	 * batches to {@link CacheWriter#writeAll}, retries failures with backoff, and
	 * {@link LayeredCache#close()} drains the queue.
	 */
	WRITE_BEHIND

}
