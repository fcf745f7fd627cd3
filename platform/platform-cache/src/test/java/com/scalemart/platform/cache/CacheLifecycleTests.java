package com.scalemart.platform.cache;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.context.SmartLifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CacheLifecycleTests {

	private LayeredCache<Long, Product> cache(String name, RecordingWriter writer) {
		return LayeredCache.<Long, Product>builder(name)
			.levels(Levels.L1_ONLY)
			.meterRegistry(new SimpleMeterRegistry())
			.writePolicy(WritePolicy.WRITE_BEHIND, writer)
			.writeBehind(Duration.ofHours(1), 100, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(200))
			.build();
	}

	@Test
	void stopClosesEveryCacheAndDrainsWriteBehind() {
		RecordingWriter writer = new RecordingWriter();
		LayeredCache<Long, Product> products = cache("products", writer);
		LayeredCache<Long, Product> prices = cache("prices", writer);
		CacheLifecycle lifecycle = new CacheLifecycle(products, prices);
		lifecycle.start();
		assertThat(lifecycle.isRunning()).isTrue();
		products.put(1L, Product.of(1, "lamp"));
		lifecycle.stop();
		assertThat(lifecycle.isRunning()).isFalse();
		assertThat(writer.stored).containsKey(1L);
		assertThatIllegalStateException().isThrownBy(() -> prices.get(1L, (id) -> null));
	}

	@Test
	void aCacheThatFailsToCloseDoesNotKeepTheOthersOpen() {
		RecordingWriter failing = new RecordingWriter();
		failing.failuresLeft.set(Integer.MAX_VALUE);
		LayeredCache<Long, Product> broken = cache("broken", failing);
		LayeredCache<Long, Product> fine = cache("fine", new RecordingWriter());
		broken.put(1L, Product.of(1, "lamp"));
		CacheLifecycle lifecycle = new CacheLifecycle(broken, fine);
		assertThatExceptionOfType(WriteBehindException.class).isThrownBy(lifecycle::stop);
		assertThatIllegalStateException().isThrownBy(() -> fine.get(1L, (id) -> null));
	}

	@Test
	void stopsBeforeTheRedisConnectionFactoryAndAfterTheWebServer() {
		assertThat(new CacheLifecycle().getPhase()).isGreaterThan(0).isLessThan(SmartLifecycle.DEFAULT_PHASE - 2048);
	}

}
