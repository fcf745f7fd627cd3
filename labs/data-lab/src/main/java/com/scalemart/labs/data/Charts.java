package com.scalemart.labs.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import javax.imageio.ImageIO;

import com.scalemart.labs.data.WriteTimeline.Bucket;
import com.scalemart.labs.hashing.Result;
import com.scalemart.labs.replication.ReplicationLab.Measurements;
import com.scalemart.labs.replication.ReplicationLab.RateResult;
import com.scalemart.labs.replication.ReplicationLab.StaleReads;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The lab's three PNG charts; where one shows two views, they are drawn side by side or
 * one above the other in one image.
 */
final class Charts {

	private Charts() {
	}

	/**
	 * Left, the busiest shard over the mean per algorithm and shard count; right, the
	 * keys moved when a shard is added, next to the ideal.
	 */
	static void writeDistribution(List<Result> results, List<Integer> nodeCounts, Path file) throws IOException {
		List<String> algorithms = results.stream().map((result) -> result.algorithm().name()).distinct().toList();
		CategoryChart balance = new CategoryChartBuilder().width(640)
			.height(460)
			.title("Busiest shard over the mean (1 = even)")
			.xAxisTitle("algorithm")
			.yAxisTitle("max / mean keys per shard")
			.build();
		balance.getStyler().setLegendPosition(LegendPosition.InsideNE);
		balance.getStyler().setYAxisMin(1.0);
		for (int count : nodeCounts) {
			balance.addSeries("N = " + count, algorithms,
					values(results, algorithms, count, (result) -> result.distribution().maxOverMean()));
		}
		CategoryChart moved = new CategoryChartBuilder().width(640)
			.height(460)
			.title("Keys moved when a shard is added")
			.xAxisTitle("algorithm")
			.yAxisTitle("keys moved (%)")
			.build();
		moved.getStyler().setLegendPosition(LegendPosition.InsideNW);
		for (int count : nodeCounts) {
			moved.addSeries("%d → %d".formatted(count, count + 1), algorithms,
					values(results, algorithms, count, (result) -> 100 * result.movedOnAdd()));
			moved.addSeries("ideal %d → %d".formatted(count, count + 1), algorithms,
					values(results, algorithms, count, (result) -> 100 * result.idealAdd()));
		}
		write(file, false, balance, moved);
	}

	private static List<Double> values(List<Result> results, List<String> algorithms, int count,
			ToDoubleFunction<Result> value) {
		List<Double> values = new ArrayList<>();
		for (String name : algorithms) {
			values.add(results.stream()
				.filter((result) -> result.algorithm().name().equals(name) && result.nodes() == count)
				.mapToDouble(value)
				.findFirst()
				.orElse(0));
		}
		return values;
	}

	/**
	 * Above, write latency second by second (log scale); below, acknowledged and failed
	 * writes per second; both with the job's phase changes as vertical lines.
	 */
	static void writeResharding(ReshardingRun.Result result, int rate, Path file) throws IOException {
		List<Bucket> buckets = result.buckets();
		XYChart latency = new XYChartBuilder().width(1100)
			.height(420)
			.title("Write latency per second while a shard is added (from each write's due time)")
			.xAxisTitle("seconds into the load")
			.yAxisTitle("latency (ms, log scale)")
			.build();
		latency.getStyler().setYAxisLogarithmic(true);
		latency.getStyler().setLegendPosition(LegendPosition.InsideNW);
		latency.getStyler().setYAxisDecimalPattern("0.#");
		addLatency(latency, buckets, "p50", (bucket) -> bucket.latency().p50Millis());
		addLatency(latency, buckets, "p99", (bucket) -> bucket.latency().p99Millis());
		addLatency(latency, buckets, "max", (bucket) -> bucket.latency().maxMillis());
		XYChart throughput = new XYChartBuilder().width(1100)
			.height(380)
			.title("Writes per second (acknowledged, failed) and the job's phases")
			.xAxisTitle("seconds into the load")
			.yAxisTitle("writes / s")
			.build();
		throughput.getStyler().setLegendPosition(LegendPosition.InsideSW);
		throughput.getStyler().setYAxisMin(0.0);
		throughput.getStyler().setYAxisMax(rate * 1.45);
		double[] x = buckets.stream().mapToDouble(Bucket::midSeconds).toArray();
		if (x.length > 0) {
			throughput
				.addSeries("acknowledged", x, buckets.stream().mapToDouble(Bucket::acknowledgedPerSecond).toArray())
				.setMarker(SeriesMarkers.CIRCLE);
			throughput.addSeries("failed", x, buckets.stream().mapToDouble(Bucket::failedPerSecond).toArray())
				.setMarker(SeriesMarkers.DIAMOND);
			throughput
				.addSeries("target " + rate + "/s", new double[] { x[0], x[x.length - 1] }, new double[] { rate, rate })
				.setMarker(SeriesMarkers.NONE)
				.setLineStyle(SeriesLines.DOT_DOT);
		}
		// the same time axis for both, so that the phase lines meet
		double end = Math.max(result.loadEndSeconds(), 1);
		for (XYChart chart : List.of(latency, throughput)) {
			chart.getStyler().setXAxisMin(0.0);
			chart.getStyler().setXAxisMax(end);
		}
		List<PhaseTimeline.Change> phases = result.phases();
		for (int i = 0; i < phases.size(); i++) {
			PhaseTimeline.Change change = phases.get(i);
			latency.addAnnotation(new AnnotationLine(change.atSeconds(), true, false));
			throughput.addAnnotation(new AnnotationLine(change.atSeconds(), true, false));
			// three heights in turn, so that short phases' names do not overlap
			double y = rate * (1.36 - 0.1 * (i % 3));
			throughput.addAnnotation(new AnnotationText(change.phase().name(), change.atSeconds(), y, false));
		}
		write(file, true, latency, throughput);
	}

