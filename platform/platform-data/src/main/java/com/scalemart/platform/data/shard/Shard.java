package com.scalemart.platform.data.shard;

import java.util.Objects;

/**
 * One database that holds a share of the owners and everything they own.
 *
 * @param id stable number, never reused
 * @param jdbcUrl where it is; several shards may live on one server
 * @param weight the ring's weight (1 for an ordinary shard)
 * @param state active, or joining while a job fills it
 */
public record Shard(int id, String jdbcUrl, double weight, ShardState state) {

	public Shard {
		if (id < 0) {
			throw new IllegalArgumentException("a shard id is not negative, was " + id);
		}
		Objects.requireNonNull(jdbcUrl, "jdbcUrl");
		if (!(weight > 0) || Double.isInfinite(weight)) {
			throw new IllegalArgumentException("a shard's weight is a positive number, was " + weight);
		}
		Objects.requireNonNull(state, "state");
	}

	public boolean isActive() {
		return this.state == ShardState.ACTIVE;
	}

	@Override
	public String toString() {
		return "shard " + this.id;
	}

}
