package com.scalemart.platform.cache;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.scalemart.platform.engines.Ports;
import com.scalemart.platform.engines.RedisEngine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

/**
 * A cache whose Redis does not answer: a connection factory pointed at a closed port.
 */
class RedisDownIntegrationTests {

	private final RedisFixture redis = new RedisFixture();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final AtomicInteger loads = new AtomicInteger();

	@AfterEach
	void cleanUp() {
		this.redis.close();
	}

	private LayeredCache<Long, Product> cache(Duration retryInterval) {
		return cache(Ports.freePort(), retryInterval);
	}

	private LayeredCache<Long, Product> cache(int port, Duration retryInterval) {
		return this.redis.track(LayeredCache.<Long, Product>builder("products")
			.codec(JsonValueCodec.of(Product.class))
			.redis(this.redis.connectionFactory("127.0.0.1", port), this.redis.prefix)
			.l2RetryInterval(retryInterval)
			.meterRegistry(this.registry)
			.build());
	}

	private Product load(long id) {
		this.loads.incrementAndGet();
		return Product.of(id, "p" + id);
	}

	@Test
	void readsDegradeToL1AndTheLoaderWithoutAnError() {
		LayeredCache<Long, Product> cache = cache(Duration.ofMillis(1));
		assertThat(cache.get(1L, this::load)).isEqualTo(new CacheResult<>(Product.of(1, "p1"), ServedBy.MISS));
		assertThat(cache.get(1L, this::load)).isEqualTo(new CacheResult<>(Product.of(1, "p1"), ServedBy.L1));
		Map<Long, CacheResult<Product>> many = cache.getAll(List.of(1L, 2L), (ids) -> Map.of(2L, Product.of(2, "p2")));
		assertThat(many.get(2L)).isEqualTo(new CacheResult<>(Product.of(2, "p2"), ServedBy.MISS));
		assertThat(this.loads).hasValue(1);
		assertThat(this.registry.get("scalemart.cache.l2.errors").counter().count()).isGreaterThanOrEqualTo(2);
		assertThat(cache.isReceivingInvalidations()).isFalse();
	}

	@Test
	void writesAndInvalidationsSkipRedisSoftly() {
		LayeredCache<Long, Product> cache = cache(Duration.ofMillis(1));
		assertThatNoException().isThrownBy(() -> {
			cache.put(1L, Product.of(1, "written"));
			cache.invalidate(2L);
		});
		assertThat(cache.get(1L, this::load)).isEqualTo(new CacheResult<>(Product.of(1, "written"), ServedBy.L1));
		assertThat(this.registry.get("scalemart.cache.l2.errors").counter().count()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void afterAFailureRedisIsSkippedForTheRetryInterval() {
		LayeredCache<Long, Product> cache = cache(Duration.ofMinutes(5));
		for (long id = 1; id <= 20; id++) {
			cache.get(id, this::load);
		}
		assertThat(this.loads).hasValue(20);
		assertThat(this.registry.get("scalemart.cache.l2.errors").counter().count()).isEqualTo(1);
	}

	@Test
	void aCacheStartedWhileRedisWasDownUsesItOnceItIsUp() {
		int port = Ports.freePort();
		LayeredCache<Long, Product> cache = cache(port, Duration.ofMillis(50));
		cache.get(1L, this::load);
		try (RedisEngine engine = RedisEngine.embedded(port)) {
			await().atMost(Duration.ofSeconds(15)).until(cache::isReceivingInvalidations);
			await().atMost(Duration.ofSeconds(5))
				.until(() -> cache.get(2L, this::load).servedBy() == ServedBy.MISS
						&& cache.getAll(List.of(3L), (ids) -> Map.of()).size() == 1
						&& engine.endpoint().countKeys(this.redis.prefix) > 0);
		}
	}

	@Test
	void aLostSubscriptionComesBackAndClearsWhatL1MayHaveMissed() {
		int port = Ports.freePort();
		RedisEngine first = RedisEngine.embedded(port);
		LayeredCache<Long, Product> cache;
		try {
			cache = cache(port, Duration.ofMillis(50));
			await().atMost(Duration.ofSeconds(10)).until(cache::isReceivingInvalidations);
			cache.get(1L, this::load);
			assertThat(cache.get(1L, this::load).servedBy()).isEqualTo(ServedBy.L1);
		}
		finally {
			first.close();
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> Ports.isFree(port));
		try (RedisEngine second = RedisEngine.embedded(port)) {
			await().atMost(Duration.ofSeconds(20))
				.until(() -> cache.isReceivingInvalidations() && cache.get(1L, this::load).servedBy() == ServedBy.MISS);
			assertThat(this.loads).hasValue(2);
		}
	}

}
