package com.scalemart.labs.replication;

import java.util.Arrays;

/**
 * Percentiles of lag samples, in seconds.
 *
 * @param samples how many
 * @param p50 the median
 * @param p99 the 99th percentile
 * @param max the largest
 */
public record LagStats(int samples, double p50, double p99, double max) {

	public static LagStats of(double[] seconds) {
		if (seconds.length == 0) {
			return new LagStats(0, Double.NaN, Double.NaN, Double.NaN);
		}
		double[] sorted = seconds.clone();
		Arrays.sort(sorted);
		return new LagStats(sorted.length, rank(sorted, 0.50), rank(sorted, 0.99), sorted[sorted.length - 1]);
	}

	/**
	 * Nearest rank: the smallest sample with at least that share of samples at or below
	 * it.
	 */
	private static double rank(double[] sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
