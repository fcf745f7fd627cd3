package com.scalemart.platform.data.shard;

/**
 * How long owners were fenced while they were switched: from the fence to the delete of
 * the original, the time their writes waited at most.
 *
 * @param owners how many owners were switched
 * @param p50Millis the median
 * @param p99Millis the 99th percentile
 * @param maxMillis the longest
 */
public record FenceTimes(int owners, double p50Millis, double p99Millis, double maxMillis) {

	static FenceTimes of(long[] sortedMicros) {
		if (sortedMicros.length == 0) {
			return new FenceTimes(0, 0, 0, 0);
		}
		return new FenceTimes(sortedMicros.length, percentile(sortedMicros, 0.50) / 1000.0,
				percentile(sortedMicros, 0.99) / 1000.0, sortedMicros[sortedMicros.length - 1] / 1000.0);
	}

	private static long percentile(long[] sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
