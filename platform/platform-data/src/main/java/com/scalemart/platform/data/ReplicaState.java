package com.scalemart.platform.data;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the lag monitor last saw of the replica.
 *
 * @param condition up, behind or down
 * @param lag how far behind the primary the replica was, {@code null} when unknown
 * @param checkedAt when the replica was last read
 * @param problem why it is down, empty otherwise
 */
public record ReplicaState(Condition condition, @Nullable Duration lag, Instant checkedAt, String problem) {

	/** The replica as reads see it. */
	public enum Condition {

		/** Replicating and within the maximum lag: reads go to it. */
		IN_SYNC,

		/** Answering but further behind than the maximum lag: reads go to the primary. */
		LAGGING,

		/** Not answering, or no heartbeat seen yet: reads go to the primary. */
		DOWN

	}

	static ReplicaState starting(Instant now) {
		return new ReplicaState(Condition.DOWN, null, now, "no heartbeat read yet");
	}

	/**
	 * The lag in seconds, for gauges.
	 * @return seconds, or NaN when unknown
	 */
	public double lagSeconds() {
		return (this.lag != null) ? this.lag.toNanos() / 1e9 : Double.NaN;
	}

}
