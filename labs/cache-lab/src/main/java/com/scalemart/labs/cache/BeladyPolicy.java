package com.scalemart.labs.cache;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Belady's optimal policy (MIN), which knows the future: on a miss with a full cache it
 * evicts the key whose next request is farthest away, or does not admit the missed key if
 * that key's own next request is the farthest. No policy gets more hits on the trace, so
 * it is the ceiling the others are measured against.
 *
 * <p>
 * One backward pass gives each request the index of the next request for the same key;
 * the cached keys sit in a max-heap by next use. A hit pushes the key again with its new
 * next use and leaves the old heap entry behind; stale entries are recognized (their next
 * use is not the key's current one) and skipped when they reach the top. The replay is
 * {@code O(n log n)}.
 */
final class BeladyPolicy implements Policy {

	@Override
	public String name() {
		return "Belady (optimal)";
	}

	@Override
	public long hits(int[] trace, int capacity) {
		int[] nextUse = nextUses(trace);
		Map<Integer, Integer> cached = new HashMap<>(capacity * 2);
		PriorityQueue<Long> farthest = new PriorityQueue<>(Collections.reverseOrder());
		long hits = 0;
		for (int i = 0; i < trace.length; i++) {
			int key = trace[i];
			int next = nextUse[i];
			if (cached.containsKey(key)) {
				hits++;
				cached.put(key, next);
				farthest.add(entry(next, key));
				continue;
			}
			if (cached.size() == capacity) {
				long top = validTop(farthest, cached);
				if (next >= nextUseOf(top)) {
					// the missed key is needed last of all: keeping it would cost a hit
					continue;
				}
				farthest.poll();
				cached.remove(keyOf(top));
			}
			cached.put(key, next);
			farthest.add(entry(next, key));
		}
		return hits;
	}

	/**
	 * For each request, the index of the next request for the same key, or the trace's
	 * length if there is none.
	 */
	static int[] nextUses(int[] trace) {
		int[] next = new int[trace.length];
		Map<Integer, Integer> seenAt = new HashMap<>();
		for (int i = trace.length - 1; i >= 0; i--) {
			next[i] = seenAt.getOrDefault(trace[i], trace.length);
			seenAt.put(trace[i], i);
		}
		return next;
	}

	private static long validTop(PriorityQueue<Long> farthest, Map<Integer, Integer> cached) {
		while (true) {
			long top = farthest.element();
			Integer current = cached.get(keyOf(top));
			if (current != null && current == nextUseOf(top)) {
				return top;
			}
			farthest.poll();
		}
	}

	private static long entry(int nextUse, int key) {
		return ((long) nextUse << 32) | (key & 0xFFFF_FFFFL);
	}

	private static int nextUseOf(long entry) {
		return (int) (entry >>> 32);
	}

	private static int keyOf(long entry) {
		return (int) entry;
	}

}
