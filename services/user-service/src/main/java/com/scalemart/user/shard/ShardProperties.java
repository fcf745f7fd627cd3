package com.scalemart.user.shard;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code scalemart.user.shards}. The shard set itself lives in the
 * directory database; these only name the first shards, registered when it has none.
 *
 * @param initial JDBC URLs of the first shards; empty (the default) means {@code count}
 * databases beside the directory database, named after it with {@code _s0}, {@code _s1},
 * ...
 * @param count how many shards that default makes
 * @param virtualNodes the ring's virtual nodes per shard of weight 1
 * @param poolSize connections per shard
 * @param connectionTimeout how long a statement waits for a shard's connection
 * @param refreshInterval how often an instance reads the shard set's version
 * @param directoryCacheTtl how long a directory lookup is reused
 * @param moveWait how long a write waits for a user being moved between shards
 * @param scatterTimeout how long each shard has in a cross-shard query
 * @param resharding how a resharding job paces itself
 */
@ConfigurationProperties("scalemart.user.shards")
public record ShardProperties(@DefaultValue List<String> initial, @DefaultValue("2") int count,
		@DefaultValue("256") int virtualNodes, @DefaultValue("10") int poolSize,
		@DefaultValue("2s") Duration connectionTimeout, @DefaultValue("1s") Duration refreshInterval,
		@DefaultValue("1s") Duration directoryCacheTtl, @DefaultValue("3s") Duration moveWait,
		@DefaultValue("2s") Duration scatterTimeout, @DefaultValue Resharding resharding) {

	public ShardProperties {
		if (initial.isEmpty() && count < 1) {
			throw new IllegalArgumentException("scalemart.user.shards.count must be at least 1, was " + count);
		}
	}

	/**
	 * @param grace how long a job waits for every instance to see a changed shard set;
	 * more than {@code refreshInterval + directoryCacheTtl}
	 * @param batchSize users per step
	 * @param parallelism users switched at once
	 * @param lease how long a job stays with an instance that stopped renewing it
	 */
	public record Resharding(@DefaultValue("5s") Duration grace, @DefaultValue("100") int batchSize,
			@DefaultValue("2") int parallelism, @DefaultValue("15s") Duration lease) {
	}

}
