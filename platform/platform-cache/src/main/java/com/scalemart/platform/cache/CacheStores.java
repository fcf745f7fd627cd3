package com.scalemart.platform.cache;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Timer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The levels of one cache and the conversions between them, shared by the read and write
 * paths: what an L1 entry or an L2 payload is made of, how a loader call is timed.
 */
final class CacheStores<K, V> {

	private static final Log logger = LogFactory.getLog(CacheStores.class);

	final CacheSettings<K, V> settings;

	final CacheMetrics metrics;

	final @Nullable L1Store<V> l1;

	/** Present when the cache talks to Redis, for L2 or only for invalidations. */
	final @Nullable L2Store redis;

	private final JitteredTtl ttl;

	private final @Nullable JitteredTtl negativeTtl;

	CacheStores(CacheSettings<K, V> settings, CacheMetrics metrics, @Nullable L1Store<V> l1, @Nullable L2Store redis) {
		this.settings = settings;
		this.metrics = metrics;
		this.l1 = l1;
		this.redis = redis;
		this.ttl = JitteredTtl.of(settings.ttl(), settings.ttlJitter());
		this.negativeTtl = settings.negativeCaching() ? JitteredTtl.of(settings.negativeTtl(), settings.ttlJitter())
				: null;
	}

	/** The Redis level, when L2 is on and Redis is not being skipped after a failure. */
	@Nullable L2Store l2() {
		return (this.settings.levels().l2() && this.redis != null && this.redis.available()) ? this.redis : null;
	}

	String format(K key) {
		return this.settings.keyFormat().apply(key);
	}

	/**
	 * Whether a loaded result is kept at all: values always, "absent" only with negative
	 * caching.
	 */
	boolean cacheable(@Nullable V value) {
		return value != null || this.negativeTtl != null;
	}

	/** A fresh time to live for a loaded result, in milliseconds. */
	long ttlMillis(@Nullable V value) {
		JitteredTtl policy = (value != null) ? this.ttl : this.negativeTtl;
		return (policy != null) ? policy.nextMillis() : 0;
	}

	/** The longest any entry lives, in milliseconds. */
	long maxTtlMillis() {
		return this.ttl.maxMillis();
	}

	/** Stores a loaded result in L1 unless an invalidation overtook the load. */
	void fillL1(String key, @Nullable V value, long loadStart) {
		if (this.l1 != null && cacheable(value)) {
			this.l1.fill(key, new L1Entry<>(value, TimeUnit.MILLISECONDS.toNanos(ttlMillis(value))), loadStart);
		}
	}

	/** The token a load passes to {@link #fillL1}, taken before it reads anything. */
	long beginLoad() {
		return (this.l1 != null) ? this.l1.beginLoad() : 0;
	}

	/**
	 * The L2 payload of a result.
	 * @return the payload, {@code null} if the value could not be encoded (logged, and
	 * then kept out of L2)
	 */
	byte @Nullable [] encode(@Nullable V value) {
		if (value == null) {
			return L2Payload.absent();
		}
		ValueCodec<V> codec = this.settings.codec();
		if (codec == null) {
			return null;
		}
		try {
			byte[] body = codec.encode(value);
			this.metrics.recordEncodedSize(body.length);
			return L2Payload.value(body);
		}
		catch (RuntimeException ex) {
			logger.warn("Cache '%s' could not encode a %s; it stays out of L2".formatted(this.settings.name(),
					value.getClass().getName()), ex);
			return null;
		}
	}

	/**
	 * Records the encoded size of a value that only L1 keeps, for the memory estimate.
	 */
	void sampleSize(@Nullable V value) {
		if (value != null && !this.settings.levels().l2()) {
			encode(value);
		}
	}

	/**
	 * Reads an L2 payload.
	 * @return what it holds, or {@code null} if nothing usable (a payload that does not
	 * decode counts as an L2 error and as a miss)
	 */
	@Nullable Found<V> decode(byte @Nullable [] payload) {
		if (payload == null) {
			return null;
		}
		if (L2Payload.isAbsent(payload)) {
			return new Found<>(null);
		}
		byte[] body = L2Payload.body(payload);
		ValueCodec<V> codec = this.settings.codec();
		if (body == null || codec == null) {
			this.metrics.l2Errors.increment();
			return null;
		}
		try {
			V value = codec.decode(body);
			this.metrics.recordEncodedSize(body.length);
			return new Found<>(value);
		}
		catch (RuntimeException ex) {
			this.metrics.l2Errors.increment();
			logger.warn("Cache '%s' found an L2 entry it cannot decode; treating it as a miss: %s"
				.formatted(this.settings.name(), ex.getMessage()));
			return null;
		}
	}

	/**
	 * Calls a loader and times it under {@code scalemart.cache.load}.
	 */
	<T> @Nullable T timedLoad(Supplier<@Nullable T> load) {
		long start = System.nanoTime();
		try {
			T result = load.get();
			Timer timer = (result == null) ? this.metrics.loadAbsent : this.metrics.loadValue;
			timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			return result;
		}
		catch (RuntimeException | Error ex) {
			this.metrics.loadError.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			throw ex;
		}
	}

	/**
	 * A result found in L2.
	 *
	 * @param value the value, {@code null} for a cached "absent"
	 */
	record Found<V>(@Nullable V value) {
	}

}
