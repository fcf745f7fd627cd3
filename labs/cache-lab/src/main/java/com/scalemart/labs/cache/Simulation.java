package com.scalemart.labs.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Replays one trace through each policy at each capacity.
 *
 * @param trace the requests
 * @param keys the number of distinct keys the trace was drawn from
 * @param capacityFractions capacities as fractions of {@code keys}
 * @param policies the policies
 */
record Simulation(int[] trace, int keys, List<Double> capacityFractions, List<Policy> policies) {

	/**
	 * Runs every replay, in order of capacity then policy.
	 * @param progress told of each result as it comes
	 * @return the results
	 */
	List<HitRatio> run(Consumer<HitRatio> progress) {
		List<HitRatio> results = new ArrayList<>();
		for (double fraction : this.capacityFractions) {
			int capacity = Math.max(1, (int) Math.round(this.keys * fraction));
			for (Policy policy : this.policies) {
				long start = System.nanoTime();
				long hits = policy.hits(this.trace, capacity);
				HitRatio result = new HitRatio(policy.name(), fraction, capacity, hits, this.trace.length,
						(System.nanoTime() - start) / 1_000_000);
				progress.accept(result);
				results.add(result);
			}
		}
		return results;
	}

}
