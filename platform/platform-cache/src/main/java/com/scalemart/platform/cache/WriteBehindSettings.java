package com.scalemart.platform.cache;

import java.time.Duration;

/**
 * How write-behind batches and retries.
 *
 * @param flushInterval the longest a write waits for its batch
 * @param batchSize the most entries per {@link CacheWriter#writeAll} call; a batch this
 * full is written at once
 * @param initialBackoff the wait after a first failure, doubled after each next one
 * @param maxBackoff the longest wait between attempts
 * @param closeTimeout how long {@link LayeredCache#close()} keeps trying to write what is
 * queued
 */
record WriteBehindSettings(Duration flushInterval, int batchSize, Duration initialBackoff, Duration maxBackoff,
		Duration closeTimeout) {

	static final WriteBehindSettings DEFAULTS = new WriteBehindSettings(Duration.ofMillis(200), 500,
			Duration.ofMillis(100), Duration.ofSeconds(10), Duration.ofSeconds(30));

}
