package com.scalemart.platform.cache;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JitteredTtlTests {

	@Test
	void spreadsOverBaseTimesOnePlusOrMinusJitter() {
		assertThat(new JitteredTtl(Duration.ofSeconds(10), 0.1, () -> 0.0).nextMillis()).isEqualTo(9_000);
		assertThat(new JitteredTtl(Duration.ofSeconds(10), 0.1, () -> 0.5).nextMillis()).isEqualTo(10_000);
		assertThat(new JitteredTtl(Duration.ofSeconds(10), 0.1, () -> 0.999_999).nextMillis()).isEqualTo(11_000);
		assertThat(new JitteredTtl(Duration.ofSeconds(10), 0.1, () -> 0.0).maxMillis()).isEqualTo(11_000);
	}

	@Test
	void randomTtlsStayInRangeAndDiffer() {
		JitteredTtl ttl = JitteredTtl.of(Duration.ofSeconds(10), 0.2);
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < 1_000; i++) {
			long next = ttl.nextMillis();
			assertThat(next).isBetween(8_000L, 12_000L);
			seen.add(next);
		}
		assertThat(seen).hasSizeGreaterThan(100);
	}

	@Test
	void withoutJitterEveryTtlIsTheBase() {
		JitteredTtl ttl = JitteredTtl.of(Duration.ofMillis(1_500), 0);
		assertThat(ttl.nextMillis()).isEqualTo(1_500);
		assertThat(ttl.maxMillis()).isEqualTo(1_500);
	}

	@Test
	void neverReturnsLessThanOneMillisecond() {
		assertThat(new JitteredTtl(Duration.ofMillis(1), 0.9, () -> 0.0).nextMillis()).isEqualTo(1);
	}

}
