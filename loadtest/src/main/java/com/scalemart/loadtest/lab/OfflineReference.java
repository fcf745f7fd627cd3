package com.scalemart.loadtest.lab;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline simulator's hit ratios ({@code labs/cache-lab}) on the trace the online run
 * replays, read from the table of its report: per capacity, W-TinyLFU (Caffeine, the L1)
 * and Belady's optimum.
 *
 * @param tinyLfu hit ratio by capacity in entries
 * @param belady hit ratio by capacity in entries
 */
record OfflineReference(Map<Integer, Double> tinyLfu, Map<Integer, Double> belady) {

	static final OfflineReference NONE = new OfflineReference(Map.of(), Map.of());

	OfflineReference {
		tinyLfu = Map.copyOf(tinyLfu);
		belady = Map.copyOf(belady);
	}

	/**
	 * Reads rows such as
	 * {@code | 0.1% | 100 | 37.81% | 27.45% | 45.76% | 82.6% | 60.0% |} (capacity,
	 * entries, W-TinyLFU, LRU, Belady, ...).
	 * @param report the cache lab's markdown report
	 * @return the ratios found
	 */
	static OfflineReference parse(List<String> report) {
		Map<Integer, Double> tinyLfu = new LinkedHashMap<>();
		Map<Integer, Double> belady = new LinkedHashMap<>();
		for (String line : report) {
			String[] cells = line.split("\\|");
			if (cells.length < 6 || !cells[1].strip().endsWith("%")) {
				continue;
			}
			try {
				int entries = Integer.parseInt(cells[2].strip().replace(",", ""));
				tinyLfu.put(entries, ratio(cells[3]));
				belady.put(entries, ratio(cells[5]));
			}
			catch (NumberFormatException ex) {
				// a header or another table
			}
		}
		return new OfflineReference(tinyLfu, belady);
	}

	private static double ratio(String cell) {
		return new BigDecimal(cell.strip().replace("%", "")).movePointLeft(2).doubleValue();
	}

}
