package com.scalemart.loadtest.lab;

import java.util.List;

/**
 * The lab's parameters.
 *
 * @param products ids are drawn from {@code 1..products}
 * @param exponent the Zipf exponent
 * @param seed the trace's seed
 * @param rate arrivals per second
 * @param durationSeconds how long each run lasts
 * @param l1Sizes the L1 capacities of the sweep
 * @param command the command line, for the report
 */
record LabSettings(int products, double exponent, long seed, double rate, int durationSeconds, List<Integer> l1Sizes,
		String command) {

	static final List<Integer> L1_SIZES = List.of(100, 1_000, 5_000, 10_000);

	/** The catalog's own default, at which the levels are compared. */
	static final int DEFAULT_L1_SIZE = 10_000;

	LabSettings {
		l1Sizes = List.copyOf(l1Sizes);
	}

	/**
	 * @return the requests of one run, which is also the offline trace's length
	 */
	int requests() {
		return (int) Math.round(this.rate * this.durationSeconds);
	}

	/**
	 * @return seconds of warm-up before each run: a third of the run, 5 to 15
	 */
	int warmUpSeconds() {
		return Math.max(5, Math.min(15, this.durationSeconds / 3));
	}

}
