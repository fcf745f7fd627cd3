package com.scalemart.platform.data.shard;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import com.scalemart.platform.sharding.ConsistentHashRing;
import org.jspecify.annotations.Nullable;

/**
 * The shard set at one version, with the two rings it implies: the one owners are placed
 * by now (active shards) and the one a running resharding job moves them towards (active
 * and joining shards). Without a joining shard both are the same ring. Immutable.
 */
public final class ShardLayout {

	private final long version;

	private final Map<Integer, Shard> shards;

	private final @Nullable ConsistentHashRing<Integer> current;

	private final @Nullable ConsistentHashRing<Integer> target;

	ShardLayout(long version, Collection<Shard> shards, int virtualNodes) {
		this.version = version;
		TreeMap<Integer, Shard> byId = new TreeMap<>();
		shards.forEach((shard) -> byId.put(shard.id(), shard));
		this.shards = Collections.unmodifiableSortedMap(byId);
		this.current = ring(shards.stream().filter(Shard::isActive).toList(), virtualNodes);
		this.target = ring(List.copyOf(shards), virtualNodes);
	}

	private static @Nullable ConsistentHashRing<Integer> ring(List<Shard> shards, int virtualNodes) {
		if (shards.isEmpty()) {
			return null;
		}
		var builder = ConsistentHashRing.<Integer>builder().virtualNodes(virtualNodes).nodeId((id) -> "shard-" + id);
		shards.forEach((shard) -> builder.node(shard.id(), shard.weight()));
		return builder.build();
	}

	/** Increases with every change of the shard set. */
	public long version() {
		return this.version;
	}

	/** Every shard, by id, active and joining. */
	public Map<Integer, Shard> shards() {
		return this.shards;
	}

	public Optional<Shard> shard(int id) {
		return Optional.ofNullable(this.shards.get(id));
	}

	/** The shard that is joining, if a resharding job is filling one. */
	public Optional<Shard> joining() {
		return this.shards.values().stream().filter((shard) -> !shard.isActive()).findFirst();
	}

	/**
	 * Where the ring of the active shards puts an owner.
	 * @param owner the owner
	 * @return the shard id
	 * @throws IllegalStateException when there is no active shard
	 */
	public int ringShard(UUID owner) {
		return require(this.current).nodeFor(owner);
	}

	/**
	 * Where the ring puts an owner once the joining shard is active: the place of new
	 * owners while a job runs, and the goal of the owners it moves.
	 * @param owner the owner
	 * @return the shard id
	 */
	public int targetShard(UUID owner) {
		return require(this.target).nodeFor(owner);
	}

	private static ConsistentHashRing<Integer> require(@Nullable ConsistentHashRing<Integer> ring) {
		if (ring == null) {
			throw new IllegalStateException("no active shard is registered");
		}
		return ring;
	}

	@Override
	public String toString() {
		return "shard set v" + this.version + " " + this.shards.values();
	}

}
