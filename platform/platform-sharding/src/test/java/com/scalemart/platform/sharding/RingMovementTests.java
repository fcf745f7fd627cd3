package com.scalemart.platform.sharding;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which keys change node when the node set changes: the reason consistent hashing exists.
 */
class RingMovementTests {

	private static final long[] KEYS = Keys.hashes(200_000, 7L);

	@Test
	void addingANodeMovesKeysOnlyToIt() {
		SplittableRandom random = new SplittableRandom(1);
		for (int round = 0; round < 20; round++) {
			ConsistentHashRing<String> before = randomRing(random);
			String added = "added-" + round;
			ConsistentHashRing<String> after = RingInvariants.check(before.withNode(added));
			for (long hash : KEYS) {
				String owner = after.nodeForHash(hash);
				if (!owner.equals(before.nodeForHash(hash))) {
					assertThat(owner).as("%s, key hash %d", before, hash).isEqualTo(added);
				}
			}
		}
	}

	@Test
	void removingANodeMovesOnlyItsKeys() {
		SplittableRandom random = new SplittableRandom(2);
		for (int round = 0; round < 20; round++) {
			ConsistentHashRing<String> before = randomRing(random);
			String removed = before.nodes().get(random.nextInt(before.nodes().size()));
			ConsistentHashRing<String> after = RingInvariants.check(before.withoutNode(removed));
			assertThat(after.nodes()).doesNotContain(removed);
			for (long hash : KEYS) {
				String owner = before.nodeForHash(hash);
				if (!owner.equals(removed)) {
					assertThat(after.nodeForHash(hash)).as("%s without %s", before, removed).isEqualTo(owner);
				}
			}
		}
	}

	@Test
	void addingANinthNodeMovesAboutANinthOfTheKeys() {
		long[] keys = Keys.hashes(1_000_000, 20_240_501L);
		ConsistentHashRing<String> eight = ConsistentHashRing.of(Keys.nodes(8), 256);
		double moved = Keys.movedFraction(eight, eight.withNode("shard-8"), keys);
		// the target is 1.1 x K/N (N = 8); the ideal is K/(N+1)
		assertThat(moved).isLessThanOrEqualTo(1.1 / 8).isBetween(0.9 / 9, 1.1 / 9);
	}

	@Test
	void raisingAWeightMovesKeysOnlyToThatNode() {
		ConsistentHashRing<String> before = ConsistentHashRing.of(Keys.nodes(5), 64);
		ConsistentHashRing<String> after = RingInvariants.check(before.withWeight("shard-3", 3.0));
		assertThat(after.virtualNodes("shard-3")).isEqualTo(192);
		for (long hash : KEYS) {
			String owner = after.nodeForHash(hash);
			if (!owner.equals(before.nodeForHash(hash))) {
				assertThat(owner).isEqualTo("shard-3");
			}
		}
		assertThat(Keys.movedFraction(before, after, KEYS)).isBetween(0.2, 0.4);
		// and lowering it back moves the same keys home
		assertThat(Keys.movedFraction(before, after.withWeight("shard-3", 1.0), KEYS)).isZero();
	}

	@Test
	void theOriginalRingIsUnchangedByWhatIsDerivedFromIt() {
		ConsistentHashRing<String> ring = ConsistentHashRing.of(Keys.nodes(3), 16);
		String[] owners = new String[1000];
		for (int i = 0; i < owners.length; i++) {
			owners[i] = ring.nodeForHash(KEYS[i]);
		}
		ring.withNode("x").withoutNode("shard-0");
		ring.withWeight("shard-1", 5);
		assertThat(ring.nodes()).containsExactlyElementsOf(Keys.nodes(3));
		for (int i = 0; i < owners.length; i++) {
			assertThat(ring.nodeForHash(KEYS[i])).isEqualTo(owners[i]);
		}
	}

	private static ConsistentHashRing<String> randomRing(SplittableRandom random) {
		int count = 2 + random.nextInt(11);
		int[] virtualNodes = { 1, 8, 64, 256 };
		List<String> nodes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			nodes.add("node-" + Long.toHexString(random.nextLong()));
		}
		return RingInvariants.check(ConsistentHashRing.of(nodes, virtualNodes[random.nextInt(virtualNodes.length)]));
	}

}