	private static void addLatency(XYChart chart, List<Bucket> buckets, String name, ToDoubleFunction<Bucket> value) {
		List<Bucket> measured = buckets.stream().filter((bucket) -> bucket.latency().count() > 0).toList();
		if (!measured.isEmpty()) {
			chart
				.addSeries(name, measured.stream().mapToDouble(Bucket::midSeconds).toArray(),
						measured.stream().mapToDouble(value).map((millis) -> Math.max(millis, 0.01)).toArray())
				.setMarker(SeriesMarkers.NONE);
		}
	}

	/**
	 * Left, replica lag p50, p99 and max per burst rate; right, the writer's stale
	 * read-backs without and with read-your-writes.
	 */
	static void writeLag(Measurements measured, Path file) throws IOException {
		List<RateResult> rates = measured.rates();
		boolean none = rates.stream().allMatch((rate) -> !(rate.lag().max() > 0));
		CategoryChart chart = new CategoryChartBuilder().width(760)
			.height(500)
			.title(none ? "Replica lag during write bursts: 0 at every rate (heartbeat every 250 ms)"
					: "Replica lag during write bursts (heartbeat every 250 ms)")
			.xAxisTitle("writes per second asked for")
			.yAxisTitle("lag (ms)")
			.build();
		chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
		// all zeros would leave no scale at all
		chart.getStyler()
			.setYAxisMax(Math.max(250.0,
					1000 * rates.stream()
						.mapToDouble((rate) -> Double.isNaN(rate.lag().max()) ? 0 : rate.lag().max())
						.max()
						.orElse(0) * 1.1));
		List<String> categories = rates.stream().map((rate) -> rate.target() + "/s").toList();
		chart.addSeries("p50", categories, lag(rates, (rate) -> rate.lag().p50()));
		chart.addSeries("p99", categories, lag(rates, (rate) -> rate.lag().p99()));
		chart.addSeries("max", categories, lag(rates, (rate) -> rate.lag().max()));
		StaleReads stale = measured.stale();
		CategoryChart reads = new CategoryChartBuilder().width(520)
			.height(500)
			.title("A writer reading back its own write at once")
			.xAxisTitle("read-back")
			.yAxisTitle("stale reads of " + stale.readsEach())
			.build();
		reads.getStyler().setLegendVisible(false);
		reads.getStyler().setYAxisMin(0.0);
		reads.getStyler().setYAxisMax((double) stale.readsEach());
		reads.addSeries("stale", List.of("from the replica", "read-your-writes"),
				List.of(stale.unguardedStale(), stale.guardedStale()));
		write(file, false, chart, reads);
	}

	private static List<Double> lag(List<RateResult> rates, ToDoubleFunction<RateResult> seconds) {
		return rates.stream().map((rate) -> {
			double value = seconds.applyAsDouble(rate);
			return Double.isNaN(value) ? 0 : 1000 * value;
		}).toList();
	}

	/** Draws the charts into one image, side by side or one above the other. */
	private static void write(Path file, boolean vertical, Chart<?, ?>... charts) throws IOException {
		List<BufferedImage> images = new ArrayList<>();
		for (Chart<?, ?> chart : charts) {
			images.add(BitmapEncoder.getBufferedImage(chart));
		}
		int width = vertical ? images.stream().mapToInt(BufferedImage::getWidth).max().orElse(1)
				: images.stream().mapToInt(BufferedImage::getWidth).sum();
		int height = vertical ? images.stream().mapToInt(BufferedImage::getHeight).sum()
				: images.stream().mapToInt(BufferedImage::getHeight).max().orElse(1);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			int offset = 0;
			for (BufferedImage part : images) {
				graphics.drawImage(part, vertical ? 0 : offset, vertical ? offset : 0, null);
				offset += vertical ? part.getHeight() : part.getWidth();
			}
		}
		finally {
			graphics.dispose();
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		if (!ImageIO.write(image, "png", file.toFile())) {
			throw new IOException("no PNG writer for " + file);
		}
	}

}
