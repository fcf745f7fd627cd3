package com.scalemart.labs.hashing;

import java.util.UUID;

import com.scalemart.platform.sharding.ShardSelector;

/**
 * A rough lookup throughput: one thread, the best of a few passes over all keys after a
 * warm-up pass. Not a benchmark (no forks, no control of JIT or GC); it tells orders of
 * magnitude apart, nothing finer.
 *
 * @param uuidLookupsPerSecond {@code nodeFor(UUID)}: hashing plus search
 * @param hashLookupsPerSecond {@code nodeForHash(long)}: the search alone
 */
public record Throughput(double uuidLookupsPerSecond, double hashLookupsPerSecond) {

	private static final int PASSES = 3;

	/** Written so that the JIT cannot drop the lookups as dead code. */
	static volatile int sink;

	static Throughput measure(ShardSelector<String> selector, UserIds keys) {
		long uuidNanos = Long.MAX_VALUE;
		long hashNanos = Long.MAX_VALUE;
		for (int pass = 0; pass <= PASSES; pass++) {
			long uuid = timeUuids(selector, keys.ids());
			long hash = timeHashes(selector, keys.hashes());
			if (pass > 0) {
				uuidNanos = Math.min(uuidNanos, uuid);
				hashNanos = Math.min(hashNanos, hash);
			}
		}
		return new Throughput(perSecond(keys.size(), uuidNanos), perSecond(keys.size(), hashNanos));
	}

	private static long timeUuids(ShardSelector<String> selector, UUID[] ids) {
		int acc = 0;
		long start = System.nanoTime();
		for (UUID id : ids) {
			acc += System.identityHashCode(selector.nodeFor(id));
		}
		long nanos = System.nanoTime() - start;
		sink = acc;
		return nanos;
	}

	private static long timeHashes(ShardSelector<String> selector, long[] hashes) {
		int acc = 0;
		long start = System.nanoTime();
		for (long hash : hashes) {
			acc += System.identityHashCode(selector.nodeForHash(hash));
		}
		long nanos = System.nanoTime() - start;
		sink = acc;
		return nanos;
	}

	private static double perSecond(int lookups, long nanos) {
		return lookups / (Math.max(1, nanos) / 1e9);
	}

}
