package com.scalemart.labs.invalidation;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of samples, in the samples' unit. */
record Percentiles(long count, double p50, double p90, double p99, double max) {

	static Percentiles of(long[] samples) {
		if (samples.length == 0) {
			throw new IllegalArgumentException("no samples");
		}
		long[] sorted = samples.clone();
		Arrays.sort(sorted);
		return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99),
				sorted[sorted.length - 1]);
	}

	private static double rank(long[] sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
