package com.scalemart.platform.cache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import com.scalemart.platform.cache.CacheStores.Found;
import com.scalemart.platform.cache.L2Store.Read;

/**
 * The miss path of a many-key read, after L1: one L2 round trip for every key L1 missed,
 * then one loader call for every key L2 missed, then one pipelined L2 fill. It takes no
 * load locks and does not join single-key loads in flight: a batch is already one
 * database query, and waiting on per-key locks would serialize it behind the slowest key.
 */
final class BulkLoader<K, V> {

	private final CacheStores<K, V> stores;

	BulkLoader(CacheStores<K, V> stores) {
		this.stores = stores;
	}

	/**
	 * Resolves the keys L1 missed.
	 * @param missed formatted key to key, in the caller's order
	 * @param loader loads what L2 also missed
	 * @param results where the results go
	 */
	void load(Map<String, K> missed, Function<? super Set<K>, ? extends @Nullable Map<? extends K, ? extends V>> loader,
			Map<K, CacheResult<V>> results) {
		long loadStart = this.stores.beginLoad();
		Map<String, K> toLoad = new LinkedHashMap<>(missed);
		Map<String, @Nullable String> versions = new LinkedHashMap<>();
		L2Store l2 = this.stores.l2();
		List<Read> reads = (l2 != null) ? l2.read(List.copyOf(missed.keySet())) : null;
		if (reads != null) {
			int i = 0;
			for (Map.Entry<String, K> entry : missed.entrySet()) {
				Read read = reads.get(i++);
				Found<V> found = this.stores.decode(read.payload());
				if (found != null) {
					this.stores.metrics.l2Hits.increment();
					this.stores.fillL1(entry.getKey(), found.value(), loadStart);
					results.put(entry.getValue(), new CacheResult<>(found.value(), ServedBy.L2));
					toLoad.remove(entry.getKey());
				}
				else {
					this.stores.metrics.l2Misses.increment();
					versions.put(entry.getKey(), read.version());
				}
			}
		}
		if (toLoad.isEmpty()) {
			return;
		}
		Set<K> keys = Collections.unmodifiableSet(new LinkedHashSet<>(toLoad.values()));
		Map<? extends K, ? extends V> loaded = this.stores.timedLoad(() -> loader.apply(keys));
		List<L2Store.Fill> fills = new ArrayList<>();
		for (Map.Entry<String, K> entry : toLoad.entrySet()) {
			V value = (loaded != null) ? loaded.get(entry.getValue()) : null;
			if (reads != null && this.stores.cacheable(value)) {
				byte[] payload = this.stores.encode(value);
				if (payload != null) {
					fills.add(new L2Store.Fill(entry.getKey(), versions.get(entry.getKey()), payload,
							this.stores.ttlMillis(value)));
				}
			}
			else {
				this.stores.sampleSize(value);
			}
			this.stores.fillL1(entry.getKey(), value, loadStart);
			results.put(entry.getValue(), new CacheResult<>(value, ServedBy.MISS));
		}
		if (l2 != null && !fills.isEmpty()) {
			l2.fillAll(fills);
		}
	}

}
