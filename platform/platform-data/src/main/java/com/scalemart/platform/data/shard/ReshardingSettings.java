package com.scalemart.platform.data.shard;

import java.time.Duration;

/**
 * How a resharding job paces itself.
 *
 * @param grace how long the job waits after the shard set changes before it relies on
 * every instance having seen the change: longer than the instances' refresh interval plus
 * their directory cache's time to live
 * @param batchSize owners planned, copied and switched per step
 * @param parallelism owners switched at the same time
 * @param lease how long a process holds a job without renewing it; after that another
 * process resumes it
 */
public record ReshardingSettings(Duration grace, int batchSize, int parallelism, Duration lease) {

	public ReshardingSettings {
		if (grace.isNegative()) {
			throw new IllegalArgumentException("grace must not be negative, was " + grace);
		}
		if (batchSize < 1 || parallelism < 1) {
			throw new IllegalArgumentException("batch size and parallelism must be positive");
		}
		if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("a lease of less than a second would be lost between renewals");
		}
	}

}
