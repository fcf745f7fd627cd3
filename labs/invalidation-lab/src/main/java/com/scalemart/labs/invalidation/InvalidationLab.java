package com.scalemart.labs.invalidation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import com.scalemart.labs.support.Machine;
import com.scalemart.platform.cache.JsonValueCodec;
import com.scalemart.platform.cache.LayeredCache;
import com.scalemart.platform.cache.Levels;
import com.scalemart.platform.engines.RedisEngine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Two cache instances, A and B, share one Redis as two catalog instances do. For each of
 * N keys: B reads the key (so its L1 holds version 1), the "database" moves to version 2,
 * A invalidates the key, and B is read in a tight loop until it serves version 2. The
 * time from A's invalidate call to B's first fresh read is the propagation delay a client
 * could observe; its percentiles are the report.
 * <p>
 * Run:
 * {@code ./mvnw -q -pl labs/invalidation-lab compile exec:java -Dexec.args="--invalidations 5000"}.
 * Uses the Redis in {@code SCALEMART_REDIS} (host:port), else starts an embedded one.
 */
public final class InvalidationLab {

	private InvalidationLab() {
	}

	public static void main(String[] args) throws IOException {
		int invalidations = intArgument(args, "--invalidations", 5_000);
		Path output = Path.of(stringArgument(args, "--output", "docs/results/invalidation-propagation.md"));
		String external = System.getenv("SCALEMART_REDIS");
		try (RedisEngine embedded = (external == null) ? RedisEngine.embedded(0) : null) {
			String host = (external != null) ? external.substring(0, external.lastIndexOf(':')) : "127.0.0.1";
			int port = (external != null) ? Integer.parseInt(external.substring(external.lastIndexOf(':') + 1))
					: embedded.endpoint().port();
			Percentiles delays = run(host, port, invalidations);
			String report = report(invalidations, delays, (external != null) ? "external " + external : "embedded");
			System.out.println(report);
			Files.createDirectories(output.toAbsolutePath().getParent());
			Files.writeString(output, report);
		}
	}

	/**
	 * @return propagation delays in microseconds
	 */
	static Percentiles run(String host, int port, int invalidations) {
		Map<String, Integer> database = new ConcurrentHashMap<>();
		LettuceConnectionFactory redisA = connect(host, port);
		LettuceConnectionFactory redisB = connect(host, port);
		String prefix = "lab:invalidation:" + System.nanoTime() + ":";
		long[] delays = new long[invalidations];
		try (LayeredCache<String, Integer> a = cache(redisA, prefix);
				LayeredCache<String, Integer> b = cache(redisB, prefix)) {
			waitUntilSubscribed(a, b);
			for (int i = 0; i < invalidations; i++) {
				String key = "k" + i;
				database.put(key, 1);
				b.get(key, database::get);
				database.put(key, 2);
				long start = System.nanoTime();
				a.invalidate(key);
				while (b.get(key, database::get).value() != 2) {
					Thread.onSpinWait();
				}
				delays[i] = (System.nanoTime() - start) / 1_000;
				// Pace the writes, as a real write load would: ~1,000 invalidations a
				// second.
				LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
			}
		}
		finally {
			redisA.destroy();
			redisB.destroy();
		}
		return Percentiles.of(delays);
	}

	private static LayeredCache<String, Integer> cache(LettuceConnectionFactory redis, String prefix) {
		return LayeredCache.<String, Integer>builder("lab")
			.levels(Levels.L1_AND_L2)
			.l1MaximumSize(100_000)
			.ttl(Duration.ofMinutes(10))
			.codec(JsonValueCodec.of(Integer.class))
			.redis(redis, prefix)
			.meterRegistry(new SimpleMeterRegistry())
			.build();
	}

	private static void waitUntilSubscribed(LayeredCache<?, ?>... caches) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		for (LayeredCache<?, ?> cache : caches) {
			while (!cache.isReceivingInvalidations()) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("the caches did not subscribe to invalidations within 10 s");
				}
				LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
			}
		}
	}

	private static LettuceConnectionFactory connect(String host, int port) {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port));
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

	static String report(int invalidations, Percentiles delays, String redis) {
		return """
				# Cache invalidation: time until another instance serves the new value

				Two `LayeredCache` instances (L1 Caffeine + L2 Redis) on one Redis (%s), each with its own
				connection, as two catalog instances. For each key: B caches version 1, A invalidates after the
				database moved to version 2, B is read in a loop until it serves version 2. Measured from A's
				`invalidate` call to B's first fresh read; about 1,000 invalidations a second.

				| invalidations | p50 | p90 | p99 | max | target p99 |
				|---|---|---|---|---|---|
				| %d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | < 100 ms |

				Command: `./mvnw -q -pl labs/invalidation-lab compile exec:java -Dexec.args="--invalidations %d"`
				Machine: %s.
				""".formatted(redis, delays.count(), delays.p50() / 1000, delays.p90() / 1000, delays.p99() / 1000,
				delays.max() / 1000, invalidations, Machine.current().describe());
	}

	/**
	 * Other work on a 2-core machine moves these figures: the report says how busy it
	 * was.
	 */
	private static int intArgument(String[] args, String name, int fallback) {
		return Integer.parseInt(stringArgument(args, name, Integer.toString(fallback)));
	}

	private static String stringArgument(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

}
