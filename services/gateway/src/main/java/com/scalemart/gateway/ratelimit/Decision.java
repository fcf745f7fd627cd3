package com.scalemart.gateway.ratelimit;

import java.time.Duration;

/**
 * What the limiter decided for one request.
 *
 * @param outcome allowed, denied, or let through because Redis did not answer
 * @param retryAfter how long until a token is available again (zero unless denied)
 */
record Decision(Outcome outcome, Duration retryAfter) {

	static final Decision FAILED_OPEN = new Decision(Outcome.FAILED_OPEN, Duration.ZERO);

	boolean allowed() {
		return this.outcome != Outcome.DENIED;
	}

	enum Outcome {

		ALLOWED, DENIED, FAILED_OPEN;

		String tag() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
