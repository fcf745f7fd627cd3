package com.scalemart.platform.cache;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The levels without Redis: L1 only and OFF.
 */
class L1OnlyCacheTests {

	private final MutableClock clock = new MutableClock();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final AtomicInteger loads = new AtomicInteger();

	private LayeredCacheBuilder<Long, Product> builder() {
		return LayeredCache.<Long, Product>builder("products")
			.levels(Levels.L1_ONLY)
			.ttl(Duration.ofSeconds(60))
			.ttlJitter(0.1)
			.negativeTtl(Duration.ofSeconds(5))
			.clock(this.clock)
			.meterRegistry(this.registry);
	}

	private Product load(long id) {
		this.loads.incrementAndGet();
		return (id > 0) ? Product.of(id, "p" + id) : null;
	}

	@Test
	void loadsOnceThenServesFromL1UntilTheJitteredTtl() {
		try (LayeredCache<Long, Product> cache = builder().build()) {
			assertThat(cache.get(1L, this::load).servedBy()).isEqualTo(ServedBy.MISS);
			assertThat(cache.get(1L, this::load)).isEqualTo(new CacheResult<>(Product.of(1, "p1"), ServedBy.L1));
			this.clock.advance(Duration.ofSeconds(53));
			assertThat(cache.get(1L, this::load).servedBy()).as("within ttl × 0.9").isEqualTo(ServedBy.L1);
			this.clock.advance(Duration.ofSeconds(14));
			assertThat(cache.get(1L, this::load).servedBy()).as("past ttl × 1.1").isEqualTo(ServedBy.MISS);
			assertThat(this.loads).hasValue(2);
		}
	}

	@Test
	void absentIsCachedForTheShorterNegativeTtl() {
		try (LayeredCache<Long, Product> cache = builder().build()) {
			assertThat(cache.get(-1L, this::load)).isEqualTo(new CacheResult<>(null, ServedBy.MISS));
			CacheResult<Product> again = cache.get(-1L, this::load);
			assertThat(again).isEqualTo(new CacheResult<>(null, ServedBy.L1));
			assertThat(again.isPresent()).isFalse();
			this.clock.advance(Duration.ofMillis(5_501));
			assertThat(cache.get(-1L, this::load).servedBy()).isEqualTo(ServedBy.MISS);
			assertThat(this.loads).hasValue(2);
		}
	}

	@Test
	void aZeroNegativeTtlTurnsNegativeCachingOff() {
		try (LayeredCache<Long, Product> cache = builder().negativeTtl(Duration.ZERO).build()) {
			cache.get(-1L, this::load);
			assertThat(cache.get(-1L, this::load).servedBy()).isEqualTo(ServedBy.MISS);
			assertThat(this.loads).hasValue(2);
		}
	}

	@Test
	void sizeBoundEvictsAndCountsEvictions() {
		try (LayeredCache<Long, Product> cache = builder().l1MaximumSize(10).build()) {
			for (long id = 1; id <= 200; id++) {
				cache.get(id, this::load);
			}
			await().atMost(Duration.ofSeconds(5))
				.until(() -> this.registry.get("scalemart.cache.evictions")
					.tag("level", "l1")
					.functionCounter()
					.count() >= 190);
			assertThat(this.registry.get("scalemart.cache.entries").tag("level", "l1").gauge().value())
				.isLessThanOrEqualTo(10);
		}
	}

	@Test
	void offCallsTheLoaderEveryTime() {
		try (LayeredCache<Long, Product> cache = builder().levels(Levels.OFF).build()) {
			cache.get(1L, this::load);
			assertThat(cache.get(1L, this::load).servedBy()).isEqualTo(ServedBy.MISS);
			cache.put(1L, Product.of(1, "written"));
			assertThat(cache.get(1L, this::load).value()).isEqualTo(Product.of(1, "p1"));
			Map<Long, CacheResult<Product>> many = cache.getAll(List.of(1L, 2L),
					(ids) -> Map.of(1L, Product.of(1, "x")));
			assertThat(many).containsEntry(1L, new CacheResult<>(Product.of(1, "x"), ServedBy.MISS))
				.containsEntry(2L, new CacheResult<>(null, ServedBy.MISS));
			assertThat(this.loads).hasValue(3);
		}
	}

	@Test
	void putAndInvalidateChangeL1() {
		try (LayeredCache<Long, Product> cache = builder().build()) {
			cache.put(1L, Product.of(1, "written"));
			assertThat(cache.get(1L, this::load)).isEqualTo(new CacheResult<>(Product.of(1, "written"), ServedBy.L1));
			cache.invalidate(1L);
			assertThat(cache.get(1L, this::load)).isEqualTo(new CacheResult<>(Product.of(1, "p1"), ServedBy.MISS));
			assertThat(cache.isReceivingInvalidations()).isFalse();
		}
	}

	@Test
	void loaderExceptionsReachTheCallerAndAreNotCached() {
		try (LayeredCache<Long, Product> cache = builder().build()) {
			assertThatIllegalStateException().isThrownBy(() -> cache.get(1L, (id) -> {
				throw new IllegalStateException("database down");
			})).withMessage("database down");
			assertThat(cache.get(1L, this::load).servedBy()).isEqualTo(ServedBy.MISS);
			assertThat(this.registry.get("scalemart.cache.load").tag("result", "error").timer().count()).isEqualTo(1);
		}
	}

	@Test
	void closedCachesRefuseCallsAndRemoveTheirMeters() {
		LayeredCache<Long, Product> cache = builder().build();
		cache.get(1L, this::load);
		cache.close();
		cache.close();
		assertThatIllegalStateException().isThrownBy(() -> cache.get(1L, this::load))
			.withMessage("cache 'products' is closed");
		assertThat(this.registry.find("scalemart.cache.hits").meters()).isEmpty();
	}

	@Test
	void nullKeysAreRefused() {
		try (LayeredCache<Long, Product> cache = builder().build()) {
			assertThatNullPointerException().isThrownBy(() -> cache.getAll(Arrays.asList(1L, null), (ids) -> Map.of()))
				.withMessage("keys must not contain null");
		}
	}

}
