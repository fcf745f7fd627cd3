package com.scalemart.platform.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Configures a {@link LayeredCache}. Each setter checks its argument at once;
 * {@link #build()} checks the combination. Every failure is an
 * {@link IllegalArgumentException} or {@link IllegalStateException} whose message names
 * the setting. Not thread-safe; build once, at startup.
 *
 * <p>
 * Defaults: {@link Levels#L1_AND_L2}, 10,000 L1 entries, a 10 minute TTL with ±10%
 * jitter, 30 s negative TTL, {@code Object::toString} keys,
 * {@link WritePolicy#CACHE_ASIDE}, the global Micrometer registry, the system clock, a 2
 * s load lock waited for at most 2 s and polled every 10 ms, and L2 skipped for 1 s after
 * a Redis failure.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class LayeredCacheBuilder<K, V> {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private final String name;

	private Levels levels = Levels.L1_AND_L2;

	private long l1MaximumSize = 10_000;

	private Duration ttl = Duration.ofMinutes(10);

	private double ttlJitter = 0.1;

	private Duration negativeTtl = Duration.ofSeconds(30);

	private @Nullable ValueCodec<V> codec;

	private Function<? super K, String> keyFormat = Object::toString;

	private @Nullable RedisConnectionFactory redis;

	private String keyPrefix = "";

	private MeterRegistry meterRegistry = Metrics.globalRegistry;

	private Clock clock = Clock.systemUTC();

	private Ticker ticker = Ticker.systemTicker();

	private WritePolicy writePolicy = WritePolicy.CACHE_ASIDE;

	private @Nullable CacheWriter<K, V> writer;

	private WriteBehindSettings writeBehind = WriteBehindSettings.DEFAULTS;

	private Duration lockTtl = Duration.ofSeconds(2);

	private Duration lockWait = Duration.ofSeconds(2);

	private Duration lockPollInterval = Duration.ofMillis(10);

	private Duration l2RetryInterval = Duration.ofSeconds(1);

	LayeredCacheBuilder(String name) {
		Objects.requireNonNull(name, "name");
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"cache name '%s' must be letters, digits, '.', '_' or '-' (it is used in Redis keys and metric tags)"
						.formatted(name));
		}
		this.name = name;
	}

	/**
	 * Sets the levels.
	 * @param levels which levels to use
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> levels(Levels levels) {
		this.levels = Objects.requireNonNull(levels, "levels");
		return this;
	}

	/**
	 * Sets the L1 maximum size.
	 * @param maximumSize the most L1 entries, positive
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> l1MaximumSize(long maximumSize) {
		requireArgument(maximumSize > 0, "l1MaximumSize must be positive, was %s", maximumSize);
		this.l1MaximumSize = maximumSize;
		return this;
	}

	/**
	 * Sets the ttl.
	 * @param ttl time to live of values on both levels, at least 1 ms
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> ttl(Duration ttl) {
		requireArgument(Objects.requireNonNull(ttl, "ttl").toMillis() >= 1, "ttl must be at least 1 ms, was %s", ttl);
		this.ttl = ttl;
		return this;
	}

	/**
	 * Sets the ttl jitter.
	 * @param jitter spread of every TTL as a fraction, in [0, 1): 0.1 means ±10%
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> ttlJitter(double jitter) {
		requireArgument(jitter >= 0 && jitter < 1, "ttlJitter must be in [0, 1), was %s", jitter);
		this.ttlJitter = jitter;
		return this;
	}

	/**
	 * Sets the negative ttl.
	 * @param negativeTtl how long "the loader found nothing" is cached; zero turns
	 * negative caching off
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> negativeTtl(Duration negativeTtl) {
		Objects.requireNonNull(negativeTtl, "negativeTtl");
		requireArgument(!negativeTtl.isNegative(), "negativeTtl must not be negative, was %s", negativeTtl);
		this.negativeTtl = negativeTtl;
		return this;
	}

	/**
	 * Sets the codec.
	 * @param codec turns values into Redis bytes; required when L2 is on
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> codec(ValueCodec<V> codec) {
		this.codec = Objects.requireNonNull(codec, "codec");
		return this;
	}

	/**
	 * Sets the key format.
	 * @param keyFormat the key's string form, unique per key, used in L1, Redis and
	 * invalidation messages
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> keyFormat(Function<? super K, String> keyFormat) {
		this.keyFormat = Objects.requireNonNull(keyFormat, "keyFormat");
		return this;
	}

	/**
	 * Sets the redis.
	 * @param connectionFactory the Redis of L2 and of invalidations
	 * @param keyPrefix put before every Redis key and channel name (e.g. the value of
	 * {@code scalemart.redis.key-prefix}); may be empty
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> redis(RedisConnectionFactory connectionFactory, String keyPrefix) {
		this.redis = Objects.requireNonNull(connectionFactory, "connectionFactory");
		this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
		return this;
	}

	/**
	 * Sets the meter registry.
	 * @param registry where the cache's meters go
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> meterRegistry(MeterRegistry registry) {
		this.meterRegistry = Objects.requireNonNull(registry, "registry");
		return this;
	}

	/**
	 * Sets the time source of L1 expiry, L2 retry and invalidation timestamps; tests pass
	 * a clock they move by hand.
	 * @param clock the clock
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> clock(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
		return this;
	}

	/**
	 * Sets the write policy.
	 * @param policy what {@code put} does
	 * @param writer the system of record's writer; required for write-through and
	 * write-behind, refused for cache-aside
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> writePolicy(WritePolicy policy, @Nullable CacheWriter<K, V> writer) {
		this.writePolicy = Objects.requireNonNull(policy, "policy");
		this.writer = writer;
		return this;
	}

	/**
	 * Sets the write policy.
	 * @param policy {@link WritePolicy#CACHE_ASIDE}; the others need a writer
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> writePolicy(WritePolicy policy) {
		return writePolicy(policy, null);
	}

	/**
	 * Tunes write-behind.
	 * @param flushInterval the longest a write waits for its batch, positive
	 * @param batchSize the most entries per batch, positive
	 * @param initialBackoff the first retry delay, positive; doubled up to maxBackoff
	 * @param maxBackoff the longest retry delay
	 * @param closeTimeout how long {@code close()} keeps flushing
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> writeBehind(Duration flushInterval, int batchSize, Duration initialBackoff,
			Duration maxBackoff, Duration closeTimeout) {
		requirePositive(flushInterval, "flushInterval");
		requireArgument(batchSize > 0, "batchSize must be positive, was %s", batchSize);
		requirePositive(initialBackoff, "initialBackoff");
		requirePositive(closeTimeout, "closeTimeout");
		requireArgument(maxBackoff.compareTo(initialBackoff) >= 0, "maxBackoff %s is shorter than initialBackoff %s",
				maxBackoff, initialBackoff);
		this.writeBehind = new WriteBehindSettings(flushInterval, batchSize, initialBackoff, maxBackoff, closeTimeout);
		return this;
	}

	/**
	 * Tunes stampede protection across instances.
	 * @param lockTtl how long a load lock lives if its holder dies, positive
	 * @param lockWait how long another instance waits for the holder to fill L2 before it
	 * loads anyway
	 * @param pollInterval how often the waiter looks at L2, positive and at most lockWait
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> loadLock(Duration lockTtl, Duration lockWait, Duration pollInterval) {
		requirePositive(lockTtl, "lockTtl");
		requirePositive(pollInterval, "pollInterval");
		Objects.requireNonNull(lockWait, "lockWait");
		requireArgument(!lockWait.isNegative() && lockWait.compareTo(pollInterval) >= 0,
				"lockWait must be at least pollInterval (%s), was %s", pollInterval, lockWait);
		this.lockTtl = lockTtl;
		this.lockWait = lockWait;
		this.lockPollInterval = pollInterval;
		return this;
	}

	/**
	 * Sets the L2 retry interval.
	 * @param retryInterval how long L2 is skipped after a Redis failure, positive
	 * @return this builder
	 */
	public LayeredCacheBuilder<K, V> l2RetryInterval(Duration retryInterval) {
		requirePositive(retryInterval, "l2RetryInterval");
		this.l2RetryInterval = retryInterval;
		return this;
	}

	/**
	 * Checks the combination of settings and starts the cache (its invalidation listener
	 * and write-behind flusher).
	 * @return the cache; close it on shutdown
	 * @throws IllegalStateException if settings contradict each other
	 */
	public LayeredCache<K, V> build() {
		requireState(!this.levels.l2() || this.redis != null,
				"cache '%s': levels %s need Redis: call redis(connectionFactory, keyPrefix)", this.name, this.levels);
		requireState(!this.levels.l2() || this.codec != null,
				"cache '%s': levels %s need a codec to store values in Redis: call codec(...), e.g. JsonValueCodec.of(Product.class)",
				this.name, this.levels);
		requireState(this.negativeTtl.compareTo(this.ttl) <= 0,
				"cache '%s': negativeTtl %s is longer than ttl %s: absent entries should expire first", this.name,
				this.negativeTtl, this.ttl);
		requireState(this.writePolicy == WritePolicy.CACHE_ASIDE || this.writer != null,
				"cache '%s': %s needs a CacheWriter: call writePolicy(%s, writer)", this.name, this.writePolicy,
				this.writePolicy);
		requireState(this.writePolicy != WritePolicy.CACHE_ASIDE || this.writer == null,
				"cache '%s': CACHE_ASIDE never calls a writer; the service writes the database itself: drop the writer or pick WRITE_THROUGH or WRITE_BEHIND",
				this.name);
		return new LayeredCache<>(new CacheSettings<>(this.name, this.levels, this.l1MaximumSize, this.ttl,
				this.ttlJitter, this.negativeTtl, this.codec, this.keyFormat, this.redis, this.keyPrefix,
				this.meterRegistry, this.clock, this.ticker, this.writePolicy, this.writer, this.writeBehind,
				this.lockTtl, this.lockWait, this.lockPollInterval, this.l2RetryInterval));
	}

	private static void requirePositive(Duration duration, String name) {
		Objects.requireNonNull(duration, name);
		requireArgument(!duration.isNegative() && !duration.isZero(), "%s must be positive, was %s", name, duration);
	}

	private static void requireArgument(boolean condition, String template, Object... args) {
		if (!condition) {
			throw new IllegalArgumentException(template.formatted(args));
		}
	}

	private static void requireState(boolean condition, String template, Object... args) {
		if (!condition) {
			throw new IllegalStateException(template.formatted(args));
		}
	}

}
