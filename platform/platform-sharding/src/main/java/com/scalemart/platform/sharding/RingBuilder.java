package com.scalemart.platform.sharding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds a {@link ConsistentHashRing}; everything is checked in {@link #build()}.
 *
 * @param <N> the node type
 */
public final class RingBuilder<N> {

	/** Enough for eight nodes to stay within about 15% of each other (see the tests). */
	public static final int DEFAULT_VIRTUAL_NODES = 256;

	private int virtualNodes = DEFAULT_VIRTUAL_NODES;

	private Function<? super N, String> nodeId = String::valueOf;

	private final List<Map.Entry<N, Double>> weights = new ArrayList<>();

	RingBuilder() {
	}

	/**
	 * Sets the points per node of weight 1.
	 * @param virtualNodes at least 1
	 * @return this builder
	 */
	public RingBuilder<N> virtualNodes(int virtualNodes) {
		this.virtualNodes = virtualNodes;
		return this;
	}

	/**
	 * Sets how a node's id is derived; its virtual node positions are hashed from it.
	 * @param nodeId a function returning a stable, unique id
	 * @return this builder
	 */
	public RingBuilder<N> nodeId(Function<? super N, String> nodeId) {
		this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
		return this;
	}

	/**
	 * Adds a node of weight 1.
	 * @param node the node
	 * @return this builder
	 */
	public RingBuilder<N> node(N node) {
		return node(node, 1.0);
	}

	/**
	 * Adds a node with a weight: it gets {@code weight} times as many points.
	 * @param node the node
	 * @param weight a finite number greater than 0
	 * @return this builder
	 */
	public RingBuilder<N> node(N node, double weight) {
		this.weights.add(Map.entry(Objects.requireNonNull(node, "node"), weight));
		return this;
	}

	/**
	 * Adds nodes of weight 1.
	 * @param nodes the nodes
	 * @return this builder
	 */
	public RingBuilder<N> nodes(Collection<? extends N> nodes) {
		nodes.forEach(this::node);
		return this;
	}

	/**
	 * Builds the ring.
	 * @return the ring
	 * @throws IllegalArgumentException if there are no nodes, a node was added twice, two
	 * nodes share an id, a weight is not a finite number greater than 0, or virtual nodes
	 * are fewer than 1
	 */
	public ConsistentHashRing<N> build() {
		return ConsistentHashRing.build(this.virtualNodes, this.nodeId, this.weights);
	}

}
