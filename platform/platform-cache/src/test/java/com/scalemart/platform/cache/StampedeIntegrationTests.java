package com.scalemart.platform.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many concurrent misses on one cold key, on two instances sharing Redis.
 */
class StampedeIntegrationTests {

	private static final int REQUESTS = 1_000;

	private final RedisFixture redis = new RedisFixture();

	@AfterEach
	void cleanUp() {
		this.redis.close();
	}

	@Test
	void thousandConcurrentMissesOnTwoInstancesLoadOnce() throws Exception {
		SimpleMeterRegistry registryA = new SimpleMeterRegistry();
		SimpleMeterRegistry registryB = new SimpleMeterRegistry();
		LayeredCache<Long, Product> a = this.redis
			.track(this.redis.products("products").meterRegistry(registryA).build());
		LayeredCache<Long, Product> b = this.redis
			.track(this.redis.products("products").meterRegistry(registryB).build());
		AtomicInteger loadsA = new AtomicInteger();
		AtomicInteger loadsB = new AtomicInteger();
		AtomicInteger started = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<CacheResult<Product>>> results = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < REQUESTS; i++) {
				LayeredCache<Long, Product> cache = (i % 2 == 0) ? a : b;
				AtomicInteger loads = (i % 2 == 0) ? loadsA : loadsB;
				results.add(threads.submit(() -> {
					go.await();
					started.incrementAndGet();
					return cache.get(42L, (id) -> {
						loads.incrementAndGet();
						// the database answers only once every request has been made
						await().atMost(Duration.ofSeconds(20)).until(() -> release.getCount() == 0);
						return Product.of(id, "answer");
					});
				}));
			}
			go.countDown();
			await().atMost(Duration.ofSeconds(20)).until(() -> started.get() == REQUESTS);
			release.countDown();
			for (Future<CacheResult<Product>> result : results) {
				assertThat(result.get(30, TimeUnit.SECONDS).value()).isEqualTo(Product.of(42, "answer"));
			}
		}
		assertThat(loadsA.get()).isLessThanOrEqualTo(1);
		assertThat(loadsB.get()).isLessThanOrEqualTo(1);
		assertThat(loadsA.get() + loadsB.get()).as("database loads in all").isEqualTo(1);
		double servedByHolder = registryA.get("scalemart.cache.l2.lock")
			.tag("outcome", "served-by-holder")
			.counter()
			.count() + registryB.get("scalemart.cache.l2.lock").tag("outcome", "served-by-holder").counter().count();
		assertThat(servedByHolder).as("the other instance waited for the lock holder").isEqualTo(1);
	}

	@Test
	void aWaiterLoadsAnywayWhenTheLockHolderDiedAndNeverFilledL2() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		LayeredCache<Long, Product> cache = this.redis.track(this.redis.products("products")
			.loadLock(Duration.ofSeconds(30), Duration.ofMillis(200), Duration.ofMillis(10))
			.meterRegistry(registry)
			.build());
		// an instance that crashed while loading left its lock behind
		this.redis.endpoint.withCommands(Duration.ofSeconds(5), "start Redis",
				(commands) -> commands.set(this.redis.prefix + "cache:products:{7}:lock", "dead-instance"));
		long start = System.nanoTime();
		assertThat(cache.get(7L, (id) -> Product.of(id, "seven")))
			.isEqualTo(new CacheResult<>(Product.of(7, "seven"), ServedBy.MISS));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
		assertThat(registry.get("scalemart.cache.l2.lock").tag("outcome", "timed-out").counter().count()).isEqualTo(1);
		assertThat(this.redis.get(this.redis.valueKey("products", 7))).as("the late load still fills L2")
			.startsWith("V");
	}

	@Test
	void aWaiterTakesTheLockWhenTheHolderReleasedItWithoutFillingL2() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		LayeredCache<Long, Product> cache = this.redis.track(this.redis.products("products")
			.loadLock(Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofMillis(10))
			.meterRegistry(registry)
			.build());
		String lock = this.redis.prefix + "cache:products:{8}:lock";
		this.redis.endpoint.withCommands(Duration.ofSeconds(5), "start Redis",
				(commands) -> commands.set(lock, "other"));
		AtomicInteger loads = new AtomicInteger();
		try (ExecutorService thread = Executors.newSingleThreadExecutor()) {
			Future<CacheResult<Product>> result = thread.submit(() -> cache.get(8L, (id) -> {
				loads.incrementAndGet();
				return Product.of(id, "eight");
			}));
			await().atMost(Duration.ofSeconds(5))
				.until(() -> registry.get("scalemart.cache.misses").tag("level", "l2").counter().count() == 1);
			// the holder's load failed: it released the lock and left L2 empty
			this.redis.endpoint.withCommands(Duration.ofSeconds(5), "start Redis", (commands) -> commands.del(lock));
			assertThat(result.get(10, TimeUnit.SECONDS).servedBy()).isEqualTo(ServedBy.MISS);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
		assertThat(loads).hasValue(1);
		assertThat(registry.get("scalemart.cache.l2.lock").tag("outcome", "acquired").counter().count()).isEqualTo(1);
		assertThat(registry.get("scalemart.cache.l2.lock").tag("outcome", "timed-out").counter().count()).isZero();
	}

}
