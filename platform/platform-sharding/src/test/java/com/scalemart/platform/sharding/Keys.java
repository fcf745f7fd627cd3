package com.scalemart.platform.sharding;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Seeded test keys: random (version 4) UUIDs like the platform's user ids, and their
 * hashes.
 */
final class Keys {

	private Keys() {
	}

	static UUID[] uuids(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		UUID[] uuids = new UUID[count];
		for (int i = 0; i < count; i++) {
			long most = (random.nextLong() & ~0xF000L) | 0x4000L;
			long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
			uuids[i] = new UUID(most, least);
		}
		return uuids;
	}

	static long[] hashes(int count, long seed) {
		UUID[] uuids = uuids(count, seed);
		long[] hashes = new long[count];
		for (int i = 0; i < count; i++) {
			hashes[i] = KeyHash.of(uuids[i]);
		}
		return hashes;
	}

	static List<String> nodes(int count) {
		return nodes(0, count);
	}

	static List<String> nodes(int from, int count) {
		List<String> nodes = new ArrayList<>();
		for (int i = from; i < from + count; i++) {
			nodes.add("shard-" + i);
		}
		return nodes;
	}

	/** For each node of the selector, in {@code nodes()} order, how many keys it owns. */
	static <N> int[] counts(ShardSelector<N> selector, long[] hashes) {
		List<N> nodes = selector.nodes();
		java.util.Map<N, Integer> index = new java.util.HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			index.put(nodes.get(i), i);
		}
		int[] counts = new int[nodes.size()];
		for (long hash : hashes) {
			counts[index.get(selector.nodeForHash(hash))]++;
		}
		return counts;
	}

	static double maxOverMean(int[] counts) {
		long total = 0;
		int max = 0;
		for (int count : counts) {
			total += count;
			max = Math.max(max, count);
		}
		return max / ((double) total / counts.length);
	}

	/** The fraction of keys whose node differs between two selectors. */
	static <N> double movedFraction(ShardSelector<N> before, ShardSelector<N> after, long[] hashes) {
		long moved = 0;
		for (long hash : hashes) {
			if (!before.nodeForHash(hash).equals(after.nodeForHash(hash))) {
				moved++;
			}
		}
		return (double) moved / hashes.length;
	}

}
