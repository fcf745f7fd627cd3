package com.scalemart.labs.cache;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A trace of key requests whose popularity follows Zipf's law: the key of rank {@code r}
 * (1-based) is requested with probability proportional to {@code 1 / r^s}. Key
 * {@code r - 1} has rank {@code r}. Sampling inverts the cumulative distribution by
 * binary search, so a trace of {@code n} requests over {@code k} keys costs
 * {@code O(k + n log k)}; the same seed always gives the same trace.
 */
final class ZipfTrace {

	private ZipfTrace() {
	}

	/**
	 * Generates a trace.
	 * @param keys how many distinct keys, positive
	 * @param requests how many requests, positive
	 * @param exponent the skew {@code s}, non-negative (0 is uniform)
	 * @param seed the random seed
	 * @return the requested keys, each in {@code [0, keys)}
	 */
	static int[] generate(int keys, int requests, double exponent, long seed) {
		if (keys <= 0 || requests <= 0) {
			throw new IllegalArgumentException(
					"keys and requests must be positive, were %d and %d".formatted(keys, requests));
		}
		if (exponent < 0 || Double.isNaN(exponent)) {
			throw new IllegalArgumentException("exponent must be non-negative, was " + exponent);
		}
		double[] cumulative = cumulative(keys, exponent);
		SplittableRandom random = new SplittableRandom(seed);
		int[] trace = new int[requests];
		for (int i = 0; i < requests; i++) {
			int found = Arrays.binarySearch(cumulative, random.nextDouble());
			trace[i] = Math.min(keys - 1, (found >= 0) ? found + 1 : -found - 1);
		}
		return trace;
	}

	/**
	 * The probability of the key of each rank.
	 * @return probabilities by key, summing to 1
	 */
	static double[] probabilities(int keys, double exponent) {
		double[] weights = new double[keys];
		double total = 0;
		for (int rank = 1; rank <= keys; rank++) {
			weights[rank - 1] = 1 / Math.pow(rank, exponent);
			total += weights[rank - 1];
		}
		for (int i = 0; i < keys; i++) {
			weights[i] /= total;
		}
		return weights;
	}

	private static double[] cumulative(int keys, double exponent) {
		double[] probabilities = probabilities(keys, exponent);
		double[] cumulative = new double[keys];
		double sum = 0;
		for (int i = 0; i < keys; i++) {
			sum += probabilities[i];
			cumulative[i] = sum;
		}
		// rounding may leave the sum a hair below 1
		cumulative[keys - 1] = 1.0;
		return cumulative;
	}

}
