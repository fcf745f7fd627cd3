package com.scalemart.labs.data;

import java.util.Arrays;

/**
 * Percentiles of latencies, nearest rank: the smallest sample with at least that share of
 * the samples at or below it.
 *
 * @param count how many samples
 * @param p50Millis the median
 * @param p99Millis the 99th percentile
 * @param maxMillis the largest
 */
record Latency(int count, double p50Millis, double p99Millis, double maxMillis) {

	static final Latency NONE = new Latency(0, Double.NaN, Double.NaN, Double.NaN);

	/**
	 * Summarizes latencies given in nanoseconds.
	 * @param nanos the samples, in any order; not changed
	 * @return their percentiles, or {@link #NONE} when there are none
	 */
	static Latency ofNanos(long[] nanos) {
		if (nanos.length == 0) {
			return NONE;
		}
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new Latency(sorted.length, millis(rank(sorted, 0.50)), millis(rank(sorted, 0.99)),
				millis(sorted[sorted.length - 1]));
	}

	private static long rank(long[] sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

}
