package com.scalemart.platform.cache;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances that share Redis: changes made through one reach the other's L1.
 */
class InvalidationIntegrationTests {

	private final RedisFixture redis = new RedisFixture();

	/** The system of record of the test. */
	private final AtomicReference<Product> database = new AtomicReference<>(Product.of(1, "old"));

	private final SimpleMeterRegistry registryB = new SimpleMeterRegistry();

	@AfterEach
	void cleanUp() {
		this.redis.close();
	}

	private LayeredCache<Long, Product> instance(SimpleMeterRegistry registry) {
		LayeredCache<Long, Product> cache = this.redis
			.track(this.redis.products("products").meterRegistry(registry).build());
		await().atMost(Duration.ofSeconds(10)).until(cache::isReceivingInvalidations);
		return cache;
	}

	private Product load(long id) {
		return this.database.get();
	}

	@Test
	void invalidateThroughOneInstanceEvictsTheL1OfTheOther() {
		LayeredCache<Long, Product> a = instance(new SimpleMeterRegistry());
		LayeredCache<Long, Product> b = instance(this.registryB);
		a.get(1L, this::load);
		assertThat(b.get(1L, this::load).servedBy()).isEqualTo(ServedBy.L2);
		assertThat(b.get(1L, this::load).servedBy()).isEqualTo(ServedBy.L1);

		this.database.set(Product.of(1, "new"));
		a.invalidate(1L);

		assertThat(this.redis.get(this.redis.valueKey("products", 1))).as("L2 deleted").isNull();
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.registryB.get("scalemart.cache.invalidation.propagation").timer().count() == 1);
		// the message has arrived: from now on B never serves the old value
		for (int i = 0; i < 50; i++) {
			assertThat(b.get(1L, this::load).value()).isEqualTo(Product.of(1, "new"));
		}
		assertThat(this.registryB.get("scalemart.cache.invalidation.propagation").timer().max(TimeUnit.MILLISECONDS))
			.as("published and received on one machine")
			.isLessThan(1_000);
	}

	@Test
	void aWriteThroughOneInstanceReachesTheOther() {
		LayeredCache<Long, Product> a = instance(new SimpleMeterRegistry());
		LayeredCache<Long, Product> b = instance(this.registryB);
		b.get(1L, this::load);
		a.put(1L, Product.of(1, "written"));
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(b.get(1L, this::load))
				.isEqualTo(new CacheResult<>(Product.of(1, "written"), ServedBy.L1)));
		assertThat(this.registryB.get("scalemart.cache.invalidation.propagation").timer().count()).isEqualTo(1);
	}

	@Test
	void anInstanceIgnoresItsOwnMessages() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		LayeredCache<Long, Product> a = instance(registry);
		a.put(1L, Product.of(1, "written"));
		instance(this.registryB).invalidate(2L);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> registry.get("scalemart.cache.invalidation.propagation").timer().count() == 1);
		assertThat(a.get(1L, this::load).servedBy()).as("its own put was not evicted").isEqualTo(ServedBy.L1);
	}

	@Test
	void malformedMessagesAreCountedAndIgnored() {
		LayeredCache<Long, Product> a = instance(this.registryB);
		a.get(1L, this::load);
		this.redis.endpoint.withCommands(Duration.ofSeconds(5), "start Redis",
				(commands) -> commands.publish(this.redis.prefix + "cache:products:invalidations", "garbage"));
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.registryB.get("scalemart.cache.invalidation.malformed").counter().count() == 1);
		assertThat(a.get(1L, this::load).servedBy()).isEqualTo(ServedBy.L1);
	}

	/**
	 * B reads the old value from L2 just before A deletes it, and stores it in its L1
	 * just after A's message evicted B's L1. The epoch tombstone keeps it out.
	 */
	@Test
	void aLoadThatReadL2BeforeTheInvalidationDoesNotPutTheOldValueBackInL1() throws Exception {
		LayeredCache<Long, Product> a = instance(new SimpleMeterRegistry());
		a.get(1L, this::load);
		CountDownLatch readL2 = new CountDownLatch(1);
		CountDownLatch messageArrived = new CountDownLatch(1);
		JsonValueCodec<Product> json = JsonValueCodec.of(Product.class);
		ValueCodec<Product> slowDecoder = new ValueCodec<>() {

			@Override
			public byte[] encode(Product value) {
				return json.encode(value);
			}

			@Override
			public Product decode(byte[] bytes) {
				readL2.countDown();
				await().atMost(Duration.ofSeconds(10)).until(() -> messageArrived.getCount() == 0);
				return json.decode(bytes);
			}

		};
		LayeredCache<Long, Product> b = this.redis
			.track(this.redis.products("products").codec(slowDecoder).meterRegistry(this.registryB).build());
		await().atMost(Duration.ofSeconds(10)).until(b::isReceivingInvalidations);
		try (ExecutorService thread = Executors.newSingleThreadExecutor()) {
			Future<CacheResult<Product>> inFlight = thread.submit(() -> b.get(1L, this::load));
			assertThat(readL2.await(10, TimeUnit.SECONDS)).isTrue();
			this.database.set(Product.of(1, "new"));
			a.invalidate(1L);
			await().atMost(Duration.ofSeconds(5))
				.until(() -> this.registryB.get("scalemart.cache.invalidation.propagation").timer().count() == 1);
			messageArrived.countDown();
			assertThat(inFlight.get(10, TimeUnit.SECONDS))
				.as("the read that began before the update may return the old value")
				.isEqualTo(new CacheResult<>(Product.of(1, "old"), ServedBy.L2));
		}
		assertThat(b.get(1L, this::load)).as("but it was not kept")
			.isEqualTo(new CacheResult<>(Product.of(1, "new"), ServedBy.MISS));
	}

	/**
	 * B reads the old row from the database, A updates the row and the cache, then B's
	 * load finishes: its stale result must not replace A's value in L2.
	 */
	@Test
	void aLoadThatReadTheDatabaseBeforeAWriteDoesNotOverwriteItInL2() throws Exception {
		LayeredCache<Long, Product> a = instance(new SimpleMeterRegistry());
		LayeredCache<Long, Product> b = instance(this.registryB);
		CountDownLatch readDatabase = new CountDownLatch(1);
		CountDownLatch written = new CountDownLatch(1);
		try (ExecutorService thread = Executors.newSingleThreadExecutor()) {
			Future<CacheResult<Product>> slowLoad = thread.submit(() -> b.get(1L, (id) -> {
				Product old = this.database.get();
				readDatabase.countDown();
				await().atMost(Duration.ofSeconds(10)).until(() -> written.getCount() == 0);
				return old;
			}));
			assertThat(readDatabase.await(10, TimeUnit.SECONDS)).isTrue();
			this.database.set(Product.of(1, "new"));
			a.put(1L, Product.of(1, "new"));
			written.countDown();
			assertThat(slowLoad.get(10, TimeUnit.SECONDS).value()).isEqualTo(Product.of(1, "old"));
		}
		assertThat(this.redis.get(this.redis.valueKey("products", 1))).contains("\"name\":\"new\"");
		assertThat(b.get(1L, this::load).value()).isEqualTo(Product.of(1, "new"));
	}

}
