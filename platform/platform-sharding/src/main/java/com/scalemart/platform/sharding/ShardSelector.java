package com.scalemart.platform.sharding;

import java.util.List;
import java.util.UUID;

/**
 * Chooses the node that owns a key. Implementations are immutable: changing the node set
 * returns a new selector, so a router can publish one with a single volatile write (an
 * {@code AtomicReference}) and every lookup sees one consistent node set.
 * <p>
 * All implementations place a key by the same {@link KeyHash}, so they can be compared on
 * the same keys; {@link #nodeForHash(long)} takes that hash directly for callers that
 * computed it once.
 *
 * @param <N> the node type
 */
public interface ShardSelector<N> {

	/**
	 * The node that owns a key with the given {@link KeyHash}.
	 * @param keyHash the key's hash, as {@link KeyHash} computes it
	 * @return the owning node
	 */
	N nodeForHash(long keyHash);

	/**
	 * The node that owns a key given as bytes.
	 * @param key the key
	 * @return the owning node
	 */
	default N nodeFor(byte[] key) {
		return nodeForHash(KeyHash.of(key));
	}

	/**
	 * The node that owns a key given as a string (hashed as UTF-8).
	 * @param key the key
	 * @return the owning node
	 */
	default N nodeFor(String key) {
		return nodeForHash(KeyHash.of(key));
	}

	/**
	 * The node that owns a numeric key. The number is hashed first: this is not a
	 * precomputed hash (see {@link #nodeForHash(long)} for that).
	 * @param key the key
	 * @return the owning node
	 */
	default N nodeFor(long key) {
		return nodeForHash(KeyHash.of(key));
	}

	/**
	 * The node that owns a UUID key, such as a user id.
	 * @param key the key
	 * @return the owning node
	 */
	default N nodeFor(UUID key) {
		return nodeForHash(KeyHash.of(key));
	}

	/**
	 * The nodes, in the selector's own order.
	 * @return an unmodifiable list of at least one node
	 */
	List<N> nodes();

	/**
	 * A selector with one more node.
	 * @param node the node to add
	 * @return a new selector; this one is unchanged
	 * @throws IllegalArgumentException if the node is already present
	 */
	ShardSelector<N> withNode(N node);

	/**
	 * A selector without the given node.
	 * @param node the node to remove
	 * @return a new selector; this one is unchanged
	 * @throws IllegalArgumentException if the node is absent, is the only one, or this
	 * algorithm cannot remove it
	 */
	ShardSelector<N> withoutNode(N node);

}
