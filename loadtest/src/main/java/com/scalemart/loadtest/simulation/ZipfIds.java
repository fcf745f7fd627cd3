package com.scalemart.loadtest.simulation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Product ids drawn from a Zipf distribution: id {@code r} (1-based) with probability
 * proportional to {@code 1 / r^s}, so id 1 is the most popular. It draws exactly the
 * sequence of the offline cache lab's trace for the same size, exponent and seed (its key
 * {@code k} is id {@code k + 1}), so the online and offline hit ratios are of one trace.
 * Draws are synchronized, as Gatling may feed virtual users from several threads.
 */
public final class ZipfIds {

	private final double[] cumulative;

	private final SplittableRandom random;

	/**
	 * @param count how many ids, {@code 1..count}
	 * @param exponent the skew {@code s}, non-negative (0 is uniform)
	 * @param seed the random seed
	 */
	public ZipfIds(int count, double exponent, long seed) {
		if (count <= 0) {
			throw new IllegalArgumentException("count must be positive, was " + count);
		}
		if (exponent < 0 || Double.isNaN(exponent)) {
			throw new IllegalArgumentException("exponent must be non-negative, was " + exponent);
		}
		this.cumulative = cumulative(count, exponent);
		this.random = new SplittableRandom(seed);
	}

	/**
	 * @return the next id, in {@code [1, count]}
	 */
	public synchronized long next() {
		int found = Arrays.binarySearch(this.cumulative, this.random.nextDouble());
		int key = Math.min(this.cumulative.length - 1, (found >= 0) ? found + 1 : -found - 1);
		return key + 1L;
	}

	private static double[] cumulative(int count, double exponent) {
		double[] cumulative = new double[count];
		double total = 0;
		for (int rank = 1; rank <= count; rank++) {
			total += 1 / Math.pow(rank, exponent);
		}
		double sum = 0;
		for (int rank = 1; rank <= count; rank++) {
			sum += (1 / Math.pow(rank, exponent)) / total;
			cumulative[rank - 1] = sum;
		}
		// rounding may leave the sum a hair below 1
		cumulative[count - 1] = 1.0;
		return cumulative;
	}

}
