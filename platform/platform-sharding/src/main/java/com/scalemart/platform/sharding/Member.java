package com.scalemart.platform.sharding;

/**
 * One node of a ring with its identity and weight.
 *
 * @param node the node
 * @param id the string its virtual node positions are hashed from
 * @param weight its weight, a finite number greater than zero
 * @param virtualNodes how many points it has on the ring: the ring's virtual nodes per
 * node times the weight, rounded half up, and at least one
 * @param <N> the node type
 */
record Member<N>(N node, String id, double weight, int virtualNodes) {

	/** At most this many points per node: 2^20 longs are 8 MiB. */
	static final int MAX_VIRTUAL_NODES = 1 << 20;

	static <N> Member<N> of(N node, String id, double weight, int virtualNodesPerNode) {
		Checks.requireArgument(Double.isFinite(weight) && weight > 0,
				"weight of node '%s' must be a finite number greater than 0, was %s", id, weight);
		// half up: weight 0.25 of 10 virtual nodes is 3 points
		double scaled = Math.floor(virtualNodesPerNode * weight + 0.5);
		Checks.requireArgument(scaled <= MAX_VIRTUAL_NODES,
				"node '%s' would have %.0f virtual nodes (%d per node x weight %s); at most %d are allowed", id, scaled,
				virtualNodesPerNode, weight, MAX_VIRTUAL_NODES);
		return new Member<>(node, id, weight, Math.max(1, (int) scaled));
	}

	Member<N> withWeight(double newWeight, int virtualNodesPerNode) {
		return of(this.node, this.id, newWeight, virtualNodesPerNode);
	}

}
