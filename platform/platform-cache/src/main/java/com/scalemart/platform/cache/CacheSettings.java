package com.scalemart.platform.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * The validated, immutable configuration of one cache, as the builder produced it.
 */
record CacheSettings<K, V>(String name, Levels levels, long l1MaximumSize, Duration ttl, double ttlJitter,
		Duration negativeTtl, @Nullable ValueCodec<V> codec, Function<? super K, String> keyFormat,
		@Nullable RedisConnectionFactory redis, String keyPrefix, MeterRegistry meterRegistry, Clock clock,
		Ticker ticker, WritePolicy writePolicy, @Nullable CacheWriter<K, V> writer, WriteBehindSettings writeBehind,
		Duration lockTtl, Duration lockWait, Duration lockPollInterval, Duration l2RetryInterval) {

	boolean negativeCaching() {
		return !this.negativeTtl.isZero();
	}

	/**
	 * Whether this instance talks to Redis: for L2, or for invalidation only (L1 with
	 * Redis given).
	 */
	boolean usesRedis() {
		return this.redis != null && (this.levels.l2() || this.levels.l1());
	}

}
