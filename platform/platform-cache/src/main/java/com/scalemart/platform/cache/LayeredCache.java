package com.scalemart.platform.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A read-through cache in two levels in front of a loader: L1 in this JVM (Caffeine), L2
 * in Redis shared by every instance, L3 whatever the loader reads (the database).
 *
 * <p>
 * <b>Reads</b> ({@link #get}, {@link #getAll}) look in L1, then L2, then call the loader;
 * a value found in L2 fills L1, a loaded one fills L2 then L1. A loader that returns
 * {@code null} is remembered as "absent" for the negative TTL on both levels. Times to
 * live are jittered by ±{@code ttlJitter}. Concurrent misses on one key call the loader
 * once per instance, and once in all when Redis is up (see {@link KeyLoader}).
 *
 * <p>
 * <b>Writes</b> ({@link #put}) follow the {@link WritePolicy}; {@link #invalidate}
 * deletes the key from L2, from this L1 and, through Redis pub/sub, from the L1 of every
 * other instance.
 *
 * <p>
 * <b>Consistency guarantees.</b>
 * <ul>
 * <li>Another instance stops serving an invalidated value as soon as it has received the
 * invalidation message; loads that were in flight then do not put the old value back in
 * its L1 (epoch tombstones, {@link L1Store}).</li>
 * <li>A load that read the database before a write or invalidation of its key cannot
 * store its result in L2 after that write (versioned fills, {@link L2Store}).</li>
 * <li>Pub/sub is at most once: an instance that misses a message (disconnected, Redis
 * down) serves the old value at most until its L1 entry expires, i.e. for at most
 * {@code ttl × (1 + ttlJitter)}. That TTL is the staleness bound to choose.</li>
 * </ul>
 *
 * <p>
 * <b>Redis failures</b> never reach the caller: reads fall back to L1 and the loader,
 * writes to L2 and invalidation messages are skipped, and
 * {@code scalemart.cache.l2.errors} counts them. Loader and writer exceptions do reach
 * the caller (and every caller waiting on the same load).
 *
 * <p>
 * Thread-safe. {@link #close()} it on shutdown (or register a {@link CacheLifecycle}): it
 * drains write-behind and stops the invalidation listener.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class LayeredCache<K, V> implements AutoCloseable {

	private final CacheSettings<K, V> settings;

	private final CacheStores<K, V> stores;

	private final CacheMetrics metrics;

	private final KeyLoader<K, V> keyLoader;

	private final BulkLoader<K, V> bulkLoader;

	private final @Nullable InvalidationBus bus;

	private final @Nullable WriteBehindQueue<K, V> writeBehind;

	private final AtomicBoolean closed = new AtomicBoolean();

	LayeredCache(CacheSettings<K, V> settings) {
		this.settings = settings;
		String instanceId = UUID.randomUUID().toString();
		this.metrics = new CacheMetrics(settings.meterRegistry(), settings.name());
		L1Store<V> l1 = settings.levels().l1() ? new L1Store<>(settings.l1MaximumSize(), settings.ticker()) : null;
		if (l1 != null) {
			this.metrics.bindL1(l1, settings.codec() != null);
		}
		RedisKeys keys = new RedisKeys(settings.keyPrefix(), settings.name());
		L2Store redis = null;
		if (settings.usesRedis()) {
			// a version outlives its value, and any load that could have read before it
			Duration versionTtl = Duration
				.ofMillis(2 * JitteredTtl.of(settings.ttl(), settings.ttlJitter()).maxMillis())
				.plus(settings.lockTtl());
			redis = new L2Store(Objects.requireNonNull(settings.redis()), keys, versionTtl, settings.l2RetryInterval(),
					System::nanoTime, this.metrics.l2Errors);
		}
		this.stores = new CacheStores<>(settings, this.metrics, l1, redis);
		this.keyLoader = new KeyLoader<>(this.stores, instanceId);
		this.bulkLoader = new BulkLoader<>(this.stores);
		if (l1 != null && redis != null) {
			this.bus = new InvalidationBus(Objects.requireNonNull(settings.redis()), keys, redis, instanceId,
					settings.clock(), l1::invalidate, l1::invalidateAll, this.metrics.propagation,
					this.metrics.malformedMessages);
			this.bus.start();
		}
		else {
			this.bus = null;
		}
		CacheWriter<K, V> writer = settings.writer();
		if (settings.writePolicy() == WritePolicy.WRITE_BEHIND && writer != null) {
			this.writeBehind = new WriteBehindQueue<>(settings.name(), writer, settings.writeBehind(), this.metrics);
			this.writeBehind.start();
		}
		else {
			this.writeBehind = null;
		}
	}

	/**
	 * Starts configuring a cache.
	 * @param <K> the key type
	 * @param <V> the value type
	 * @param name the cache's name: letters, digits, '.', '_', '-'; part of its Redis
	 * keys and its {@code cache} metric tag, so unique per application
	 * @return a builder
	 */
	public static <K, V> LayeredCacheBuilder<K, V> builder(String name) {
		return new LayeredCacheBuilder<>(name);
	}

	/**
	 * Reads a key through the levels.
	 * @param key the key
	 * @param loader reads the key from the system of record; {@code null} means there is
	 * none. Called at most once per instance for concurrent misses on the key.
	 * @return the value (or {@code null}) and the level that served it
	 * @throws RuntimeException what the loader threw
	 * @throws IllegalStateException if the cache is closed
	 */
	public CacheResult<V> get(K key, Function<? super K, ? extends @Nullable V> loader) {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(loader, "loader");
		requireOpen();
		String cacheKey = this.stores.format(key);
		L1Store<V> l1 = this.stores.l1;
		if (l1 != null) {
			L1Entry<V> entry = l1.get(cacheKey);
			if (entry != null) {
				this.metrics.l1Hits.increment();
				return new CacheResult<>(entry.value(), ServedBy.L1);
			}
			this.metrics.l1Misses.increment();
		}
		if (this.settings.levels() == Levels.OFF) {
			return new CacheResult<>(this.stores.timedLoad(() -> loader.apply(key)), ServedBy.MISS);
		}
		return this.keyLoader.load(cacheKey, key, loader);
	}

	/**
	 * Reads many keys through the levels, with one L2 round trip and one loader call for
	 * all the misses.
	 * @param keys the keys (duplicates are read once)
	 * @param loader given the keys both levels missed, returns the values it found by
	 * key; keys it leaves out are absent
	 * @return a result per distinct key, in the order of {@code keys}
	 * @throws RuntimeException what the loader threw
	 * @throws IllegalStateException if the cache is closed
	 */
	public Map<K, CacheResult<V>> getAll(Collection<? extends K> keys,
			Function<? super Set<K>, ? extends @Nullable Map<? extends K, ? extends V>> loader) {
		Objects.requireNonNull(keys, "keys");
		Objects.requireNonNull(loader, "loader");
		requireOpen();
		Map<K, CacheResult<V>> found = new LinkedHashMap<>();
		Map<String, K> missed = new LinkedHashMap<>();
		L1Store<V> l1 = this.stores.l1;
		for (K key : keys) {
			String cacheKey = this.stores.format(Objects.requireNonNull(key, "keys must not contain null"));
			if (found.containsKey(key) || missed.containsKey(cacheKey)) {
				continue;
			}
			L1Entry<V> entry = (l1 != null) ? l1.get(cacheKey) : null;
			if (entry != null) {
				this.metrics.l1Hits.increment();
				found.put(key, new CacheResult<>(entry.value(), ServedBy.L1));
			}
			else {
				if (l1 != null) {
					this.metrics.l1Misses.increment();
				}
				missed.put(cacheKey, key);
			}
		}
		if (!missed.isEmpty()) {
			this.bulkLoader.load(missed, loader, found);
		}
		Map<K, CacheResult<V>> ordered = new LinkedHashMap<>();
		for (K key : keys) {
			CacheResult<V> result = found.get(key);
			if (result != null) {
				ordered.put(key, result);
			}
		}
		return ordered;
	}

	/**
	 * Writes a value according to the write policy:
	 * <ul>
	 * <li>write-through calls the writer first and changes nothing if it throws;</li>
	 * <li>write-behind queues the write (it is then acknowledged);</li>
	 * </ul>
	 * then L1 and L2 take the value and every other instance evicts the key from its L1.
	 * @param key the key
	 * @param value the value; to remove one, delete it and {@link #invalidate} the key
	 * @throws RuntimeException what a write-through writer threw
	 * @throws IllegalStateException if the cache is closed
	 */
	public void put(K key, V value) {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(value, "value");
		requireOpen();
		CacheWriter<K, V> writer = this.settings.writer();
		if (this.settings.writePolicy() == WritePolicy.WRITE_THROUGH && writer != null) {
			writer.write(key, value);
		}
		else if (this.writeBehind != null) {
			this.writeBehind.enqueue(key, value);
		}
		String cacheKey = this.stores.format(key);
		long ttlMillis = this.stores.ttlMillis(value);
		if (this.stores.l1 != null) {
			this.stores.l1.replace(cacheKey, new L1Entry<>(value, TimeUnit.MILLISECONDS.toNanos(ttlMillis)));
		}
		L2Store l2 = this.stores.l2();
		if (l2 != null) {
			byte[] payload = this.stores.encode(value);
			if (payload != null) {
				l2.write(cacheKey, payload, ttlMillis);
			}
			else {
				l2.delete(cacheKey);
			}
		}
		else {
			this.stores.sampleSize(value);
		}
		publish(cacheKey);
	}

	/**
	 * Removes a key from L2, from this instance's L1, and (by a message) from the L1 of
	 * every other instance. Call it after changing the key in the system of record.
	 * @param key the key
	 * @throws IllegalStateException if the cache is closed
	 */
	public void invalidate(K key) {
		Objects.requireNonNull(key, "key");
		requireOpen();
		String cacheKey = this.stores.format(key);
		L2Store l2 = this.stores.l2();
		if (l2 != null) {
			l2.delete(cacheKey);
		}
		if (this.stores.l1 != null) {
			this.stores.l1.invalidate(cacheKey);
		}
		publish(cacheKey);
	}

	/**
	 * The cache's name.
	 * @return the name given to the builder
	 */
	public String name() {
		return this.settings.name();
	}

	/**
	 * The levels in use.
	 * @return the levels
	 */
	public Levels levels() {
		return this.settings.levels();
	}

	/**
	 * Tells whether this instance receives invalidations from the others right now; a
	 * readiness check may want it. Always {@code false} without L1 or without Redis.
	 * @return {@code true} if subscribed
	 */
	public boolean isReceivingInvalidations() {
		return this.bus != null && this.bus.isListening();
	}

	/**
	 * Write-behind writes acknowledged and not yet written.
	 * @return the count, 0 for other policies
	 */
	public int pendingWrites() {
		return (this.writeBehind != null) ? this.writeBehind.pending() : 0;
	}

	/**
	 * Writes everything write-behind has queued, stops the invalidation listener and
	 * removes the cache's meters. Idempotent.
	 * @throws WriteBehindException if queued writes could not be written before the close
	 * timeout (the writer kept failing); they are in the exception
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		try {
			if (this.writeBehind != null) {
				this.writeBehind.close();
			}
		}
		finally {
			if (this.bus != null) {
				this.bus.close();
			}
			this.metrics.close();
		}
	}

	private void publish(String cacheKey) {
		if (this.bus != null) {
			this.bus.publish(cacheKey);
		}
	}

	private void requireOpen() {
		if (this.closed.get()) {
			throw new IllegalStateException("cache '" + this.settings.name() + "' is closed");
		}
	}

}
