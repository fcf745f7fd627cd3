package com.scalemart.loadtest.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/**
 * Writes {@code cache-lab.md} (the table, the command, the machine, the date) and
 * {@code cache-lab.png} (hit ratio by L1 size, with Belady's optimum as the reference).
 */
final class CacheLabReport {

	static final String CHART = "cache-lab.png";

	private CacheLabReport() {
	}

	/**
	 * @param lab what was run
	 * @param runs the runs, in order
	 * @param reference the offline ratios for the same trace
	 * @return the markdown
	 */
	static String markdown(LabSettings lab, List<LabRun> runs, OfflineReference reference, String machine,
			Instant date) {
		StringBuilder md = new StringBuilder();
		md.append("# Cache lab, online: hit ratio, latency and memory of the catalog's cache\n\n");
		md.append(String.format(Locale.ROOT,
				"Each row is a fresh catalog instance (same jar, database and Redis as the platform; its own port and "
						+ "Redis key prefix, emptied before the run) with one cache configuration, under the browse load: "
						+ "`GET /api/products/{id}`, the first %,d products ranked by id and drawn from Zipf(%s) with seed "
						+ "%d, %s arrivals/s for %d s (%,d requests; open model), straight to the instance, after a "
						+ "warm-up on `/api/ping` (which reads no cache). The cache starts empty, so the trace's "
						+ "cold misses count. Belady and W-TinyLFU (offline) are `labs/cache-lab` on the same trace "
						+ "(same size, exponent and seed: the same ids in the same order).%n%n",
				lab.products(), lab.exponent(), lab.seed(), fmt(lab.rate()), lab.durationSeconds(), lab.requests()));
		md.append("| levels | L1 entries | throughput (req/s) | p50 (ms) | p99 (ms) | errors | L1 hit | L2 hit | "
				+ "hit ratio (L1+L2) | W-TinyLFU offline | Belady | L1 / Belady | L1 memory (estimate) | heap used |\n");
		md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (LabRun run : runs) {
			Double belady = run.usesL1() ? reference.belady().get(run.l1Size()) : null;
			Double tinyLfu = run.usesL1() ? reference.tinyLfu().get(run.l1Size()) : null;
			OptionalDouble l1 = run.l1HitRatio();
			md.append(String.format(Locale.ROOT,
					"| %s | %s | %,.1f | %s | %s | %,d | %s | %s | %s | %s | %s | %s | %s | %s |%n", run.levels(),
					run.usesL1() ? String.format(Locale.ROOT, "%,d", run.l1Size()) : "-", run.stats().throughput(),
					fmt(run.stats().p50()), fmt(run.stats().p99()), run.stats().failed(), percent(l1),
					percent(run.counters().l2HitRatio()), percent(run.counters().hitRatio()), percent(tinyLfu),
					percent(belady),
					(belady != null && l1.isPresent() && belady > 0)
							? String.format(Locale.ROOT, "%.1f%%", 100 * l1.getAsDouble() / belady) : "-",
					run.usesL1() ? mib(run.l1MemoryBytes()) : "-", mib(run.heapBytes())));
		}
		md.append("\nL1 hit = L1 hits / reads; L2 hit = L2 hits / reads (reads that missed L1 and found Redis); "
				+ "\"L1 / Belady\" compares the instance's L1 with the optimum at equal capacity (the target is ≥ 95%). "
				+ "OFF reads MariaDB every time, so it has no hit ratio. The L1 memory is the cache's own estimate "
				+ "(entries × mean encoded size); heap used is the JVM's at the end of the run, garbage included.\n\n");
		md.append("![hit ratio by L1 size](" + CHART + ")\n\n");
		md.append("## How it was produced\n\n```\n" + lab.command() + "\n```\n\n");
		md.append("With the platform running (`./scalemart up`). Machine: " + machine + ". Date: "
				+ date.truncatedTo(ChronoUnit.SECONDS) + ". Gatling ran on the same machine as the catalog.\n");
		return md.toString();
	}

	static void chart(List<LabRun> runs, OfflineReference reference, Path file) throws IOException {
		List<LabRun> sweep = runs.stream()
			.filter((run) -> run.levels().equals("L1_AND_L2"))
			.sorted(java.util.Comparator.comparingInt(LabRun::l1Size))
			.toList();
		XYChart chart = new XYChartBuilder().width(900)
			.height(560)
			.title("Catalog product cache: hit ratio by L1 size (Zipf 0.99)")
			.xAxisTitle("L1 capacity (entries, log scale)")
			.yAxisTitle("hit ratio (%)")
			.build();
		chart.getStyler().setXAxisLogarithmic(true);
		chart.getStyler().setYAxisMin(0.0);
		chart.getStyler().setYAxisMax(100.0);
		List<Double> sizes = new ArrayList<>();
		List<Double> l1 = new ArrayList<>();
		List<Double> total = new ArrayList<>();
		List<Double> belady = new ArrayList<>();
		List<Double> tinyLfu = new ArrayList<>();
		for (LabRun run : sweep) {
			sizes.add((double) run.l1Size());
			l1.add(100 * run.l1HitRatio().orElse(0));
			total.add(100 * run.counters().hitRatio().orElse(0));
			belady.add(100 * reference.belady().getOrDefault(run.l1Size(), 0.0));
			tinyLfu.add(100 * reference.tinyLfu().getOrDefault(run.l1Size(), 0.0));
		}
		if (sizes.isEmpty()) {
			return;
		}
		chart.addSeries("L1 online (W-TinyLFU)", sizes, l1);
		chart.addSeries("L1+L2 online", sizes, total);
		if (!reference.belady().isEmpty()) {
			chart.addSeries("Belady (optimal), same trace", sizes, belady)
				.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
			chart.addSeries("W-TinyLFU offline, same trace", sizes, tinyLfu);
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
	}

	private static String percent(OptionalDouble ratio) {
		return ratio.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * ratio.getAsDouble()) : "-";
	}

	private static String percent(Double ratio) {
		return (ratio != null) ? String.format(Locale.ROOT, "%.1f%%", 100 * ratio) : "-";
	}

	private static String mib(double bytes) {
		return String.format(Locale.ROOT, "%.1f MiB", bytes / 1024 / 1024);
	}

	private static String fmt(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

}
