package com.scalemart.loadtest.bench;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * The product cache's read counters of one catalog instance
 * ({@code scalemart_cache_hits_total} and {@code scalemart_cache_misses_total} by level).
 * A read that misses L1 goes on to L2, so the gets are L1's reads when L1 is on and L2's
 * otherwise, and the hit ratio is (L1 hits + L2 hits) / gets.
 *
 * @param l1Hits reads served from this instance's memory
 * @param l1Misses reads L1 did not have
 * @param l2Hits reads served from Redis
 * @param l2Misses reads Redis did not have (loaded from MariaDB)
 */
public record CacheCounters(double l1Hits, double l1Misses, double l2Hits, double l2Misses) {

	static final String CACHE = "products";

	public static CacheCounters from(PrometheusText scrape) {
		return new CacheCounters(count(scrape, "scalemart_cache_hits_total", "l1"),
				count(scrape, "scalemart_cache_misses_total", "l1"), count(scrape, "scalemart_cache_hits_total", "l2"),
				count(scrape, "scalemart_cache_misses_total", "l2"));
	}

	private static double count(PrometheusText scrape, String name, String level) {
		return scrape.sum(name, Map.of("cache", CACHE, "level", level));
	}

	/**
	 * @param before the counters at the start of a run
	 * @return what happened during the run
	 */
	public CacheCounters minus(CacheCounters before) {
		return new CacheCounters(this.l1Hits - before.l1Hits, this.l1Misses - before.l1Misses,
				this.l2Hits - before.l2Hits, this.l2Misses - before.l2Misses);
	}

	public double gets() {
		double l1Reads = this.l1Hits + this.l1Misses;
		return (l1Reads > 0) ? l1Reads : this.l2Hits + this.l2Misses;
	}

	/**
	 * @return (L1 + L2 hits) / gets, empty when nothing was read through the cache
	 */
	public OptionalDouble hitRatio() {
		return ratio(this.l1Hits + this.l2Hits);
	}

	public OptionalDouble l1HitRatio() {
		return ratio(this.l1Hits);
	}

	public OptionalDouble l2HitRatio() {
		return ratio(this.l2Hits);
	}

	private OptionalDouble ratio(double hits) {
		double gets = gets();
		return (gets > 0) ? OptionalDouble.of(hits / gets) : OptionalDouble.empty();
	}

}
