package com.scalemart.platform.sharding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RingLookupTests {

	private static final long[] KEYS = Keys.hashes(100_000, 3L);

	@Test
	void theSameNodesGiveTheSameRingWhateverTheOrderTheyWereAddedIn() {
		List<String> nodes = Keys.nodes(10);
		ConsistentHashRing<String> reference = ConsistentHashRing.of(nodes, 128);
		Random random = new Random(5);
		for (int round = 0; round < 10; round++) {
			List<String> shuffled = new ArrayList<>(nodes);
			Collections.shuffle(shuffled, random);
			ConsistentHashRing<String> ring = RingInvariants.check(ConsistentHashRing.of(shuffled, 128));
			assertThat(ring.layout().positions()).containsExactly(reference.layout().positions());
			assertThat(ring.layout().owners()).containsExactly(reference.layout().owners());
			assertThat(ring.nodes()).containsExactlyElementsOf(reference.nodes());
			for (long hash : KEYS) {
				assertThat(ring.nodeForHash(hash)).isEqualTo(reference.nodeForHash(hash));
			}
		}
	}

	@Test
	void aRingBuiltStepByStepEqualsOneBuiltAtOnce() {
		ConsistentHashRing<String> grown = ConsistentHashRing.of(List.of("shard-3"), 64)
			.withNode("shard-0")
			.withNode("shard-2")
			.withNode("shard-1");
		assertThat(grown.layout().positions())
			.containsExactly(ConsistentHashRing.of(Keys.nodes(4), 64).layout().positions());
	}

	@Test
	void nodesForReturnsDistinctNodesStartingWithTheOwner() {
		ConsistentHashRing<String> ring = ConsistentHashRing.of(Keys.nodes(8), 64);
		for (long hash : KEYS) {
			List<String> replicas = ring.nodesForHash(hash, 3);
			assertThat(replicas).hasSize(3).doesNotHaveDuplicates().startsWith(ring.nodeForHash(hash));
		}
	}

	@Test
	void replicasFollowRingOrder() {
		// the second replica is the owner of the first point after the owner's points
		ConsistentHashRing<String> ring = ConsistentHashRing.of(Keys.nodes(4), 1);
		long[] positions = ring.layout().positions();
		List<String> replicas = ring.nodesForHash(positions[0], 4);
		List<String> clockwise = new ArrayList<>();
		for (int i = 0; i < positions.length; i++) {
			clockwise.add(ring.nodeForHash(positions[i]));
		}
		assertThat(replicas).containsExactlyElementsOf(clockwise);
	}

	@Test
	void askingForMoreReplicasThanNodesReturnsEveryNodeOnce() {
		ConsistentHashRing<String> ring = ConsistentHashRing.of(Keys.nodes(3), 16);
		assertThat(ring.nodesFor("user-1", 10)).hasSize(3).containsExactlyInAnyOrderElementsOf(Keys.nodes(3));
	}

	@Test
	void everyKeyTypeHasAReplicaWalk() {
		ConsistentHashRing<String> ring = ConsistentHashRing.of(Keys.nodes(5), 16);
		UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
		assertThat(ring.nodesFor(id, 2)).containsExactlyElementsOf(ring.nodesForHash(KeyHash.of(id), 2));
		assertThat(ring.nodesFor("k", 2)).containsExactlyElementsOf(ring.nodesForHash(KeyHash.of("k"), 2));
		assertThat(ring.nodesFor(7L, 2)).containsExactlyElementsOf(ring.nodesForHash(KeyHash.of(7L), 2));
		assertThat(ring.nodesFor(new byte[] { 7 }, 2))
			.containsExactlyElementsOf(ring.nodesForHash(KeyHash.of(new byte[] { 7 }), 2));
	}

	@Test
	void aRingOfOneNodeOwnsEverything() {
		ConsistentHashRing<String> ring = RingInvariants.check(ConsistentHashRing.of(List.of("only"), 1));
		for (long hash : KEYS) {
			assertThat(ring.nodeForHash(hash)).isEqualTo("only");
		}
		assertThat(ring.nodeForHash(Long.MIN_VALUE)).isEqualTo("only");
		assertThat(ring.nodeForHash(Long.MAX_VALUE)).isEqualTo("only");
		assertThat(ring.nodesForHash(1, 3)).containsExactly("only");
		assertThat(ring.ownership()).containsExactly(org.assertj.core.api.Assertions.entry("only", 1.0));
	}

	@Test
	void nodesAreIdentifiedByTheGivenFunction() {
		record Shard(int number, String host) {
		}
		ConsistentHashRing<Shard> ring = ConsistentHashRing.<Shard>builder()
			.nodeId((shard) -> "shard-" + shard.number())
			.node(new Shard(0, "db-a"))
			.node(new Shard(1, "db-b"))
			.build();
		// a shard that moves host keeps its keys
		ConsistentHashRing<Shard> moved = ConsistentHashRing.<Shard>builder()
			.nodeId((shard) -> "shard-" + shard.number())
			.node(new Shard(0, "db-c"))
			.node(new Shard(1, "db-b"))
			.build();
		for (long hash : KEYS) {
			assertThat(moved.nodeForHash(hash).number()).isEqualTo(ring.nodeForHash(hash).number());
		}
		assertThat(ring.withoutNode(new Shard(0, "anywhere")).nodes()).containsExactly(new Shard(1, "db-b"));
	}

	@Test
	void describesItself() {
		assertThat(ConsistentHashRing.of(Keys.nodes(3), 10).withWeight("shard-0", 2))
			.hasToString("ConsistentHashRing[nodes=3, virtualNodesPerNode=10, points=40]");
	}

}
