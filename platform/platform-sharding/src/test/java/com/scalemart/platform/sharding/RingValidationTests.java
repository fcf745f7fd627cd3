package com.scalemart.platform.sharding;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class RingValidationTests {

	private final ConsistentHashRing<String> ring = ConsistentHashRing.of(List.of("a", "b"), 8);

	@Test
	void refusesARingWithoutNodes() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConsistentHashRing.of(List.of(), 8))
			.withMessage("a ring needs at least one node");
	}

	@Test
	void refusesFewerThanOneVirtualNode() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConsistentHashRing.of(List.of("a"), 0))
			.withMessage("virtual nodes per node must be at least 1, was 0");
	}

	@Test
	void refusesWeightsThatAreNotPositiveFiniteNumbers() {
		for (double weight : new double[] { 0, -1, Double.NaN, Double.POSITIVE_INFINITY }) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> ConsistentHashRing.<String>builder().node("a", weight).build())
				.withMessage("weight of node 'a' must be a finite number greater than 0, was " + weight);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> this.ring.withWeight("a", 0))
			.withMessageContaining("weight of node 'a'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.ring.withNode("c", -2))
			.withMessageContaining("weight of node 'c'");
	}

	@Test
	void refusesDuplicateNodeIds() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConsistentHashRing.of(List.of("a", "b", "a"), 8))
			.withMessage("duplicate node id 'a'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.ring.withNode("b"))
			.withMessage("duplicate node id 'b'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConsistentHashRing.<Integer>builder().nodeId((n) -> "same").node(1).node(2).build())
			.withMessage("duplicate node id 'same'");
	}

	@Test
	void refusesToRemoveOrReweighANodeItDoesNotHave() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.ring.withoutNode("z"))
			.withMessage("node 'z' is not in the ring");
		assertThatIllegalArgumentException().isThrownBy(() -> this.ring.withWeight("z", 1))
			.withMessage("node 'z' is not in the ring");
		assertThatIllegalArgumentException().isThrownBy(() -> this.ring.virtualNodes("z"))
			.withMessage("node 'z' is not in the ring");
		assertThatIllegalArgumentException().isThrownBy(() -> this.ring.weight("z"))
			.withMessage("node 'z' is not in the ring");
	}

	@Test
	void refusesToRemoveTheLastNode() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.ring.withoutNode("a").withoutNode("b"))
			.withMessage("cannot remove 'b': a ring needs at least one node");
	}

	@Test
	void refusesFewerThanOneReplica() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.ring.nodesFor("k", 0))
			.withMessage("replicas must be at least 1, was 0");
	}

	@Test
	void refusesRingsTooLargeToHold() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConsistentHashRing.<String>builder().virtualNodes(1 << 20).node("a", 2).build())
			.withMessage("node 'a' would have 2097152 virtual nodes (1048576 per node x weight 2.0); at most 1048576 "
					+ "are allowed");
		assertThatIllegalArgumentException().isThrownBy(() -> ConsistentHashRing.of(Keys.nodes(17), 1 << 20))
			.withMessage("the ring would have 17825792 points; at most 16777216 are allowed");
	}

	@Test
	void refusesNullNodesAndIds() {
		assertThatNullPointerException()
			.isThrownBy(() -> ConsistentHashRing.<String>builder().nodeId((n) -> null).node("a").build())
			.withMessage("the id of node a is null");
		assertThatNullPointerException().isThrownBy(() -> ConsistentHashRing.<String>builder().node(null))
			.withMessage("node");
	}

}
