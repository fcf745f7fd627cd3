package com.scalemart.platform.cache;

import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The queue of write-behind: acknowledged writes wait here, coalesced by key (the last
 * value wins), until a flusher thread hands them to {@link CacheWriter#writeAll} in
 * batches, every flush interval or as soon as a batch is full.
 *
 * <p>
 * A failed batch goes back into the queue (a newer value queued meanwhile for one of its
 * keys wins) and the next attempt waits an exponential backoff, so a failing writer is
 * retried until it succeeds and no write is dropped. {@link #close()} stops taking
 * writes, then keeps flushing until the queue is empty or the close timeout passes; in
 * the latter case it throws {@link WriteBehindException} with what is left.
 */
final class WriteBehindQueue<K, V> {

	private static final Log logger = LogFactory.getLog(WriteBehindQueue.class);

	private final String cacheName;

	private final CacheWriter<K, V> writer;

	private final long flushIntervalNanos;

	private final int batchSize;

	private final long initialBackoffNanos;

	private final long maxBackoffNanos;

	private final Duration closeTimeout;

	private final CacheMetrics metrics;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition wake = this.lock.newCondition();

	private final Thread flusher;

	private Map<K, V> pending = new LinkedHashMap<>();

	private Map<K, V> inFlight = Map.of();

	private boolean closing;

	private boolean abandoned;

	private volatile @Nullable RuntimeException lastFailure;

	WriteBehindQueue(String cacheName, CacheWriter<K, V> writer, WriteBehindSettings settings, CacheMetrics metrics) {
		this.cacheName = cacheName;
		this.writer = writer;
		this.flushIntervalNanos = settings.flushInterval().toNanos();
		this.batchSize = settings.batchSize();
		this.initialBackoffNanos = settings.initialBackoff().toNanos();
		this.maxBackoffNanos = settings.maxBackoff().toNanos();
		this.closeTimeout = settings.closeTimeout();
		this.metrics = metrics;
		this.flusher = Thread.ofPlatform()
			.name("scalemart-cache-" + cacheName + "-write-behind")
			.daemon(true)
			.unstarted(this::run);
		metrics.bindWriteBehind(this, WriteBehindQueue::pending);
	}

	void start() {
		this.flusher.start();
	}

	/**
	 * Queues a write. Once this returns, the write is acknowledged.
	 * @throws IllegalStateException after {@link #close()}
	 */
	void enqueue(K key, V value) {
		this.lock.lock();
		try {
			if (this.closing) {
				throw new IllegalStateException("cache '" + this.cacheName + "' is closed: write not accepted");
			}
			this.pending.put(key, value);
			if (this.pending.size() >= this.batchSize) {
				this.wake.signal();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Writes queued or being written.
	 * @return the count
	 */
	int pending() {
		this.lock.lock();
		try {
			return this.pending.size() + this.inFlight.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Flushes everything and stops the flusher.
	 * @throws WriteBehindException if writes are left after the close timeout
	 */
	void close() {
		this.lock.lock();
		try {
			this.closing = true;
			this.wake.signal();
		}
		finally {
			this.lock.unlock();
		}
		try {
			this.flusher.join(this.closeTimeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.lock.lock();
		try {
			if (this.pending.isEmpty() && this.inFlight.isEmpty()) {
				return;
			}
			this.abandoned = true;
			this.wake.signal();
			Map<K, V> left = new LinkedHashMap<>(this.inFlight);
			left.putAll(this.pending);
			logger.error("Cache '%s' closed with %d acknowledged writes not written, keys %s".formatted(this.cacheName,
					left.size(), left.keySet()));
			throw new WriteBehindException("cache '%s': %d acknowledged writes could not be written within %s"
				.formatted(this.cacheName, left.size(), this.closeTimeout), left, this.lastFailure);
		}
		finally {
			this.lock.unlock();
		}
	}

	private void run() {
		long backoff = 0;
		while (true) {
			Map<K, V> batch = takeBatch(backoff);
			if (batch == null) {
				return;
			}
			if (batch.isEmpty()) {
				continue;
			}
			try {
				this.writer.writeAll(Collections.unmodifiableMap(batch));
				this.metrics.writeBehindWritten.increment(batch.size());
				backoff = 0;
				settle(batch, true);
			}
			catch (RuntimeException ex) {
				this.metrics.writeBehindFailures.increment();
				backoff = (backoff == 0) ? this.initialBackoffNanos : Math.min(this.maxBackoffNanos, backoff * 2);
				logger.warn("Cache '%s': write-behind batch of %d failed, retrying in %d ms".formatted(this.cacheName,
						batch.size(), TimeUnit.NANOSECONDS.toMillis(backoff)), ex);
				this.lastFailure = ex;
				settle(batch, false);
			}
		}
	}

	/**
	 * Waits for a batch: a full one, the flush interval, or the close. After a failure it
	 * waits the backoff first, even when closing.
	 * @return the batch, or {@code null} when the flusher should stop
	 */
	private @Nullable Map<K, V> takeBatch(long backoffNanos) {
		this.lock.lock();
		try {
			long remaining = (backoffNanos > 0) ? backoffNanos : this.flushIntervalNanos;
			while (!this.abandoned && remaining > 0 && (backoffNanos > 0 || !(this.closing || full()))) {
				remaining = this.wake.awaitNanos(remaining);
			}
			if (this.abandoned || (this.closing && this.pending.isEmpty())) {
				return null;
			}
			Map<K, V> batch = new LinkedHashMap<>();
			Iterator<Map.Entry<K, V>> entries = this.pending.entrySet().iterator();
			while (entries.hasNext() && batch.size() < this.batchSize) {
				Map.Entry<K, V> entry = entries.next();
				batch.put(entry.getKey(), entry.getValue());
				entries.remove();
			}
			this.inFlight = batch;
			return batch;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		finally {
			this.lock.unlock();
		}
	}

	private void settle(Map<K, V> batch, boolean written) {
		this.lock.lock();
		try {
			this.inFlight = Map.of();
			if (!written) {
				// a value queued for the same key while the batch was out is newer: it
				// wins
				Map<K, V> merged = new LinkedHashMap<>(batch);
				merged.putAll(this.pending);
				this.pending = merged;
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private boolean full() {
		return this.pending.size() >= this.batchSize;
	}

}
