package com.scalemart.labs.hashing;

/**
 * How evenly keys are spread over nodes.
 *
 * @param maxOverMean the busiest node's keys over the mean: what sizes the hardware
 * @param stdDevOverMean the population standard deviation over the mean (coefficient of
 * variation)
 * @param minOverMean the idlest node's keys over the mean
 */
public record Distribution(double maxOverMean, double stdDevOverMean, double minOverMean) {

	/**
	 * Summarizes keys per node.
	 * @param counts keys per node, at least one node
	 * @return the summary
	 * @throws IllegalArgumentException if there are no nodes or no keys
	 */
	static Distribution of(int[] counts) {
		if (counts.length == 0) {
			throw new IllegalArgumentException("no nodes to summarize");
		}
		long total = 0;
		int max = Integer.MIN_VALUE;
		int min = Integer.MAX_VALUE;
		for (int count : counts) {
			total += count;
			max = Math.max(max, count);
			min = Math.min(min, count);
		}
		if (total == 0) {
			throw new IllegalArgumentException("no keys to summarize");
		}
		double mean = (double) total / counts.length;
		double squares = 0;
		for (int count : counts) {
			squares += (count - mean) * (count - mean);
		}
		return new Distribution(max / mean, Math.sqrt(squares / counts.length) / mean, min / mean);
	}

}
