package com.scalemart.labs.hashing;

import java.util.SplittableRandom;
import java.util.UUID;

import com.scalemart.platform.sharding.KeyHash;

/**
 * Seeded user ids: random (version 4) UUIDs, as the user service issues, and their
 * {@link KeyHash}es, computed once and shared by every algorithm.
 *
 * @param ids the ids
 * @param hashes {@code KeyHash.of(ids[i])} at index {@code i}
 */
public record UserIds(UUID[] ids, long[] hashes) {

	public static UserIds generate(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		UUID[] ids = new UUID[count];
		long[] hashes = new long[count];
		for (int i = 0; i < count; i++) {
			long most = (random.nextLong() & ~0xF000L) | 0x4000L;
			long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
			ids[i] = new UUID(most, least);
			hashes[i] = KeyHash.of(ids[i]);
		}
		return new UserIds(ids, hashes);
	}

	int size() {
		return this.ids.length;
	}

}
