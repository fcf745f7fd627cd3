package com.scalemart.platform.cache;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import com.scalemart.platform.cache.CacheStores.Found;
import com.scalemart.platform.cache.L2Store.LockOutcome;
import com.scalemart.platform.cache.L2Store.Read;

/**
 * The miss path of a single-key read, after L1 missed: L2, then the loader, with stampede
 * protection at two scopes.
 *
 * <p>
 * <b>In this instance</b>, concurrent misses on one key share one future: the first
 * caller (the leader) resolves the key, the others wait for its result or its exception.
 * A map of futures is used instead of Caffeine's per-key compute because the leader does
 * network I/O and may wait for another instance, and a compute would hold a lock of
 * Caffeine's hash table, blocking unrelated keys of the same bin, for all that time.
 *
 * <p>
 * <b>Across instances</b>, a leader that misses L2 takes a short Redis lock ({@code SET
 * NX PX}) before calling the loader. Leaders of other instances that find the lock held
 * poll L2 until the holder fills it, or until the lock is gone (then they try to take
 * it), or until {@code lockWait} passes (then they load anyway: the holder may have died;
 * its lock expires after {@code lockTtl}). With Redis unavailable every instance loads on
 * its own, which is the behaviour without the lock.
 *
 * <p>
 * The loaded result goes to L2 only if the key's version did not change since the miss
 * was read (see {@link L2Store}), and to L1 only if no invalidation arrived since the
 * load began (see {@link L1Store}).
 */
final class KeyLoader<K, V> {

	private final CacheStores<K, V> stores;

	private final String instanceId;

	private final ConcurrentMap<String, CompletableFuture<CacheResult<V>>> inFlight = new ConcurrentHashMap<>();

	KeyLoader(CacheStores<K, V> stores, String instanceId) {
		this.stores = stores;
		this.instanceId = instanceId;
	}

	CacheResult<V> load(String cacheKey, K key, Function<? super K, ? extends @Nullable V> loader) {
		CompletableFuture<CacheResult<V>> mine = new CompletableFuture<>();
		CompletableFuture<CacheResult<V>> leader = this.inFlight.putIfAbsent(cacheKey, mine);
		if (leader != null) {
			return join(leader);
		}
		try {
			CacheResult<V> result = resolve(cacheKey, key, loader);
			mine.complete(result);
			return result;
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.remove(cacheKey, mine);
		}
	}

	private CacheResult<V> resolve(String cacheKey, K key, Function<? super K, ? extends @Nullable V> loader) {
		long loadStart = this.stores.beginLoad();
		L2Store l2 = this.stores.l2();
		Read read = (l2 != null) ? l2.readWithLock(cacheKey) : null;
		if (l2 == null || read == null) {
			return loadAndFill(cacheKey, key, loader, loadStart, null, null);
		}
		Found<V> found = this.stores.decode(read.payload());
		if (found != null) {
			return servedByL2(cacheKey, found, loadStart);
		}
		this.stores.metrics.l2Misses.increment();
		String token = this.instanceId + ":" + UUID.randomUUID();
		LockOutcome lock = read.locked() ? LockOutcome.HELD
				: l2.tryLock(cacheKey, token, this.stores.settings.lockTtl());
		String version = read.version();
		if (lock == LockOutcome.HELD) {
			long deadline = System.nanoTime() + this.stores.settings.lockWait().toNanos();
			Duration poll = this.stores.settings.lockPollInterval();
			while (lock == LockOutcome.HELD && System.nanoTime() - deadline < 0) {
				LockSupport.parkNanos(poll.toNanos());
				Read again = l2.readWithLock(cacheKey);
				if (again == null) {
					lock = LockOutcome.UNAVAILABLE;
					break;
				}
				Found<V> filled = this.stores.decode(again.payload());
				if (filled != null) {
					this.stores.metrics.lockServedByHolder.increment();
					return servedByL2(cacheKey, filled, loadStart);
				}
				version = again.version();
				if (!again.locked()) {
					lock = l2.tryLock(cacheKey, token, this.stores.settings.lockTtl());
				}
			}
			if (lock == LockOutcome.HELD) {
				this.stores.metrics.lockTimedOut.increment();
			}
		}
		if (lock == LockOutcome.ACQUIRED) {
			this.stores.metrics.lockAcquired.increment();
			try {
				// The previous holder may have filled L2 and let go between our read
				// and our lock: if L2 was empty then, look again before loading.
				Read settled = (read.payload() == null) ? l2.readWithLock(cacheKey) : null;
				if (settled != null) {
					Found<V> filled = this.stores.decode(settled.payload());
					if (filled != null) {
						this.stores.metrics.lockServedByHolder.increment();
						return servedByL2(cacheKey, filled, loadStart);
					}
					version = settled.version();
				}
				return loadAndFill(cacheKey, key, loader, loadStart, l2, version);
			}
			finally {
				l2.unlock(cacheKey, token);
			}
		}
		return loadAndFill(cacheKey, key, loader, loadStart, l2, version);
	}

	private CacheResult<V> servedByL2(String cacheKey, Found<V> found, long loadStart) {
		this.stores.metrics.l2Hits.increment();
		this.stores.fillL1(cacheKey, found.value(), loadStart);
		return new CacheResult<>(found.value(), ServedBy.L2);
	}

	private CacheResult<V> loadAndFill(String cacheKey, K key, Function<? super K, ? extends @Nullable V> loader,
			long loadStart, @Nullable L2Store l2, @Nullable String version) {
		V value = this.stores.timedLoad(() -> loader.apply(key));
		if (l2 != null && this.stores.cacheable(value)) {
			byte[] payload = this.stores.encode(value);
			if (payload != null) {
				l2.fill(cacheKey, version, payload, this.stores.ttlMillis(value));
			}
		}
		else {
			this.stores.sampleSize(value);
		}
		this.stores.fillL1(cacheKey, value, loadStart);
		return new CacheResult<>(value, ServedBy.MISS);
	}

	private static <V> CacheResult<V> join(CompletableFuture<CacheResult<V>> leader) {
		try {
			return leader.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

}
