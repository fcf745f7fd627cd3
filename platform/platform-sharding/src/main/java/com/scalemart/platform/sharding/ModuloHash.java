package com.scalemart.platform.sharding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The baseline: node {@code hash mod N}. Even, stateless and fast, but changing N moves a
 * key unless its hash has the same remainder under both counts, which is about
 * {@code N/(N+1)} of all keys when a node is added. Kept to show why the others exist.
 *
 * @param <N> the node type
 */
public final class ModuloHash<N> implements ShardSelector<N> {

	private final List<N> nodes;

	private ModuloHash(List<N> nodes) {
		Checks.requireArgument(!nodes.isEmpty(), "modulo hashing needs at least one node");
		Checks.requireArgument(new HashSet<>(nodes).size() == nodes.size(), "duplicate node in %s", nodes);
		this.nodes = List.copyOf(nodes);
	}

	/**
	 * Modulo hashing over nodes; remainder {@code i} is {@code nodes.get(i)}.
	 * @param nodes the nodes
	 * @param <N> the node type
	 * @return the selector
	 * @throws IllegalArgumentException if there are no nodes or a node repeats
	 */
	public static <N> ModuloHash<N> of(List<? extends N> nodes) {
		return new ModuloHash<>(new ArrayList<>(nodes));
	}

	@Override
	public N nodeForHash(long keyHash) {
		// unsigned, so that negative hashes are spread like positive ones
		return this.nodes.get((int) Long.remainderUnsigned(keyHash, this.nodes.size()));
	}

	@Override
	public List<N> nodes() {
		return this.nodes;
	}

	@Override
	public ModuloHash<N> withNode(N node) {
		List<N> next = new ArrayList<>(this.nodes);
		next.add(node);
		return new ModuloHash<>(next);
	}

	@Override
	public ModuloHash<N> withoutNode(N node) {
		Checks.requireArgument(this.nodes.contains(node), "node '%s' is not in %s", node, this.nodes);
		Checks.requireArgument(this.nodes.size() > 1, "cannot remove '%s': modulo hashing needs at least one node",
				node);
		List<N> next = new ArrayList<>(this.nodes);
		next.remove(node);
		return new ModuloHash<>(next);
	}

	@Override
	public String toString() {
		return "ModuloHash[nodes=%d]".formatted(this.nodes.size());
	}

}
