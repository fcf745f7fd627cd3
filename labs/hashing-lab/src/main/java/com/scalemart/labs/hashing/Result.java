package com.scalemart.labs.hashing;

/**
 * What one algorithm did with one node count.
 *
 * @param algorithm the algorithm
 * @param nodes how many nodes before any change
 * @param distribution keys per node
 * @param movedOnAdd fraction of keys on another node once one node is added
 * @param movedOnRemove fraction of keys on another node once the last node is removed
 * @param throughput rough lookups per second
 */
public record Result(Algorithm algorithm, int nodes, Distribution distribution, double movedOnAdd, double movedOnRemove,
		Throughput throughput) {

	/**
	 * The least a scheme can move when a node joins: the keys the newcomer should own.
	 */
	public double idealAdd() {
		return 1.0 / (this.nodes + 1);
	}

	/** The least a scheme can move when a node leaves: the keys it owned. */
	public double idealRemove() {
		return 1.0 / this.nodes;
	}

}
