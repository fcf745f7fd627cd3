package com.scalemart.gateway.ratelimit;

import java.time.Duration;

/**
 * A token bucket: {@code replenishRate} tokens come back every {@code replenishPeriod},
 * up to {@code burstCapacity}; each request takes one.
 */
record Limit(int replenishRate, Duration replenishPeriod, int burstCapacity) {

	Limit {
		if (replenishRate <= 0 || burstCapacity <= 0 || replenishPeriod.isNegative() || replenishPeriod.isZero()) {
			throw new IllegalArgumentException(
					"A rate limit needs a positive replenish rate, replenish period and burst capacity");
		}
	}

	/** Tokens per millisecond, as the script counts time. */
	double tokensPerMillisecond() {
		return this.replenishRate / (double) this.replenishPeriod.toMillis();
	}

}
