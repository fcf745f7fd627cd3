package com.scalemart.platform.sharding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import com.google.common.hash.Hashing;

/**
 * Jump consistent hashing (Lamping and Veach, 2014), through Guava's
 * {@link Hashing#consistentHash(long, int)}: no memory beyond the node list, perfectly
 * even shares and the minimal {@code 1/(N+1)} of keys moved when a bucket is appended.
 * <p>
 * Its limit is that buckets are numbered: only the last one can be removed without
 * renumbering the others (which would move most keys), and nodes cannot be weighted. A
 * store whose nodes fail at random needs a ring, or jump hashing over stable logical
 * shards mapped to nodes elsewhere.
 *
 * @param <N> the node type
 */
public final class JumpConsistentHash<N> implements ShardSelector<N> {

	private final List<N> buckets;

	private JumpConsistentHash(List<N> buckets) {
		Checks.requireArgument(!buckets.isEmpty(), "jump hashing needs at least one node");
		Checks.requireArgument(new HashSet<>(buckets).size() == buckets.size(), "duplicate node in %s", buckets);
		this.buckets = List.copyOf(buckets);
	}

	/**
	 * Jump hashing over nodes; bucket {@code i} is {@code nodes.get(i)}.
	 * @param nodes the nodes, in bucket order
	 * @param <N> the node type
	 * @return the selector
	 * @throws IllegalArgumentException if there are no nodes or a node repeats
	 */
	public static <N> JumpConsistentHash<N> of(List<? extends N> nodes) {
		return new JumpConsistentHash<>(new ArrayList<>(nodes));
	}

	@Override
	public N nodeForHash(long keyHash) {
		return this.buckets.get(Hashing.consistentHash(keyHash, this.buckets.size()));
	}

	/**
	 * The nodes in bucket order.
	 */
	@Override
	public List<N> nodes() {
		return this.buckets;
	}

	/**
	 * Appends a bucket.
	 */
	@Override
	public JumpConsistentHash<N> withNode(N node) {
		List<N> next = new ArrayList<>(this.buckets);
		next.add(node);
		return new JumpConsistentHash<>(next);
	}

	/**
	 * Removes the last bucket, the only one jump hashing can remove.
	 * @throws IllegalArgumentException if the node is not the last bucket or is the only
	 * one
	 */
	@Override
	public JumpConsistentHash<N> withoutNode(N node) {
		Checks.requireArgument(this.buckets.contains(node), "node '%s' is not a bucket", node);
		N last = this.buckets.get(this.buckets.size() - 1);
		Checks.requireArgument(last.equals(node),
				"jump hashing can only remove the last bucket ('%s'); removing '%s' would renumber the buckets after it",
				last, node);
		Checks.requireArgument(this.buckets.size() > 1, "cannot remove '%s': jump hashing needs at least one node",
				node);
		return new JumpConsistentHash<>(this.buckets.subList(0, this.buckets.size() - 1));
	}

	@Override
	public String toString() {
		return "JumpConsistentHash[buckets=%d]".formatted(this.buckets.size());
	}

}
