package com.scalemart.platform.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Counter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisStringCommands.SetOption;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.types.Expiration;

/**
 * The Redis side of a cache. No method throws: a Redis failure is counted
 * ({@code scalemart.cache.l2.errors}), logged, and answered as "L2 unavailable", after
 * which L2 is skipped for the retry interval so that a dead server costs one failed call
 * per interval instead of one per read.
 *
 * <p>
 * Writes are versioned. Each key has a counter that every {@link #write} and
 * {@link #delete} bumps in the same script; a loader notes the counter when it reads the
 * miss and {@link #fill} stores its result only if the counter is unchanged. A load that
 * read the database before a concurrent update therefore cannot overwrite the update's
 * value, or resurrect the key after its invalidation, in L2.
 */
final class L2Store {

	private static final Log logger = LogFactory.getLog(L2Store.class);

	private static final byte[] FILL = RedisKeys.bytes("""
			local current = redis.call('GET', KEYS[2])
			if (current or '') ~= ARGV[1] then return 0 end
			redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
			return 1
			""");

	private static final byte[] WRITE = RedisKeys.bytes("""
			local version = redis.call('INCR', KEYS[2])
			redis.call('PEXPIRE', KEYS[2], ARGV[3])
			redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
			return version
			""");

	private static final byte[] DELETE = RedisKeys.bytes("""
			local version = redis.call('INCR', KEYS[2])
			redis.call('PEXPIRE', KEYS[2], ARGV[1])
			redis.call('DEL', KEYS[1])
			return version
			""");

	private static final byte[] UNLOCK = RedisKeys.bytes("""
			if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
			return 0
			""");

	private final RedisConnectionFactory connectionFactory;

	private final RedisKeys keys;

	private final byte[] versionTtl;

	private final long retryIntervalNanos;

	private final LongSupplier nanoTime;

	private final Counter errors;

	private volatile long skipUntil;

	private volatile boolean skipping;

	/**
	 * @param versionTtl how long a version counter outlives its last change; longer than
	 * any load
	 * @param retryInterval how long L2 is skipped after a failure
	 */
	L2Store(RedisConnectionFactory connectionFactory, RedisKeys keys, Duration versionTtl, Duration retryInterval,
			LongSupplier nanoTime, Counter errors) {
		this.connectionFactory = connectionFactory;
		this.keys = keys;
		this.versionTtl = number(versionTtl.toMillis());
		this.retryIntervalNanos = retryInterval.toNanos();
		this.nanoTime = nanoTime;
		this.errors = errors;
		this.skipUntil = nanoTime.getAsLong();
	}

	/**
	 * Reads the values and versions of keys in one round trip.
	 * @param cacheKeys the formatted keys
	 * @return one read per key, in order; {@code null} if L2 is unavailable
	 */
	@Nullable List<Read> read(List<String> cacheKeys) {
		return call("read", (connection) -> {
			byte[][] names = new byte[cacheKeys.size() * 2][];
			for (int i = 0; i < cacheKeys.size(); i++) {
				names[2 * i] = this.keys.value(cacheKeys.get(i));
				names[2 * i + 1] = this.keys.version(cacheKeys.get(i));
			}
			List<byte[]> found = connection.stringCommands().mGet(names);
			List<Read> reads = new ArrayList<>(cacheKeys.size());
			for (int i = 0; i < cacheKeys.size(); i++) {
				reads.add(new Read(found.get(2 * i), text(found.get(2 * i + 1)), false));
			}
			return reads;
		});
	}

	/**
	 * Reads a key's value, version and whether its load lock is held.
	 * @param cacheKey the formatted key
	 * @return the read, {@code null} if L2 is unavailable
	 */
	@Nullable Read readWithLock(String cacheKey) {
		return call("read", (connection) -> {
			List<byte[]> found = connection.stringCommands()
				.mGet(this.keys.value(cacheKey), this.keys.version(cacheKey), this.keys.lock(cacheKey));
			return new Read(found.get(0), text(found.get(1)), found.get(2) != null);
		});
	}

	/**
	 * Stores a loaded payload if the key's version is still the one read with the miss.
	 * @return {@code true} if stored
	 */
	boolean fill(String cacheKey, @Nullable String expectedVersion, byte[] payload, long ttlMillis) {
		Long stored = call("fill", (connection) -> connection.scriptingCommands()
			.eval(FILL, ReturnType.INTEGER, 2, this.keys.value(cacheKey), this.keys.version(cacheKey),
					RedisKeys.bytes((expectedVersion != null) ? expectedVersion : ""), payload, number(ttlMillis)));
		return stored != null && stored == 1L;
	}

