package com.scalemart.labs.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyTests {

	@Test
	void nearestRankPercentilesInMilliseconds() {
		long[] nanos = new long[100];
		for (int i = 0; i < 100; i++) {
			// 100 ms down to 1 ms: the order of the samples does not matter
			nanos[i] = (100 - i) * 1_000_000L;
		}
		Latency latency = Latency.ofNanos(nanos);
		assertThat(latency.count()).isEqualTo(100);
		assertThat(latency.p50Millis()).isEqualTo(50.0);
		assertThat(latency.p99Millis()).isEqualTo(99.0);
		assertThat(latency.maxMillis()).isEqualTo(100.0);
		assertThat(nanos[0]).as("the samples are left as they were").isEqualTo(100_000_000L);
	}

	@Test
	void fewSamplesRoundUpToAnExistingSample() {
		Latency latency = Latency.ofNanos(new long[] { 3_000_000, 1_000_000, 2_000_000 });
		assertThat(latency.p50Millis()).isEqualTo(2.0);
		assertThat(latency.p99Millis()).isEqualTo(3.0);
		assertThat(Latency.ofNanos(new long[] { 1_500_000 }).p50Millis()).isEqualTo(1.5);
	}

	@Test
	void noSamplesGiveNone() {
		Latency none = Latency.ofNanos(new long[0]);
		assertThat(none.count()).isZero();
		assertThat(none.p99Millis()).isNaN();
	}

}
