package com.scalemart.platform.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

/**
 * The meters of one cache, all tagged {@code cache=<name>} and, per level,
 * {@code level=l1|l2}:
 * <ul>
 * <li>{@code scalemart.cache.hits}, {@code scalemart.cache.misses}: reads by level;</li>
 * <li>{@code scalemart.cache.evictions} (l1): size evictions, from Caffeine's stats (L2
 * expirations are Redis's own);</li>
 * <li>{@code scalemart.cache.entries} (l1): Caffeine's estimated size;</li>
 * <li>{@code scalemart.cache.memory.estimated} (l1, bytes): entries × the mean encoded
 * size of the values seen, when there is a codec;</li>
 * <li>{@code scalemart.cache.load} (timer, {@code result=value|absent|error}): loader
 * calls;</li>
 * <li>{@code scalemart.cache.l2.errors}: failed Redis calls;</li>
 * <li>{@code scalemart.cache.l2.lock}
 * ({@code outcome=acquired|served-by-holder|timed-out}): what loads did about another
 * instance's load;</li>
 * <li>{@code scalemart.cache.invalidation.propagation} (timer): publish to receipt, from
 * the message's publish time;</li>
 * <li>{@code scalemart.cache.write-behind.pending}, {@code .written},
 * {@code .failures}.</li>
 * </ul>
 * {@link #close()} removes them from the registry.
 */
final class CacheMetrics {

	static final String PREFIX = "scalemart.cache.";

	private final MeterRegistry registry;

	private final Tags tags;

	private final List<Meter> meters = new ArrayList<>();

	private final LongAdder encodedBytes = new LongAdder();

	private final LongAdder encodedValues = new LongAdder();

	final Counter l1Hits;

	final Counter l1Misses;

	final Counter l2Hits;

	final Counter l2Misses;

	final Counter l2Errors;

	final Counter malformedMessages;

	final Timer loadValue;

	final Timer loadAbsent;

	final Timer loadError;

	final Counter lockAcquired;

	final Counter lockServedByHolder;

	final Counter lockTimedOut;

	final Timer propagation;

	final Counter writeBehindWritten;

	final Counter writeBehindFailures;

	CacheMetrics(MeterRegistry registry, String cacheName) {
		this.registry = registry;
		this.tags = Tags.of("cache", cacheName);
		this.l1Hits = counter("hits", "level", "l1");
		this.l1Misses = counter("misses", "level", "l1");
		this.l2Hits = counter("hits", "level", "l2");
		this.l2Misses = counter("misses", "level", "l2");
		this.l2Errors = counter("l2.errors");
		this.malformedMessages = counter("invalidation.malformed");
		this.loadValue = timer("load", "result", "value");
		this.loadAbsent = timer("load", "result", "absent");
		this.loadError = timer("load", "result", "error");
		this.lockAcquired = counter("l2.lock", "outcome", "acquired");
		this.lockServedByHolder = counter("l2.lock", "outcome", "served-by-holder");
		this.lockTimedOut = counter("l2.lock", "outcome", "timed-out");
		this.propagation = keep(Timer.builder(PREFIX + "invalidation.propagation")
			.description("Time from an invalidation's publication to its receipt by another instance")
			.tags(this.tags)
			.publishPercentiles(0.5, 0.99)
			.register(registry));
		this.writeBehindWritten = counter("write-behind.written");
		this.writeBehindFailures = counter("write-behind.failures");
	}

	void bindL1(L1Store<?> l1, boolean withMemoryEstimate) {
		keep(FunctionCounter.builder(PREFIX + "evictions", l1, (store) -> store.stats().evictionCount())
			.tags(this.tags)
			.tag("level", "l1")
			.register(this.registry));
		gauge("entries", l1, L1Store::estimatedSize, null);
		if (withMemoryEstimate) {
			keep(Gauge.builder(PREFIX + "memory.estimated", l1, (store) -> store.estimatedSize() * meanEncodedSize())
				.tags(this.tags)
				.tag("level", "l1")
				.baseUnit("bytes")
				.description("L1 entries times the mean encoded size of the values seen")
				.register(this.registry));
		}
	}

	<T> void bindWriteBehind(T queue, ToDoubleFunction<T> pending) {
		keep(Gauge.builder(PREFIX + "write-behind.pending", queue, pending).tags(this.tags).register(this.registry));
	}

	/**
	 * Records the size of a value seen by the codec, for the memory estimate.
	 */
	void recordEncodedSize(int bytes) {
		this.encodedBytes.add(bytes);
		this.encodedValues.increment();
	}

	double meanEncodedSize() {
		long values = this.encodedValues.sum();
		return (values != 0) ? (double) this.encodedBytes.sum() / values : 0;
	}

	void close() {
		this.meters.forEach(this.registry::remove);
		this.meters.clear();
	}

	private Counter counter(String name, String... extraTags) {
		return keep(Counter.builder(PREFIX + name).tags(this.tags).tags(extraTags).register(this.registry));
	}

	private Timer timer(String name, String... extraTags) {
		return keep(Timer.builder(PREFIX + name).tags(this.tags).tags(extraTags).register(this.registry));
	}

	private <T> void gauge(String name, T target, ToDoubleFunction<T> value, @Nullable String unit) {
		keep(Gauge.builder(PREFIX + name, target, value)
			.tags(this.tags)
			.tag("level", "l1")
			.baseUnit(unit)
			.register(this.registry));
	}

	private <M extends Meter> M keep(M meter) {
		this.meters.add(meter);
		return meter;
	}

}
