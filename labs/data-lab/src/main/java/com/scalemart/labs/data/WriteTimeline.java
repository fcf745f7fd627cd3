package com.scalemart.labs.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The writes of a run cut into windows (before, during and after the resharding job) and
 * into equal buckets for the chart. A write belongs where it was due, so a write delayed
 * by the job counts for the job even if its answer came later.
 */
final class WriteTimeline {

	/**
	 * The writes due in one window.
	 *
	 * @param name what the window is
	 * @param attempted writes due in it
	 * @param acknowledged of those, acknowledged
	 * @param failed of those, answered with an error or "owner not found"
	 * @param latency of the acknowledged ones
	 */
	record Window(String name, long attempted, long acknowledged, long failed, Latency latency) {
	}

	/**
	 * One bucket of the timeline.
	 *
	 * @param startSeconds its start, in seconds after the load started
	 * @param endSeconds its end
	 * @param acknowledgedPerSecond acknowledged writes due in it, per second
	 * @param failedPerSecond failed writes due in it, per second
	 * @param latency of the acknowledged ones
	 */
	record Bucket(double startSeconds, double endSeconds, double acknowledgedPerSecond, double failedPerSecond,
			Latency latency) {

		double midSeconds() {
			return (this.startSeconds + this.endSeconds) / 2;
		}

	}

	private final List<WriteSample> samples;

	WriteTimeline(List<WriteSample> samples) {
		this.samples = List.copyOf(samples);
	}

	/**
	 * The writes due in {@code [fromNanos, toNanos)}.
	 * @param name the window's name
	 * @param fromNanos its start, after the load started
	 * @param toNanos its end, excluded
	 * @return the window
	 */
	Window window(String name, long fromNanos, long toNanos) {
		long attempted = 0;
		long failed = 0;
		List<Long> latencies = new ArrayList<>();
		for (WriteSample sample : this.samples) {
			if (sample.dueNanos() >= fromNanos && sample.dueNanos() < toNanos) {
				attempted++;
				if (sample.acknowledged()) {
					latencies.add(sample.latencyNanos());
				}
				else {
					failed++;
				}
			}
		}
		return new Window(name, attempted, latencies.size(), failed,
				Latency.ofNanos(latencies.stream().mapToLong(Long::longValue).toArray()));
	}

	/**
	 * Buckets of equal width from the start, as many whole ones as fit before the end; a
	 * last partial one would show a rate that merely ran out of time.
	 * @param widthNanos a bucket's width
	 * @param endNanos when the load stopped, after it started
	 * @return the buckets, in order
	 * @throws IllegalArgumentException if the width is not positive
	 */
	List<Bucket> buckets(long widthNanos, long endNanos) {
		if (widthNanos <= 0) {
			throw new IllegalArgumentException("a bucket is wider than 0 ns, was " + widthNanos);
		}
		List<Bucket> buckets = new ArrayList<>();
		double seconds = widthNanos / 1e9;
		for (long from = 0; from + widthNanos <= endNanos; from += widthNanos) {
			Window window = window("", from, from + widthNanos);
			buckets.add(new Bucket(from / 1e9, (from + widthNanos) / 1e9, window.acknowledged() / seconds,
					window.failed() / seconds, window.latency()));
		}
		return buckets;
	}

}
