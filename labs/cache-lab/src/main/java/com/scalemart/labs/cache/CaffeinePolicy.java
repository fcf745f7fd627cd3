package com.scalemart.labs.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Caffeine's W-TinyLFU, exactly as the L1 of {@code platform-cache} uses it (a size
 * bound, nothing else). Maintenance runs on the caller's thread so that the replay does
 * not race a background thread; Caffeine still adds a little randomness of its own to
 * admission, so runs may differ in the last digits.
 */
final class CaffeinePolicy implements Policy {

	@Override
	public String name() {
		return "W-TinyLFU (Caffeine)";
	}

	@Override
	public long hits(int[] trace, int capacity) {
		Cache<Integer, Boolean> cache = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
		long hits = 0;
		for (int key : trace) {
			if (cache.getIfPresent(key) != null) {
				hits++;
			}
			else {
				cache.put(key, Boolean.TRUE);
			}
		}
		return hits;
	}

}
