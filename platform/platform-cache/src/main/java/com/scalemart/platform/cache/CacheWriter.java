package com.scalemart.platform.cache;

import java.util.Map;

/**
 * Writes values to the system of record, for {@link WritePolicy#WRITE_THROUGH} and
 * {@link WritePolicy#WRITE_BEHIND}. Writes must be idempotent: write-behind retries a
 * whole batch after a failure, so some of its entries may be written twice.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
@FunctionalInterface
public interface CacheWriter<K, V> {

	/**
	 * Writes one value.
	 * @param key the key
	 * @param value the value
	 * @throws RuntimeException if the value was not written
	 */
	void write(K key, V value);

	/**
	 * Writes a batch; all of it, or throws (the whole batch is then retried). The default
	 * writes one by one; override it with a batch statement.
	 * @param entries the values by key, in the order they were first queued
	 * @throws RuntimeException if the batch was not (completely) written
	 */
	default void writeAll(Map<K, V> entries) {
		entries.forEach(this::write);
	}

}
