package com.scalemart.loadtest.simulation;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ZipfIdsTests {

	@Test
	void theSameSeedDrawsTheSameIds() {
		assertThat(draw(new ZipfIds(1_000, 0.99, 7), 500)).containsExactly(draw(new ZipfIds(1_000, 0.99, 7), 500));
		assertThat(draw(new ZipfIds(1_000, 0.99, 8), 500)).isNotEqualTo(draw(new ZipfIds(1_000, 0.99, 7), 500));
	}

	@Test
	void idsStayWithinOneToCount() {
		assertThat(LongStream.of(draw(new ZipfIds(50, 0.99, 1), 20_000)).min().getAsLong()).isEqualTo(1);
		assertThat(LongStream.of(draw(new ZipfIds(50, 0.99, 1), 20_000)).max().getAsLong()).isEqualTo(50);
	}

	@Test
	void theMostPopularIdIsDrawnAsZipfPredicts() {
		// P(1) = 1 / H(100, 0.99), where H is the generalized harmonic number
		double harmonic = LongStream.rangeClosed(1, 100).mapToDouble((rank) -> 1 / Math.pow(rank, 0.99)).sum();
		long[] ids = draw(new ZipfIds(100, 0.99, 42), 200_000);
		double first = LongStream.of(ids).filter((id) -> id == 1).count() / (double) ids.length;
		double tenth = LongStream.of(ids).filter((id) -> id == 10).count() / (double) ids.length;
		assertThat(first).isCloseTo(1 / harmonic, org.assertj.core.data.Offset.offset(0.005));
		assertThat(tenth).isCloseTo(1 / Math.pow(10, 0.99) / harmonic, org.assertj.core.data.Offset.offset(0.003));
	}

	@Test
	void exponentZeroIsUniform() {
		long[] ids = draw(new ZipfIds(4, 0, 3), 40_000);
		for (long id = 1; id <= 4; id++) {
			long wanted = id;
			assertThat(LongStream.of(ids).filter((drawn) -> drawn == wanted).count()).isBetween(9_500L, 10_500L);
		}
	}

	@Test
	void drawsTheSequenceOfTheOfflineLabsTraceShiftedByOne() {
		// labs/cache-lab's ZipfTrace, restated: SplittableRandom(seed).nextDouble()
		// looked
		// up in the cumulative distribution by binary search; its key k is our id k + 1
		java.util.SplittableRandom random = new java.util.SplittableRandom(42);
		double[] cumulative = new double[10];
		double total = 0;
		for (int rank = 1; rank <= 10; rank++) {
			total += 1 / Math.pow(rank, 0.99);
		}
		double sum = 0;
		for (int rank = 1; rank <= 10; rank++) {
			sum += (1 / Math.pow(rank, 0.99)) / total;
			cumulative[rank - 1] = sum;
		}
		cumulative[9] = 1.0;
		ZipfIds ids = new ZipfIds(10, 0.99, 42);
		for (int i = 0; i < 1_000; i++) {
			int found = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
			int key = Math.min(9, (found >= 0) ? found + 1 : -found - 1);
			assertThat(ids.next()).isEqualTo(key + 1L);
		}
	}

	@Test
	void badParametersAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ZipfIds(0, 0.99, 1))
			.withMessage("count must be positive, was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> new ZipfIds(10, -1, 1))
			.withMessage("exponent must be non-negative, was -1.0");
	}

	private static long[] draw(ZipfIds ids, int count) {
		long[] drawn = new long[count];
		for (int i = 0; i < count; i++) {
			drawn[i] = ids.next();
		}
		return drawn;
	}

}
