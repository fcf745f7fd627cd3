package com.scalemart.platform.cache;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * Write-through and write-behind with L2 in the test Redis.
 */
class WritePolicyIntegrationTests {

	private final RedisFixture redis = new RedisFixture();

	private final RecordingWriter writer = new RecordingWriter();

	@AfterEach
	void cleanUp() {
		this.redis.close();
	}

	@Test
	void writeThroughWritesTheDatabaseThenL2() {
		LayeredCache<Long, Product> cache = this.redis
			.track(this.redis.products("products").writePolicy(WritePolicy.WRITE_THROUGH, this.writer).build());
		cache.put(1L, Product.of(1, "lamp"));
		assertThat(this.writer.stored).containsEntry(1L, Product.of(1, "lamp"));
		assertThat(this.redis.get(this.redis.valueKey("products", 1))).contains("lamp");
		assertThat(cache.get(1L, (id) -> null).servedBy()).isEqualTo(ServedBy.L1);
	}

	@Test
	void aFailedWriteThroughLeavesTheCacheAlone() {
		LayeredCache<Long, Product> cache = this.redis
			.track(this.redis.products("products").writePolicy(WritePolicy.WRITE_THROUGH, this.writer).build());
		cache.get(1L, (id) -> Product.of(1, "old"));
		this.writer.failuresLeft.set(1);
		assertThatIllegalStateException().isThrownBy(() -> cache.put(1L, Product.of(1, "new")))
			.withMessage("database unavailable");
		assertThat(cache.get(1L, (id) -> null).value()).isEqualTo(Product.of(1, "old"));
		assertThat(this.redis.get(this.redis.valueKey("products", 1))).contains("old");
	}

	@Test
	void writeBehindServesFromL2AtOnceAndDrainsOnClose() {
		LayeredCache<Long, Product> a = this.redis.track(this.redis.products("products")
			.writePolicy(WritePolicy.WRITE_BEHIND, this.writer)
			.writeBehind(Duration.ofHours(1), 1_000, Duration.ofMillis(10), Duration.ofMillis(100),
					Duration.ofSeconds(10))
			.build());
		LayeredCache<Long, Product> b = this.redis
			.track(this.redis.products("products").meterRegistry(new SimpleMeterRegistry()).build());
		for (long id = 1; id <= 20; id++) {
			a.put(id, Product.of(id, "p" + id));
		}
		assertThat(this.writer.stored).isEmpty();
		assertThat(b.get(5L, (id) -> null)).isEqualTo(new CacheResult<>(Product.of(5, "p5"), ServedBy.L2));
		a.close();
		assertThat(this.writer.stored).hasSize(20).containsEntry(20L, Product.of(20, "p20"));
	}

	@Test
	void writeBehindFlushesOnItsInterval() {
		LayeredCache<Long, Product> cache = this.redis.track(this.redis.products("products")
			.writePolicy(WritePolicy.WRITE_BEHIND, this.writer)
			.writeBehind(Duration.ofMillis(50), 1_000, Duration.ofMillis(10), Duration.ofMillis(100),
					Duration.ofSeconds(10))
			.build());
		cache.put(1L, Product.of(1, "lamp"));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.writer.stored.equals(Map.of(1L, Product.of(1, "lamp"))));
	}

}