	/**
	 * {@link #fill}s many keys in one pipelined round trip.
	 */
	void fillAll(List<Fill> fills) {
		call("fill", (connection) -> {
			connection.openPipeline();
			try {
				for (Fill fill : fills) {
					connection.scriptingCommands()
						.eval(FILL, ReturnType.INTEGER, 2, this.keys.value(fill.key()), this.keys.version(fill.key()),
								RedisKeys.bytes((fill.expectedVersion() != null) ? fill.expectedVersion() : ""),
								fill.payload(), number(fill.ttlMillis()));
				}
			}
			finally {
				connection.closePipeline();
			}
			return Boolean.TRUE;
		});
	}

	/**
	 * Stores a written payload and bumps the key's version.
	 * @return {@code true} if it reached Redis
	 */
	boolean write(String cacheKey, byte[] payload, long ttlMillis) {
		return call("write",
				(connection) -> connection.scriptingCommands()
					.eval(WRITE, ReturnType.INTEGER, 2, this.keys.value(cacheKey), this.keys.version(cacheKey), payload,
							number(ttlMillis), this.versionTtl)) != null;
	}

	/**
	 * Deletes a key's value and bumps its version.
	 * @return {@code true} if it reached Redis
	 */
	boolean delete(String cacheKey) {
		return call("delete",
				(connection) -> connection.scriptingCommands()
					.eval(DELETE, ReturnType.INTEGER, 2, this.keys.value(cacheKey), this.keys.version(cacheKey),
							this.versionTtl)) != null;
	}

	/**
	 * Tries to take the key's load lock ({@code SET NX PX}).
	 * @return the outcome
	 */
	LockOutcome tryLock(String cacheKey, String token, Duration ttl) {
		Boolean taken = call("lock", (connection) -> connection.stringCommands()
			.set(this.keys.lock(cacheKey), RedisKeys.bytes(token), Expiration.from(ttl), SetOption.ifAbsent()));
		if (taken == null) {
			return LockOutcome.UNAVAILABLE;
		}
		return taken ? LockOutcome.ACQUIRED : LockOutcome.HELD;
	}

	/**
	 * Releases the key's load lock if this token still holds it.
	 */
	void unlock(String cacheKey, String token) {
		call("unlock", (connection) -> connection.scriptingCommands()
			.eval(UNLOCK, ReturnType.INTEGER, 1, this.keys.lock(cacheKey), RedisKeys.bytes(token)));
	}

	/**
	 * Publishes on the cache's invalidation channel.
	 * @return {@code true} if it reached Redis
	 */
	boolean publish(byte[] message) {
		return call("publish",
				(connection) -> connection.commands().publish(RedisKeys.bytes(this.keys.channel()), message)) != null;
	}

	boolean available() {
		return !this.skipping || this.nanoTime.getAsLong() - this.skipUntil >= 0;
	}

	private <T> @Nullable T call(String operation, Function<RedisConnection, @Nullable T> work) {
		if (!available()) {
			return null;
		}
		try (RedisConnection connection = this.connectionFactory.getConnection()) {
			T result = work.apply(connection);
			this.skipping = false;
			return result;
		}
		catch (RuntimeException ex) {
			this.errors.increment();
			boolean first = !this.skipping;
			this.skipUntil = this.nanoTime.getAsLong() + this.retryIntervalNanos;
			this.skipping = true;
			if (first) {
				logger.warn("Redis %s failed for %s; skipping L2 for %d ms at a time until it answers: %s"
					.formatted(operation, this.keys.channel(), this.retryIntervalNanos / 1_000_000, ex.getMessage()));
			}
			return null;
		}
	}

	private static byte[] number(long value) {
		return RedisKeys.bytes(Long.toString(value));
	}

	private static @Nullable String text(byte @Nullable [] bytes) {
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : null;
	}

	/**
	 * What a read found.
	 *
	 * @param payload the stored payload, {@code null} on a miss
	 * @param version the key's version, {@code null} if it has none
	 * @param locked whether another loader holds the key's lock
	 */
	record Read(byte @Nullable [] payload, @Nullable String version, boolean locked) {
	}

	/**
	 * One payload for {@link #fillAll}.
	 */
	record Fill(String key, @Nullable String expectedVersion, byte[] payload, long ttlMillis) {
	}

	enum LockOutcome {

		ACQUIRED, HELD, UNAVAILABLE

	}

}
