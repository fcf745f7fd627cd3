package com.scalemart.labs.hashing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.scalemart.platform.sharding.ShardSelector;

/**
 * The node of every key under one selector, as indexes into its node list.
 *
 * @param nodes the selector's nodes
 * @param owners for each key, the index of its node
 */
record Assignment(List<String> nodes, int[] owners) {

	static Assignment of(ShardSelector<String> selector, long[] hashes) {
		List<String> nodes = selector.nodes();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			index.put(nodes.get(i), i);
		}
		int[] owners = new int[hashes.length];
		for (int i = 0; i < hashes.length; i++) {
			owners[i] = index.get(selector.nodeForHash(hashes[i]));
		}
		return new Assignment(nodes, owners);
	}

	int[] counts() {
		int[] counts = new int[this.nodes.size()];
		for (int owner : this.owners) {
			counts[owner]++;
		}
		return counts;
	}

	/**
	 * The fraction of keys whose node differs in another assignment of the same keys.
	 * @param other the other assignment
	 * @return moved keys over all keys
	 * @throws IllegalArgumentException if the assignments are of different key counts
	 */
	double movedFraction(Assignment other) {
		if (other.owners.length != this.owners.length || this.owners.length == 0) {
			throw new IllegalArgumentException("assignments of %d and %d keys cannot be compared"
				.formatted(this.owners.length, other.owners.length));
		}
		long moved = 0;
		for (int i = 0; i < this.owners.length; i++) {
			if (!this.nodes.get(this.owners[i]).equals(other.nodes.get(other.owners[i]))) {
				moved++;
			}
		}
		return (double) moved / this.owners.length;
	}

}
