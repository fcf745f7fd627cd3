package com.scalemart.labs.cache;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ZipfTraceTests {

	@Test
	void theSameSeedGivesTheSameTrace() {
		assertThat(ZipfTrace.generate(1_000, 10_000, 0.99, 42)).isEqualTo(ZipfTrace.generate(1_000, 10_000, 0.99, 42));
		assertThat(ZipfTrace.generate(1_000, 10_000, 0.99, 42))
			.isNotEqualTo(ZipfTrace.generate(1_000, 10_000, 0.99, 43));
	}

	@Test
	void frequenciesFollowZipfsLaw() {
		int keys = 1_000;
		int requests = 500_000;
		int[] counts = new int[keys];
		for (int key : ZipfTrace.generate(keys, requests, 0.99, 1)) {
			counts[key]++;
		}
		double[] expected = ZipfTrace.probabilities(keys, 0.99);
		// the head, where counts are large enough for a tight check
		for (int rank = 1; rank <= 10; rank++) {
			assertThat((double) counts[rank - 1] / requests).as("rank %d", rank)
				.isCloseTo(expected[rank - 1], within(expected[rank - 1] * 0.05));
		}
		// rank 1 about 2^0.99 times as popular as rank 2, and 10^0.99 times rank 10
		assertThat((double) counts[0] / counts[1]).isCloseTo(Math.pow(2, 0.99), within(0.1));
		assertThat((double) counts[0] / counts[9]).isCloseTo(Math.pow(10, 0.99), within(0.6));
		// the tail is still drawn: most keys appear at all
		long seen = java.util.Arrays.stream(counts).filter((count) -> count > 0).count();
		assertThat(seen).isGreaterThan(990);
	}

	@Test
	void exponentZeroIsUniform() {
		int[] counts = new int[10];
		for (int key : ZipfTrace.generate(10, 100_000, 0, 5)) {
			counts[key]++;
		}
		for (int count : counts) {
			assertThat(count).isBetween(9_500, 10_500);
		}
	}

	@Test
	void probabilitiesSumToOne() {
		double sum = 0;
		for (double p : ZipfTrace.probabilities(100_000, 0.99)) {
			sum += p;
		}
		assertThat(sum).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void refusesEmptyTracesAndNegativeSkew() {
		assertThatIllegalArgumentException().isThrownBy(() -> ZipfTrace.generate(0, 10, 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> ZipfTrace.generate(10, 0, 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> ZipfTrace.generate(10, 10, -1, 1))
			.withMessageContaining("exponent must be non-negative");
	}

}
