package com.scalemart.labs.cache;

import com.scalemart.labs.support.Machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The lab's outputs: a text table for the console, a Markdown report and a PNG chart.
 */
final class Report {

	static final String OPTIMUM = new BeladyPolicy().name();

	static final String TINY_LFU = new CaffeinePolicy().name();

	private final LabSettings settings;

	private final List<HitRatio> results;

	private final Machine machine;

	Report(LabSettings settings, List<HitRatio> results, Machine machine) {
		this.settings = settings;
		this.results = results;
		this.machine = machine;
	}

	/**
	 * The results as a table: one row per capacity, one column per policy, then each
	 * policy's share of the optimum.
	 * @return Markdown table text, readable as plain text too
	 */
	String table() {
		Set<String> policies = new LinkedHashSet<>();
		Map<Double, Map<String, HitRatio>> rows = new LinkedHashMap<>();
		for (HitRatio result : this.results) {
			policies.add(result.policy());
			rows.computeIfAbsent(result.capacityFraction(), (fraction) -> new LinkedHashMap<>())
				.put(result.policy(), result);
		}
		StringBuilder table = new StringBuilder("| capacity | entries |");
		policies.forEach((policy) -> table.append(' ').append(policy).append(" |"));
		policies.stream()
			.filter((policy) -> !policy.equals(OPTIMUM))
			.forEach((policy) -> table.append(' ').append(policy).append(" / optimum |"));
		table.append('\n').append("|---|---|");
		policies.forEach((policy) -> table.append("---|"));
		policies.stream().filter((policy) -> !policy.equals(OPTIMUM)).forEach((policy) -> table.append("---|"));
		table.append('\n');
		rows.forEach((fraction, row) -> {
			int capacity = row.values().iterator().next().capacity();
			table.append("| %s%% | %,d |".formatted(percent(fraction), capacity));
			policies.forEach((policy) -> table.append(" %.2f%% |".formatted(100 * row.get(policy).ratio())));
			HitRatio optimum = row.get(OPTIMUM);
			policies.stream()
				.filter((policy) -> !policy.equals(OPTIMUM))
				.forEach((policy) -> table.append((optimum != null)
						? " %.1f%% |".formatted(100 * row.get(policy).ratio() / optimum.ratio()) : " - |"));
			table.append('\n');
		});
		return table.toString();
	}

	String markdown(String chartFileName) {
		return """
				# Cache lab: hit ratio on a Zipf trace

				A trace of %,d requests over %,d keys, Zipf exponent %s, seed %d, replayed through an empty cache
				of each policy at each capacity. W-TinyLFU is Caffeine, the L1 of `platform-cache`; LRU admits every
				miss and evicts the least recently used key; Belady's policy knows the future (evicts the key needed
				farthest ahead, or skips admitting one needed later than everything cached) and is the ceiling.
				"policy / optimum" is the policy's hit ratio divided by Belady's at the same capacity.

				%s
				![hit ratio by capacity](%s)

				## Against the target

				%s

				## How it was produced

				```
				%s
				```

				| machine | |
				|---|---|
				| processors (nproc) | %d |
				| memory | %s |
				| java | %s |
				| date | %s |
				""".formatted(this.settings.requests(), this.settings.keys(), this.settings.exponent(),
				this.settings.seed(), table(), chartFileName, againstTarget(), this.settings.command(),
				this.machine.processors(), this.machine.memory(),
				this.machine.java() + ", load average " + this.machine.loadAverage(), this.machine.date());
	}

	/**
	 * The target: an L1 hit ratio within 5% of the optimum at equal capacity, read as at
	 * least 95% of Belady's hit ratio.
	 */
	String againstTarget() {
		Map<Double, HitRatio> optimum = new LinkedHashMap<>();
		Map<Double, HitRatio> tinyLfu = new LinkedHashMap<>();
		for (HitRatio result : this.results) {
			if (result.policy().equals(OPTIMUM)) {
				optimum.put(result.capacityFraction(), result);
			}
			else if (result.policy().equals(TINY_LFU)) {
				tinyLfu.put(result.capacityFraction(), result);
			}
		}
		double lowest = Double.MAX_VALUE;
		double highest = 0;
		int met = 0;
		for (Map.Entry<Double, HitRatio> entry : tinyLfu.entrySet()) {
			HitRatio best = optimum.get(entry.getKey());
			if (best == null) {
				continue;
			}
			double share = entry.getValue().ratio() / best.ratio();
			lowest = Math.min(lowest, share);
			highest = Math.max(highest, share);
			met += (share >= 0.95) ? 1 : 0;
		}
		if (highest == 0) {
			return "No capacity was replayed through both W-TinyLFU and Belady's policy.";
		}
		return ("Target: within 5%% of Belady's optimum at equal capacity (≥ 95%% of its hit ratio). W-TinyLFU reaches "
				+ "%.1f%% to %.1f%% of the optimum: met at %d of %d capacities. This Belady may also decline to admit a "
				+ "key, which makes it a stricter ceiling than demand-paging MIN.")
			.formatted(100 * lowest, 100 * highest, met, tinyLfu.size());
	}

	void writeChart(Path file) throws IOException {
		XYChart chart = new XYChartBuilder().width(900)
			.height(560)
			.title("Hit ratio on Zipf(%s), %,d keys, %,d requests".formatted(this.settings.exponent(),
					this.settings.keys(), this.settings.requests()))
			.xAxisTitle("cache capacity (% of keys, log scale)")
			.yAxisTitle("hit ratio (%)")
			.build();
		chart.getStyler().setXAxisLogarithmic(true);
		chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
		chart.getStyler().setXAxisDecimalPattern("0.0##");
		Map<String, List<HitRatio>> byPolicy = new LinkedHashMap<>();
		this.results
			.forEach((result) -> byPolicy.computeIfAbsent(result.policy(), (name) -> new java.util.ArrayList<>())
				.add(result));
		byPolicy.forEach((policy, points) -> chart
			.addSeries(policy, points.stream().mapToDouble((point) -> 100 * point.capacityFraction()).toArray(),
					points.stream().mapToDouble((point) -> 100 * point.ratio()).toArray())
			.setMarker(SeriesMarkers.CIRCLE));
		Files.createDirectories(file.toAbsolutePath().getParent());
		BitmapEncoder.saveBitmap(chart, file.toString(), BitmapFormat.PNG);
	}

	private static String percent(double fraction) {
		return java.math.BigDecimal.valueOf(100 * fraction).stripTrailingZeros().toPlainString();
	}

}
