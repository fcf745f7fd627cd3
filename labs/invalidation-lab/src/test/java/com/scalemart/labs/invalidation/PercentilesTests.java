package com.scalemart.labs.invalidation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PercentilesTests {

	@Test
	void nearestRankOnAHundredSamples() {
		long[] samples = new long[100];
		for (int i = 0; i < 100; i++) {
			samples[i] = 100 - i;
		}
		Percentiles percentiles = Percentiles.of(samples);
		assertThat(percentiles.p50()).isEqualTo(50);
		assertThat(percentiles.p90()).isEqualTo(90);
		assertThat(percentiles.p99()).isEqualTo(99);
		assertThat(percentiles.max()).isEqualTo(100);
		assertThat(percentiles.count()).isEqualTo(100);
	}

	@Test
	void oneSampleIsEveryPercentile() {
		Percentiles percentiles = Percentiles.of(new long[] { 7 });
		assertThat(percentiles.p50()).isEqualTo(7);
		assertThat(percentiles.p99()).isEqualTo(7);
	}

	@Test
	void noSamplesIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.of(new long[0]));
	}

	@Test
	void theReportNamesTheCommandAndTheFigures() {
		String report = InvalidationLab.report(10, Percentiles.of(new long[] { 1500, 2500 }), "embedded");
		assertThat(report).contains("| 2 | 1.50 ms |").contains("exec:java").contains("< 100 ms");
	}

}
