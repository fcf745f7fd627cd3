package com.scalemart.labs.replication;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LagStatsTests {

	@Test
	void nearestRankPercentiles() {
		double[] samples = new double[100];
		for (int i = 0; i < 100; i++) {
			samples[i] = (i + 1) / 100.0;
		}
		LagStats stats = LagStats.of(samples);
		assertThat(stats.p50()).isEqualTo(0.50);
		assertThat(stats.p99()).isEqualTo(0.99);
		assertThat(stats.max()).isEqualTo(1.0);
		assertThat(stats.samples()).isEqualTo(100);
	}

	@Test
	void noSamplesGiveNotANumber() {
		assertThat(LagStats.of(new double[0]).p99()).isNaN();
	}

}
