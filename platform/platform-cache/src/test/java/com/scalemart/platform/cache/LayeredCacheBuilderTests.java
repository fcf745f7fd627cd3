package com.scalemart.platform.cache;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LayeredCacheBuilderTests {

	@Test
	void refusesNamesThatDoNotFitRedisKeysAndTags() {
		assertThatIllegalArgumentException().isThrownBy(() -> LayeredCache.builder("my products"))
			.withMessageContaining("cache name 'my products'");
		assertThatIllegalArgumentException().isThrownBy(() -> LayeredCache.builder(""));
	}

	@Test
	void refusesSizesAndDurationsOutOfRange() {
		LayeredCacheBuilder<Long, Product> builder = LayeredCache.builder("products");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.l1MaximumSize(0))
			.withMessage("l1MaximumSize must be positive, was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.l1MaximumSize(-5))
			.withMessage("l1MaximumSize must be positive, was -5");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.ttl(Duration.ZERO))
			.withMessageContaining("ttl must be at least 1 ms");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.ttlJitter(1.0))
			.withMessage("ttlJitter must be in [0, 1), was 1.0");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.ttlJitter(-0.1));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.negativeTtl(Duration.ofSeconds(-1)))
			.withMessageContaining("negativeTtl must not be negative");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.loadLock(Duration.ofSeconds(1), Duration.ofMillis(5), Duration.ofMillis(10)))
			.withMessageContaining("lockWait must be at least pollInterval");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.loadLock(Duration.ZERO, Duration.ofSeconds(1), Duration.ofMillis(10)))
			.withMessageContaining("lockTtl must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.l2RetryInterval(Duration.ZERO))
			.withMessageContaining("l2RetryInterval must be positive");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.writeBehind(Duration.ofMillis(100), 0, Duration.ofMillis(10),
					Duration.ofSeconds(1), Duration.ofSeconds(1)))
			.withMessage("batchSize must be positive, was 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.writeBehind(Duration.ofMillis(100), 10, Duration.ofSeconds(2),
					Duration.ofSeconds(1), Duration.ofSeconds(1)))
			.withMessageContaining("maxBackoff PT1S is shorter than initialBackoff PT2S");
	}

	@Test
	void l2NeedsRedis() {
		assertThatIllegalStateException().isThrownBy(
				() -> LayeredCache.<Long, Product>builder("products").codec(JsonValueCodec.of(Product.class)).build())
			.withMessageContaining("levels L1_AND_L2 need Redis");
	}

	@Test
	void l2NeedsACodec() {
		// never started: the builder fails before it would connect
		LettuceConnectionFactory unused = new LettuceConnectionFactory();
		assertThatIllegalStateException()
			.isThrownBy(() -> LayeredCache.<Long, Product>builder("products")
				.levels(Levels.L2_ONLY)
				.redis(unused, "t:")
				.build())
			.withMessageContaining("levels L2_ONLY need a codec");
	}

	@Test
	void negativeEntriesMustNotOutliveValues() {
		assertThatIllegalStateException()
			.isThrownBy(() -> LayeredCache.<Long, Product>builder("products")
				.levels(Levels.L1_ONLY)
				.ttl(Duration.ofSeconds(10))
				.negativeTtl(Duration.ofSeconds(11))
				.build())
			.withMessageContaining("negativeTtl PT11S is longer than ttl PT10S");
	}

	@Test
	void writeThroughAndWriteBehindNeedAWriter() {
		assertThatIllegalStateException()
			.isThrownBy(() -> LayeredCache.<Long, Product>builder("products")
				.levels(Levels.L1_ONLY)
				.writePolicy(WritePolicy.WRITE_THROUGH)
				.build())
			.withMessageContaining("WRITE_THROUGH needs a CacheWriter");
		assertThatIllegalStateException()
			.isThrownBy(() -> LayeredCache.<Long, Product>builder("products")
				.levels(Levels.L1_ONLY)
				.writePolicy(WritePolicy.WRITE_BEHIND, null)
				.build())
			.withMessageContaining("WRITE_BEHIND needs a CacheWriter");
	}

	@Test
	void cacheAsideRefusesAWriterItWouldNeverCall() {
		assertThatIllegalStateException().isThrownBy(() -> LayeredCache.<Long, Product>builder("products")
			.levels(Levels.L1_ONLY)
			.writePolicy(WritePolicy.CACHE_ASIDE, (key, value) -> {
			})
			.build()).withMessageContaining("CACHE_ASIDE never calls a writer");
	}

}
