package com.scalemart.platform.cache;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A system of record in memory that can be told to fail its next writes.
 */
final class RecordingWriter implements CacheWriter<Long, Product> {

	final Map<Long, Product> stored = new ConcurrentHashMap<>();

	final List<Map<Long, Product>> batches = new CopyOnWriteArrayList<>();

	final AtomicInteger failuresLeft = new AtomicInteger();

	final AtomicInteger attempts = new AtomicInteger();

	@Override
	public void write(Long key, Product value) {
		writeAll(Map.of(key, value));
	}

	@Override
	public void writeAll(Map<Long, Product> entries) {
		this.attempts.incrementAndGet();
		if (this.failuresLeft.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			throw new IllegalStateException("database unavailable");
		}
		this.batches.add(Map.copyOf(entries));
		this.stored.putAll(entries);
	}

}
