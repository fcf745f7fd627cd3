package com.scalemart.labs.hashing;

import java.util.List;
import java.util.function.Function;

import com.scalemart.platform.sharding.ConsistentHashRing;
import com.scalemart.platform.sharding.JumpConsistentHash;
import com.scalemart.platform.sharding.ModuloHash;
import com.scalemart.platform.sharding.ShardSelector;

/**
 * One way of choosing a node, under test.
 *
 * @param name how the report names it
 * @param virtualNodes the ring's virtual nodes per node, or 0 for the others
 * @param create builds a selector over nodes
 */
public record Algorithm(String name, int virtualNodes, Function<List<String>, ShardSelector<String>> create) {

	public static Algorithm ring(int virtualNodes) {
		return new Algorithm("ring, %d vnodes".formatted(virtualNodes), virtualNodes,
				(nodes) -> ConsistentHashRing.of(nodes, virtualNodes));
	}

	public static Algorithm jump() {
		return new Algorithm("jump", 0, JumpConsistentHash::of);
	}

	public static Algorithm modulo() {
		return new Algorithm("modulo", 0, ModuloHash::of);
	}

	public boolean isRing() {
		return this.virtualNodes > 0;
	}

}
