package com.scalemart.platform.cache;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

class WriteBehindTests {

	private final RecordingWriter writer = new RecordingWriter();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private LayeredCache<Long, Product> cache(Duration flushInterval, int batchSize, Duration closeTimeout) {
		return LayeredCache.<Long, Product>builder("products")
			.levels(Levels.L1_ONLY)
			.meterRegistry(this.registry)
			.writePolicy(WritePolicy.WRITE_BEHIND, this.writer)
			.writeBehind(flushInterval, batchSize, Duration.ofMillis(20), Duration.ofMillis(80), closeTimeout)
			.build();
	}

	@Test
	void putIsServedAtOnceAndWrittenLater() {
		try (LayeredCache<Long, Product> cache = cache(Duration.ofMillis(50), 100, Duration.ofSeconds(5))) {
			cache.put(1L, Product.of(1, "lamp"));
			assertThat(cache.get(1L, (id) -> null)).isEqualTo(new CacheResult<>(Product.of(1, "lamp"), ServedBy.L1));
			await().atMost(Duration.ofSeconds(5)).until(() -> this.writer.stored.containsKey(1L));
			assertThat(cache.pendingWrites()).isZero();
		}
	}

	@Test
	void aFullBatchIsWrittenWithoutWaitingForTheInterval() {
		try (LayeredCache<Long, Product> cache = cache(Duration.ofHours(1), 3, Duration.ofSeconds(5))) {
			for (long id = 1; id <= 3; id++) {
				cache.put(id, Product.of(id, "p" + id));
			}
			await().atMost(Duration.ofSeconds(5)).until(() -> this.writer.stored.size() == 3);
			assertThat(this.writer.batches).hasSize(1);
		}
	}

	@Test
	void repeatedWritesOfAKeyAreCoalescedToTheLast() {
		LayeredCache<Long, Product> cache = cache(Duration.ofHours(1), 100, Duration.ofSeconds(5));
		cache.put(1L, Product.of(1, "first"));
		cache.put(1L, Product.of(1, "second"));
		cache.put(2L, Product.of(2, "other"));
		cache.put(1L, Product.of(1, "third"));
		assertThat(cache.pendingWrites()).isEqualTo(2);
		cache.close();
		assertThat(this.writer.batches).containsExactly(Map.of(1L, Product.of(1, "third"), 2L, Product.of(2, "other")));
	}

	@Test
	void closeWritesEverythingAcknowledgedBeforeItReturns() {
		LayeredCache<Long, Product> cache = cache(Duration.ofHours(1), 7, Duration.ofSeconds(10));
		for (long id = 1; id <= 100; id++) {
			cache.put(id, Product.of(id, "p" + id));
		}
		cache.close();
		assertThat(this.writer.stored).hasSize(100);
		assertThat(this.writer.batches).allSatisfy((batch) -> assertThat(batch).hasSizeLessThanOrEqualTo(7));
		assertThatIllegalStateException().isThrownBy(() -> cache.put(101L, Product.of(101, "late")))
			.withMessageContaining("is closed");
	}

	@Test
	void aFailingWriterIsRetriedWithBackoffUntilItSucceeds() {
		this.writer.failuresLeft.set(3);
		try (LayeredCache<Long, Product> cache = cache(Duration.ofMillis(10), 100, Duration.ofSeconds(10))) {
			cache.put(1L, Product.of(1, "lamp"));
			cache.put(2L, Product.of(2, "desk"));
			await().atMost(Duration.ofSeconds(5)).until(() -> this.writer.stored.size() == 2);
			assertThat(this.writer.attempts).hasValue(4);
			assertThat(this.registry.get("scalemart.cache.write-behind.failures").counter().count()).isEqualTo(3);
			assertThat(this.registry.get("scalemart.cache.write-behind.written").counter().count()).isEqualTo(2);
		}
	}

	@Test
	void aValueQueuedDuringAFailedBatchWinsOverTheRetriedOne() {
		this.writer.failuresLeft.set(1);
		LayeredCache<Long, Product> cache = cache(Duration.ofMillis(10), 100, Duration.ofSeconds(10));
		cache.put(1L, Product.of(1, "old"));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.writer.attempts.get() >= 1);
		cache.put(1L, Product.of(1, "new"));
		cache.close();
		assertThat(this.writer.stored).containsEntry(1L, Product.of(1, "new"));
	}

	@Test
	void closeWithAWriterThatNeverRecoversReportsWhatWasNotWritten() {
		this.writer.failuresLeft.set(Integer.MAX_VALUE);
		LayeredCache<Long, Product> cache = cache(Duration.ofMillis(10), 100, Duration.ofMillis(300));
		cache.put(1L, Product.of(1, "lamp"));
		cache.put(2L, Product.of(2, "desk"));
		assertThatExceptionOfType(WriteBehindException.class).isThrownBy(cache::close)
			.withMessageContaining("2 acknowledged writes could not be written")
			.withCauseInstanceOf(IllegalStateException.class)
			.satisfies((ex) -> assertThat(ex.unwritten())
				.isEqualTo(Map.of(1L, Product.of(1, "lamp"), 2L, Product.of(2, "desk"))));
		assertThat(this.writer.attempts.get()).isGreaterThan(1);
	}

	@Test
	void pendingWritesAreAGauge() {
		LayeredCache<Long, Product> cache = cache(Duration.ofHours(1), 100, Duration.ofSeconds(5));
		cache.put(1L, Product.of(1, "lamp"));
		assertThat(this.registry.get("scalemart.cache.write-behind.pending").gauge().value()).isEqualTo(1);
		cache.close();
	}

}
