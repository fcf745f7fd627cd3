package com.scalemart.labs.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Least recently used: every miss is admitted, the key unused for longest goes.
 */
final class LruPolicy implements Policy {

	@Override
	public String name() {
		return "LRU";
	}

	@Override
	public long hits(int[] trace, int capacity) {
		Map<Integer, Boolean> cache = new LinkedHashMap<>(capacity * 2, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
				return size() > capacity;
			}

		};
		long hits = 0;
		for (int key : trace) {
			if (cache.get(key) != null) {
				hits++;
			}
			else {
				cache.put(key, Boolean.TRUE);
			}
		}
		return hits;
	}

}
