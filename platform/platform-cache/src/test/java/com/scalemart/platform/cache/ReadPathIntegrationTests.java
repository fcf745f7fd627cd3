package com.scalemart.platform.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Reads through L1, L2 (the test Redis) and the loader.
 */
class ReadPathIntegrationTests {

	private final RedisFixture redis = new RedisFixture();

	private final AtomicInteger loads = new AtomicInteger();

	private final MutableClock clock = new MutableClock();

	@AfterEach
	void cleanUp() {
		this.redis.close();
	}

	private Product load(long id) {
		this.loads.incrementAndGet();
		return (id > 0) ? Product.of(id, "p" + id) : null;
	}

	private LayeredCache<Long, Product> cache(MeterRegistry registry) {
		return this.redis.track(this.redis.products("products")
			.ttl(Duration.ofSeconds(60))
			.ttlJitter(0.1)
			.negativeTtl(Duration.ofSeconds(5))
			.clock(this.clock)
			.meterRegistry(registry)
			.build());
	}

	@Test
	void aLoadedValueFillsL2ThenL1AndAnotherInstanceFindsItInL2() {
		LayeredCache<Long, Product> a = cache(new SimpleMeterRegistry());
		LayeredCache<Long, Product> b = cache(new SimpleMeterRegistry());
		assertThat(a.get(1L, this::load)).isEqualTo(new CacheResult<>(Product.of(1, "p1"), ServedBy.MISS));
		assertThat(this.redis.get(this.redis.valueKey("products", 1)))
			.isEqualTo("V{\"id\":1,\"name\":\"p1\",\"priceCents\":100}");
		assertThat(a.get(1L, this::load).servedBy()).isEqualTo(ServedBy.L1);
		assertThat(b.get(1L, this::load)).isEqualTo(new CacheResult<>(Product.of(1, "p1"), ServedBy.L2));
		assertThat(b.get(1L, this::load).servedBy()).as("L2 filled B's L1").isEqualTo(ServedBy.L1);
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void l1ExpiresOnItsOwnClockAndRefillsFromL2() {
		LayeredCache<Long, Product> cache = cache(new SimpleMeterRegistry());
		cache.get(1L, this::load);
		this.clock.advance(Duration.ofSeconds(67));
		assertThat(cache.get(1L, this::load).servedBy()).isEqualTo(ServedBy.L2);
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void l2TtlsAreJitteredAroundTheTtl() {
		LayeredCache<Long, Product> cache = cache(new SimpleMeterRegistry());
		Set<Long> ttls = new HashSet<>();
		for (long id = 1; id <= 50; id++) {
			cache.get(id, this::load);
			long pttl = this.redis.pttl(this.redis.valueKey("products", id));
			assertThat(pttl).isBetween(50_000L, 66_000L);
			ttls.add(pttl / 100);
		}
		assertThat(ttls).as("expiries spread out").hasSizeGreaterThan(10);
	}

	@Test
	void absentIsCachedOnBothLevelsForTheNegativeTtl() {
		LayeredCache<Long, Product> a = cache(new SimpleMeterRegistry());
		LayeredCache<Long, Product> b = cache(new SimpleMeterRegistry());
		assertThat(a.get(-1L, this::load)).isEqualTo(new CacheResult<>(null, ServedBy.MISS));
		assertThat(a.get(-1L, this::load)).isEqualTo(new CacheResult<>(null, ServedBy.L1));
		assertThat(b.get(-1L, this::load)).isEqualTo(new CacheResult<>(null, ServedBy.L2));
		assertThat(this.redis.get(this.redis.valueKey("products", -1))).isEqualTo("N");
		assertThat(this.redis.pttl(this.redis.valueKey("products", -1))).isBetween(1L, 5_500L);
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void getAllCallsTheLoaderOnceWithOnlyTheKeysBothLevelsMissed() {
		LayeredCache<Long, Product> a = cache(new SimpleMeterRegistry());
		LayeredCache<Long, Product> b = cache(new SimpleMeterRegistry());
		a.get(1L, this::load);
		b.get(2L, this::load);
		List<Set<Long>> calls = new CopyOnWriteArrayList<>();
		Map<Long, CacheResult<Product>> many = a.getAll(List.of(1L, 2L, 3L, -4L, 3L), (missing) -> {
			calls.add(missing);
			return Map.of(3L, Product.of(3, "p3"));
		});
		assertThat(calls).containsExactly(Set.of(3L, -4L));
		assertThat(new ArrayList<>(many.keySet())).containsExactly(1L, 2L, 3L, -4L);
		assertThat(many).containsEntry(1L, new CacheResult<>(Product.of(1, "p1"), ServedBy.L1))
			.containsEntry(2L, new CacheResult<>(Product.of(2, "p2"), ServedBy.L2))
			.containsEntry(3L, new CacheResult<>(Product.of(3, "p3"), ServedBy.MISS))
			.containsEntry(-4L, new CacheResult<>(null, ServedBy.MISS));
		assertThat(b.get(3L, this::load)).isEqualTo(new CacheResult<>(Product.of(3, "p3"), ServedBy.L2));
		assertThat(b.get(-4L, this::load)).isEqualTo(new CacheResult<>(null, ServedBy.L2));
		assertThat(a.getAll(List.of(2L, 3L, -4L), (missing) -> {
			throw new AssertionError("nothing is missing");
		}).values()).extracting(CacheResult::servedBy).containsOnly(ServedBy.L1);
	}

	@Test
	void l2OnlyNeverKeepsValuesInTheJvm() {
		LayeredCache<Long, Product> cache = this.redis.track(this.redis.products("products")
			.levels(Levels.L2_ONLY)
			.meterRegistry(new SimpleMeterRegistry())
			.build());
		cache.get(1L, this::load);
		assertThat(cache.get(1L, this::load).servedBy()).isEqualTo(ServedBy.L2);
		assertThat(cache.isReceivingInvalidations()).isFalse();
	}

	@Test
	void anEntryThatDoesNotDecodeIsAMissAndAnL2Error() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		LayeredCache<Long, Product> cache = cache(registry);
		this.redis.endpoint.withCommands(Duration.ofSeconds(5), "start Redis",
				(commands) -> commands.set(this.redis.valueKey("products", 1), "V{not json"));
		assertThat(cache.get(1L, this::load)).isEqualTo(new CacheResult<>(Product.of(1, "p1"), ServedBy.MISS));
		assertThat(registry.get("scalemart.cache.l2.errors").counter().count()).isEqualTo(1);
	}

	@Test
	void aFailedLoadReleasesItsLockAndIsNotCached() {
		LayeredCache<Long, Product> cache = cache(new SimpleMeterRegistry());
		assertThatIllegalStateException().isThrownBy(() -> cache.get(1L, (id) -> {
			throw new IllegalStateException("database down");
		}));
		assertThat(this.redis.endpoint.countKeys(this.redis.prefix + "cache:products:{1}:lock")).isZero();
		assertThat(cache.get(1L, this::load).servedBy()).isEqualTo(ServedBy.MISS);
	}

	@Test
	void metricsMoveByLevel() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		LayeredCache<Long, Product> a = cache(registry);
		LayeredCache<Long, Product> b = cache(new SimpleMeterRegistry());
		b.get(2L, this::load);
		a.get(1L, this::load); // l1 miss, l2 miss, load
		a.get(1L, this::load); // l1 hit
		a.get(2L, this::load); // l1 miss, l2 hit
		a.get(-3L, this::load); // l1 miss, l2 miss, load absent
		assertThat(count(registry, "scalemart.cache.hits", "l1")).isEqualTo(1);
		assertThat(count(registry, "scalemart.cache.misses", "l1")).isEqualTo(3);
		assertThat(count(registry, "scalemart.cache.hits", "l2")).isEqualTo(1);
		assertThat(count(registry, "scalemart.cache.misses", "l2")).isEqualTo(2);
		assertThat(registry.get("scalemart.cache.load").tag("result", "value").timer().count()).isEqualTo(1);
		assertThat(registry.get("scalemart.cache.load").tag("result", "absent").timer().count()).isEqualTo(1);
		assertThat(registry.get("scalemart.cache.entries").tag("level", "l1").gauge().value()).isEqualTo(3);
		assertThat(registry.get("scalemart.cache.memory.estimated").tag("level", "l1").gauge().value())
			.as("3 entries of about 40 bytes")
			.isBetween(90.0, 200.0);
		assertThat(registry.get("scalemart.cache.l2.lock").tag("outcome", "acquired").counter().count()).isEqualTo(2);
		assertThat(registry.get("scalemart.cache.l2.errors").counter().count()).isZero();
		assertThat(registry.get("scalemart.cache.hits").tag("cache", "products").tag("level", "l1").counter())
			.isNotNull();
	}

	private static double count(MeterRegistry registry, String name, String level) {
		return registry.get(name).tag("level", level).counter().count();
	}

}
