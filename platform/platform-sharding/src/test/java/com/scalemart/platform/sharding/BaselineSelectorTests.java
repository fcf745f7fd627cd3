package com.scalemart.platform.sharding;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Jump and modulo hashing, the lab's baselines.
 */
class BaselineSelectorTests {

	private static final long[] KEYS = Keys.hashes(500_000, 11L);

	@Test
	void jumpHashingIsEvenWithoutVirtualNodes() {
		JumpConsistentHash<String> jump = JumpConsistentHash.of(Keys.nodes(8));
		assertThat(Keys.maxOverMean(Keys.counts(jump, KEYS))).isLessThan(1.01);
		assertThat(jump.nodeForHash(KeyHash.of("user-42"))).isEqualTo(jump.nodeFor("user-42"));
	}

	@Test
	void jumpHashingMovesKeysOnlyToAnAppendedBucketAndOnlyFromARemovedOne() {
		JumpConsistentHash<String> eight = JumpConsistentHash.of(Keys.nodes(8));
		JumpConsistentHash<String> nine = eight.withNode("shard-8");
		for (long hash : KEYS) {
			String owner = nine.nodeForHash(hash);
			if (!owner.equals(eight.nodeForHash(hash))) {
				assertThat(owner).isEqualTo("shard-8");
			}
		}
		assertThat(Keys.movedFraction(eight, nine, KEYS)).isBetween(0.98 / 9, 1.02 / 9);
		assertThat(nine.withoutNode("shard-8").nodes()).containsExactlyElementsOf(eight.nodes());
		assertThat(Keys.movedFraction(nine, nine.withoutNode("shard-8"), KEYS))
			.isEqualTo(Keys.movedFraction(eight, nine, KEYS));
	}

	@Test
	void jumpHashingCanOnlyRemoveTheLastBucket() {
		JumpConsistentHash<String> jump = JumpConsistentHash.of(List.of("a", "b", "c"));
		assertThatIllegalArgumentException().isThrownBy(() -> jump.withoutNode("a"))
			.withMessage("jump hashing can only remove the last bucket ('c'); removing 'a' would renumber the "
					+ "buckets after it");
		assertThatIllegalArgumentException().isThrownBy(() -> jump.withoutNode("z"))
			.withMessage("node 'z' is not a bucket");
		assertThatIllegalArgumentException().isThrownBy(() -> JumpConsistentHash.of(List.of("a")).withoutNode("a"))
			.withMessage("cannot remove 'a': jump hashing needs at least one node");
	}

	@Test
	void jumpHashingRefusesNoNodesAndDuplicates() {
		assertThatIllegalArgumentException().isThrownBy(() -> JumpConsistentHash.of(List.of()))
			.withMessage("jump hashing needs at least one node");
		assertThatIllegalArgumentException().isThrownBy(() -> JumpConsistentHash.of(List.of("a", "a")))
			.withMessage("duplicate node in [a, a]");
		assertThatIllegalArgumentException().isThrownBy(() -> JumpConsistentHash.of(List.of("a")).withNode("a"))
			.withMessage("duplicate node in [a, a]");
	}

	@Test
	void moduloHashingIsEvenButMovesMostKeysWhenANodeIsAdded() {
		ModuloHash<String> eight = ModuloHash.of(Keys.nodes(8));
		assertThat(Keys.maxOverMean(Keys.counts(eight, KEYS))).isLessThan(1.01);
		// a key stays only if hash mod 8 == hash mod 9: 1/9 of them
		assertThat(Keys.movedFraction(eight, eight.withNode("shard-8"), KEYS)).isBetween(0.87, 0.91);
	}

	@Test
	void moduloHashingSpreadsNegativeHashesLikePositiveOnes() {
		ModuloHash<String> three = ModuloHash.of(List.of("a", "b", "c"));
		// -1 is 2^64 - 1 unsigned, which is 0 mod 3
		assertThat(three.nodeForHash(-1L)).isEqualTo("a");
		assertThat(three.nodeForHash(-2L)).isEqualTo("c");
	}

	@Test
	void moduloHashingRemovesAnyNodeAndRefusesBadOnes() {
		ModuloHash<String> three = ModuloHash.of(List.of("a", "b", "c"));
		assertThat(three.withoutNode("a").nodes()).containsExactly("b", "c");
		assertThatIllegalArgumentException().isThrownBy(() -> three.withoutNode("z"))
			.withMessage("node 'z' is not in [a, b, c]");
		assertThatIllegalArgumentException().isThrownBy(() -> ModuloHash.of(List.of("a")).withoutNode("a"))
			.withMessage("cannot remove 'a': modulo hashing needs at least one node");
		assertThatIllegalArgumentException().isThrownBy(() -> ModuloHash.of(List.of()))
			.withMessage("modulo hashing needs at least one node");
		assertThatIllegalArgumentException().isThrownBy(() -> three.withNode("b"))
			.withMessage("duplicate node in [a, b, c, b]");
	}

	@Test
	void describeThemselves() {
		assertThat(JumpConsistentHash.of(Keys.nodes(4))).hasToString("JumpConsistentHash[buckets=4]");
		assertThat(ModuloHash.of(Keys.nodes(4))).hasToString("ModuloHash[nodes=4]");
	}

}
