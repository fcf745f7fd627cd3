package com.scalemart.platform.cache;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * A time to live spread uniformly over {@code base × (1 ± jitter)}, so that entries
 * written together (a warm-up, a bulk load) do not all expire in the same instant and
 * send their misses to the database at once.
 */
final class JitteredTtl {

	private final long baseMillis;

	private final double jitter;

	private final DoubleSupplier random;

	/**
	 * @param base the mean time to live, positive
	 * @param jitter the spread as a fraction of the base, in [0, 1)
	 * @param random uniform numbers in [0, 1)
	 */
	JitteredTtl(Duration base, double jitter, DoubleSupplier random) {
		this.baseMillis = base.toMillis();
		this.jitter = jitter;
		this.random = random;
	}

	static JitteredTtl of(Duration base, double jitter) {
		return new JitteredTtl(base, jitter, () -> ThreadLocalRandom.current().nextDouble());
	}

	/**
	 * A fresh time to live.
	 * @return milliseconds, at least 1
	 */
	long nextMillis() {
		if (this.jitter == 0) {
			return Math.max(1, this.baseMillis);
		}
		double factor = 1 + this.jitter * (2 * this.random.getAsDouble() - 1);
		return Math.max(1, Math.round(this.baseMillis * factor));
	}

	/**
	 * The longest time to live {@link #nextMillis()} can return.
	 * @return milliseconds
	 */
	long maxMillis() {
		return Math.max(1, (long) Math.ceil(this.baseMillis * (1 + this.jitter)));
	}

}
