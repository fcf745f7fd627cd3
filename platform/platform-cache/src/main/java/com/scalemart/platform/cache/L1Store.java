package com.scalemart.platform.cache;

import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import org.jspecify.annotations.Nullable;

/**
 * The in-process level: a Caffeine cache (W-TinyLFU, per-entry expiry) plus what keeps a
 * slow load from putting back a value that an invalidation has already removed.
 *
 * <p>
 * The race it closes: a load reads an old value (from L2 or the database), an
 * invalidation for the key arrives and evicts L1, then the load stores the old value in
 * L1, where it would be served until it expires. Every invalidation therefore takes a
 * number from a counter (the epoch) and leaves it as a tombstone for the key
 * <em>before</em> evicting; every load notes the epoch before it reads anything, and
 * {@link #fill} stores its result only if no tombstone for the key is newer than that.
 * The check and the store happen inside Caffeine's per-key compute, and the eviction
 * takes the same per-key lock, so either the eviction comes after the store and removes
 * it, or the store comes after the eviction and sees the tombstone. Tombstones are
 * bounded in number; when one is evicted the floor rises to its epoch and loads that
 * started before the floor are not stored (they are still returned to their caller).
 */
final class L1Store<V> {

	private final Cache<String, L1Entry<V>> entries;

	private final Cache<String, Long> tombstones;

	private final AtomicLong epoch = new AtomicLong();

	private volatile long floor;

	L1Store(long maximumSize, Ticker ticker) {
		this.entries = Caffeine.newBuilder()
			.maximumSize(maximumSize)
			.expireAfter(new EntryExpiry<V>())
			.ticker(ticker)
			.recordStats()
			.build();
		this.tombstones = Caffeine.newBuilder()
			.maximumSize(Math.max(1_024, Math.min(maximumSize, 100_000)))
			// runs inside the eviction, so no load can slip between it and the floor
			.<String, Long>evictionListener((key, evicted, cause) -> raiseFloor((evicted != null) ? evicted : 0))
			.executor(Runnable::run)
			.build();
	}

	@Nullable L1Entry<V> get(String key) {
		return this.entries.getIfPresent(key);
	}

	/**
	 * Notes the start of a load, before it reads L2 or the loader.
	 * @return the token to pass to {@link #fill}
	 */
	long beginLoad() {
		return this.epoch.get();
	}

	/**
	 * Stores a loaded entry unless the key was invalidated since the load began.
	 * @param key the key
	 * @param entry what was loaded
	 * @param loadStart what {@link #beginLoad()} returned before the load read anything
	 * @return {@code true} if stored
	 */
	boolean fill(String key, L1Entry<V> entry, long loadStart) {
		boolean[] stored = new boolean[1];
		this.entries.asMap().compute(key, (k, current) -> {
			Long invalidated = this.tombstones.getIfPresent(k);
			if (loadStart < this.floor || (invalidated != null && invalidated > loadStart)) {
				return current;
			}
			stored[0] = true;
			return entry;
		});
		return stored[0];
	}

	/**
	 * Replaces the entry with one this instance wrote, fencing off older loads.
	 * @param key the key
	 * @param entry the new entry
	 */
	void replace(String key, L1Entry<V> entry) {
		this.tombstones.put(key, this.epoch.incrementAndGet());
		this.entries.put(key, entry);
	}

	/**
	 * Evicts the key and fences off loads that began before now.
	 * @param key the key
	 */
	void invalidate(String key) {
		this.tombstones.put(key, this.epoch.incrementAndGet());
		this.entries.invalidate(key);
	}

	/**
	 * Evicts everything and fences off every load in flight.
	 */
	void invalidateAll() {
		raiseFloor(this.epoch.incrementAndGet());
		this.entries.invalidateAll();
	}

	long estimatedSize() {
		return this.entries.estimatedSize();
	}

	CacheStats stats() {
		return this.entries.stats();
	}

	private synchronized void raiseFloor(long to) {
		if (to > this.floor) {
			this.floor = to;
		}
	}

	private static final class EntryExpiry<V> implements Expiry<String, L1Entry<V>> {

		@Override
		public long expireAfterCreate(String key, L1Entry<V> entry, long currentTime) {
			return entry.ttlNanos();
		}

		@Override
		public long expireAfterUpdate(String key, L1Entry<V> entry, long currentTime, long currentDuration) {
			return entry.ttlNanos();
		}

		@Override
		public long expireAfterRead(String key, L1Entry<V> entry, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

}
