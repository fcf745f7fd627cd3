package com.scalemart.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says that requests went through unlimited because Redis did not answer: a counter for
 * every such request, and a warning at most once per interval, so that an outage does not
 * flood the log at the request rate.
 */
class FailOpenReporter {

	private static final Logger log = LoggerFactory.getLogger(FailOpenReporter.class);

	static final String METRIC = "scalemart.gateway.rate.limiter.failed.open";

	private final Counter failedOpen;

	private final long intervalNanos;

	private final AtomicLong nextWarningAt;

	FailOpenReporter(MeterRegistry registry, Duration interval) {
		this.failedOpen = Counter.builder(METRIC)
			.description("Requests let through without a limit because Redis did not answer")
			.register(registry);
		this.intervalNanos = interval.toNanos();
		this.nextWarningAt = new AtomicLong(System.nanoTime());
	}

	void failedOpen(Throwable cause) {
		this.failedOpen.increment();
		long now = System.nanoTime();
		long due = this.nextWarningAt.get();
		if (now - due >= 0 && this.nextWarningAt.compareAndSet(due, now + this.intervalNanos)) {
			log.warn(
					"Rate limiter failing open: Redis did not answer ({}); requests pass unlimited. "
							+ "Next warning in {} s at the earliest.",
					cause.toString(), this.intervalNanos / 1_000_000_000L);
		}
	}

}
