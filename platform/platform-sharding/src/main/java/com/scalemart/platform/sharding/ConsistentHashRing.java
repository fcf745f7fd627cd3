package com.scalemart.platform.sharding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * A consistent hash ring with virtual nodes (Karger et al., 1997).
 * <p>
 * Each node is hashed to {@code virtualNodes x weight} points on a ring of 2^64
 * positions; a key belongs to the first point at or after its {@link KeyHash}, wrapping
 * around. With one point per node the arcs between points vary wildly (the largest of N
 * is about ln N / N of the ring); with {@code v} points per node a node's share is a sum
 * of {@code v} arcs and its relative deviation falls like {@code 1/sqrt(v)}, so 256
 * points keep eight nodes within a few percent of each other. Adding a node moves only
 * the keys that now fall on its arcs, about {@code 1/(N+1)} of them, and only to it;
 * removing a node moves only its own keys. Changing a weight adds or drops the node's
 * highest-indexed points, so it too moves keys only to or from that node.
 * <p>
 * The ring is immutable: {@link #withNode}, {@link #withoutNode} and {@link #withWeight}
 * return a new ring, so a router swaps rings atomically and a lookup never sees half a
 * change. Lookups are a binary search over a sorted {@code long[]} with owners in a
 * parallel {@code int[]}: no boxing, no tree nodes, a few cache lines per lookup. The
 * same nodes give the same ring whatever order they were added in, because positions
 * depend only on node ids and ties are broken by id.
 * <p>
 * Nodes are identified by a string id (by default {@code String.valueOf(node)}), which is
 * what their positions are hashed from: keep it stable, or every key moves.
 *
 * @param <N> the node type
 */
public final class ConsistentHashRing<N> implements ShardSelector<N> {

	private final int virtualNodesPerNode;

	private final Function<? super N, String> nodeId;

	/** Sorted by id; a member's index is its owner number in the layout. */
	private final List<Member<N>> members;

	private final List<N> nodes;

	private final RingLayout layout;

	private ConsistentHashRing(int virtualNodesPerNode, Function<? super N, String> nodeId,
			Collection<Member<N>> members) {
		Checks.requireArgument(!members.isEmpty(), "a ring needs at least one node");
		List<Member<N>> sorted = new ArrayList<>(members);
		sorted.sort(Comparator.comparing(Member::id));
		for (int i = 1; i < sorted.size(); i++) {
			Checks.requireArgument(!sorted.get(i).id().equals(sorted.get(i - 1).id()), "duplicate node id '%s'",
					sorted.get(i).id());
		}
		this.virtualNodesPerNode = virtualNodesPerNode;
		this.nodeId = nodeId;
		this.members = List.copyOf(sorted);
		this.nodes = this.members.stream().map(Member::node).toList();
		this.layout = RingLayout.of(this.members);
	}

	/**
	 * A ring of equally weighted nodes identified by {@code String.valueOf(node)}.
	 * @param nodes the nodes
	 * @param virtualNodes points per node
	 * @param <N> the node type
	 * @return the ring
	 * @throws IllegalArgumentException if there are no nodes, two share an id, or
	 * {@code virtualNodes < 1}
	 */
	public static <N> ConsistentHashRing<N> of(Collection<? extends N> nodes, int virtualNodes) {
		return ConsistentHashRing.<N>builder().virtualNodes(virtualNodes).nodes(nodes).build();
	}

	/**
	 * A builder for rings with weights or custom node ids.
	 * @param <N> the node type
	 * @return a builder with 256 virtual nodes per node and {@code String::valueOf} ids
	 */
	public static <N> RingBuilder<N> builder() {
		return new RingBuilder<>();
	}

	static <N> ConsistentHashRing<N> build(int virtualNodesPerNode, Function<? super N, String> nodeId,
			List<Map.Entry<N, Double>> weights) {
		Checks.requireArgument(virtualNodesPerNode >= 1, "virtual nodes per node must be at least 1, was %d",
				virtualNodesPerNode);
		List<Member<N>> members = new ArrayList<>(weights.size());
		for (Map.Entry<N, Double> entry : weights) {
			members.add(Member.of(entry.getKey(), idOf(nodeId, entry.getKey()), entry.getValue(), virtualNodesPerNode));
		}
		return new ConsistentHashRing<>(virtualNodesPerNode, nodeId, members);
	}

	@Override
	public N nodeForHash(long keyHash) {
		return this.nodes.get(this.layout.owners()[this.layout.indexFor(keyHash)]);
	}

	/**
	 * The nodes that hold a key and its replicas: distinct nodes in ring order, starting
	 * with the key's owner.
	 * @param keyHash the key's {@link KeyHash}
	 * @param replicas how many nodes are wanted
	 * @return {@code min(replicas, nodes().size())} distinct nodes, the owner first
	 * @throws IllegalArgumentException if {@code replicas < 1}
	 */
	public List<N> nodesForHash(long keyHash, int replicas) {
		Checks.requireArgument(replicas >= 1, "replicas must be at least 1, was %d", replicas);
		int wanted = Math.min(replicas, this.members.size());
		int[] owners = this.layout.owners();
		boolean[] taken = new boolean[this.members.size()];
		List<N> chosen = new ArrayList<>(wanted);
		// every member has at least one point, so one lap finds them all
		int point = this.layout.indexFor(keyHash);
		for (int step = 0; step < owners.length && chosen.size() < wanted; step++) {
			int owner = owners[point];
			if (!taken[owner]) {
				taken[owner] = true;
				chosen.add(this.nodes.get(owner));
			}
			point = (point + 1 == owners.length) ? 0 : point + 1;
		}
		return Collections.unmodifiableList(chosen);
	}

	/**
	 * See {@link #nodesForHash(long, int)}.
	 * @param key the key
	 * @param replicas how many nodes are wanted
	 * @return distinct nodes, the owner first
	 */
	public List<N> nodesFor(byte[] key, int replicas) {
		return nodesForHash(KeyHash.of(key), replicas);
	}

	/**
	 * See {@link #nodesForHash(long, int)}.
	 * @param key the key
	 * @param replicas how many nodes are wanted
	 * @return distinct nodes, the owner first
	 */
	public List<N> nodesFor(String key, int replicas) {
		return nodesForHash(KeyHash.of(key), replicas);
	}

	/**
	 * See {@link #nodesForHash(long, int)}.
	 * @param key the key (hashed, not a precomputed hash)
	 * @param replicas how many nodes are wanted
	 * @return distinct nodes, the owner first
	 */
	public List<N> nodesFor(long key, int replicas) {
		return nodesForHash(KeyHash.of(key), replicas);
	}

	/**
	 * See {@link #nodesForHash(long, int)}.
	 * @param key the key
	 * @param replicas how many nodes are wanted
	 * @return distinct nodes, the owner first
	 */
	public List<N> nodesFor(UUID key, int replicas) {
		return nodesForHash(KeyHash.of(key), replicas);
	}

	/**
	 * Each node's share of the hash space, which is the fraction of uniformly hashed keys
	 * it is expected to own.
	 * @return shares by node, in id order, summing to 1
	 */
	public Map<N, Double> ownership() {
		double[] shares = this.layout.shares(this.members.size());
		Map<N, Double> ownership = new LinkedHashMap<>();
		for (int i = 0; i < shares.length; i++) {
			ownership.put(this.nodes.get(i), shares[i]);
		}
		return Collections.unmodifiableMap(ownership);
	}

	/**
	 * The nodes, sorted by id.
	 */
	@Override
	public List<N> nodes() {
		return this.nodes;
	}

	/**
	 * How many points a node has on the ring.
	 * @param node a node of this ring
	 * @return its virtual node count
	 * @throws IllegalArgumentException if the node is not in the ring
	 */
	public int virtualNodes(N node) {
		return member(node).virtualNodes();
	}

	/**
	 * A node's weight.
	 * @param node a node of this ring
	 * @return its weight
	 * @throws IllegalArgumentException if the node is not in the ring
	 */
	public double weight(N node) {
		return member(node).weight();
	}

	/**
	 * Adds a node of weight 1.
	 */
	@Override
	public ConsistentHashRing<N> withNode(N node) {
		return withNode(node, 1.0);
	}

	/**
	 * A ring with one more node.
	 * @param node the node
	 * @param weight its weight, greater than 0
	 * @return the new ring
	 * @throws IllegalArgumentException if a node with the same id is present or the
	 * weight is not a finite number greater than 0
	 */
	public ConsistentHashRing<N> withNode(N node, double weight) {
		List<Member<N>> next = new ArrayList<>(this.members);
		next.add(Member.of(node, idOf(this.nodeId, node), weight, this.virtualNodesPerNode));
		return new ConsistentHashRing<>(this.virtualNodesPerNode, this.nodeId, next);
	}

	@Override
	public ConsistentHashRing<N> withoutNode(N node) {
		Member<N> member = member(node);
		Checks.requireArgument(this.members.size() > 1, "cannot remove '%s': a ring needs at least one node",
				member.id());
		List<Member<N>> next = new ArrayList<>(this.members);
		next.remove(member);
		return new ConsistentHashRing<>(this.virtualNodesPerNode, this.nodeId, next);
	}

	/**
	 * A ring where a node has another weight.
	 * @param node a node of this ring
	 * @param weight its new weight, greater than 0
	 * @return the new ring
	 * @throws IllegalArgumentException if the node is absent or the weight is not a
	 * finite number greater than 0
	 */
	public ConsistentHashRing<N> withWeight(N node, double weight) {
		Member<N> member = member(node);
		List<Member<N>> next = new ArrayList<>(this.members);
		next.set(next.indexOf(member), member.withWeight(weight, this.virtualNodesPerNode));
		return new ConsistentHashRing<>(this.virtualNodesPerNode, this.nodeId, next);
	}

	/** The points, for invariant checks in tests. */
	RingLayout layout() {
		return this.layout;
	}

	@Override
	public String toString() {
		return "ConsistentHashRing[nodes=%d, virtualNodesPerNode=%d, points=%d]".formatted(this.members.size(),
				this.virtualNodesPerNode, this.layout.size());
	}

	private Member<N> member(N node) {
		String id = idOf(this.nodeId, node);
		for (Member<N> member : this.members) {
			if (member.id().equals(id)) {
				return member;
			}
		}
		throw new IllegalArgumentException("node '%s' is not in the ring".formatted(id));
	}

	private static <N> String idOf(Function<? super N, String> nodeId, N node) {
		Objects.requireNonNull(node, "node");
		return Objects.requireNonNull(nodeId.apply(node), () -> "the id of node " + node + " is null");
	}

}
