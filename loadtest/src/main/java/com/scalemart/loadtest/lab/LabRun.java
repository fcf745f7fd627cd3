package com.scalemart.loadtest.lab;

import java.util.List;
import java.util.OptionalDouble;

import com.scalemart.loadtest.bench.CacheCounters;
import com.scalemart.loadtest.bench.LoadStats;

/**
 * One configuration of the lab and what it measured.
 *
 * @param levels the cache levels ({@code SCALEMART_CATALOG_CACHE_LEVELS})
 * @param l1Size the L1 capacity in entries
 * @param stats the load's figures
 * @param counters the cache's counters over the run
 * @param l1MemoryBytes the cache's own estimate of L1's memory at the end
 * @param heapBytes the JVM heap in use at the end
 */
record LabRun(String levels, int l1Size, LoadStats stats, CacheCounters counters, double l1MemoryBytes,
		double heapBytes) {

	/** The level comparison at the default L1 size, then L1 sizes with both levels. */
	static List<Config> plan(List<Integer> l1Sizes, int defaultL1Size) {
		List<Config> plan = new java.util.ArrayList<>();
		for (String levels : List.of("OFF", "L1_ONLY", "L2_ONLY", "L1_AND_L2")) {
			plan.add(new Config(levels, defaultL1Size));
		}
		for (int size : l1Sizes) {
			if (size != defaultL1Size) {
				plan.add(new Config("L1_AND_L2", size));
			}
		}
		return plan;
	}

	boolean usesL1() {
		return this.levels.startsWith("L1");
	}

	OptionalDouble l1HitRatio() {
		return usesL1() ? this.counters.l1HitRatio() : OptionalDouble.empty();
	}

	/**
	 * @param levels the cache levels
	 * @param l1Size the L1 capacity
	 */
	record Config(String levels, int l1Size) {
	}

}
