package com.scalemart.labs.hashing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The lab's two PNG charts.
 */
final class Charts {

	private Charts() {
	}

	/**
	 * Max/mean keys per node against the ring's virtual nodes, one line per node count,
	 * with jump hashing and the target as flat lines.
	 */
	static void writeBalance(List<Result> results, List<Integer> nodeCounts, Path file) throws IOException {
		XYChart chart = new XYChartBuilder().width(900)
			.height(560)
			.title("Busiest node over mean, by virtual nodes per node")
			.xAxisTitle("virtual nodes per node (log scale)")
			.yAxisTitle("max / mean keys per node")
			.build();
		chart.getStyler().setXAxisLogarithmic(true);
		chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
		chart.getStyler().setXAxisDecimalPattern("0");
		List<Result> rings = results.stream().filter((result) -> result.algorithm().isRing()).toList();
		if (rings.isEmpty()) {
			throw new IllegalArgumentException("no ring results to chart");
		}
		double low = rings.stream().mapToInt((result) -> result.algorithm().virtualNodes()).min().getAsInt();
		double high = rings.stream().mapToInt((result) -> result.algorithm().virtualNodes()).max().getAsInt();
		for (int count : nodeCounts) {
			List<Result> points = rings.stream().filter((result) -> result.nodes() == count).toList();
			chart
				.addSeries("ring, N = " + count,
						points.stream().mapToDouble((result) -> result.algorithm().virtualNodes()).toArray(),
						points.stream().mapToDouble((result) -> result.distribution().maxOverMean()).toArray())
				.setMarker(SeriesMarkers.CIRCLE);
		}
		results.stream()
			.filter((result) -> result.algorithm().name().equals("jump") && result.nodes() == Report.TARGET_NODES)
			.findFirst()
			.ifPresent((jump) -> chart
				.addSeries("jump, N = " + Report.TARGET_NODES, new double[] { low, high },
						new double[] { jump.distribution().maxOverMean(), jump.distribution().maxOverMean() })
				.setMarker(SeriesMarkers.NONE)
				.setLineStyle(SeriesLines.DASH_DASH));
		chart
			.addSeries("target ≤ " + Report.TARGET_MAX_OVER_MEAN, new double[] { low, high },
					new double[] { Report.TARGET_MAX_OVER_MEAN, Report.TARGET_MAX_OVER_MEAN })
			.setMarker(SeriesMarkers.NONE)
			.setLineStyle(SeriesLines.DOT_DOT);
		save(chart, file);
	}

	/**
	 * The fraction of keys moved when a node is added and when one is removed, per
	 * algorithm and node count, with the ideal for adding.
	 */
	static void writeMoved(List<Result> results, List<Integer> nodeCounts, Path file) throws IOException {
		CategoryChart chart = new CategoryChartBuilder().width(1100)
			.height(600)
			.title("Keys moved when a node is added or removed")
			.xAxisTitle("algorithm")
			.yAxisTitle("keys moved (%)")
			.build();
		chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
		chart.getStyler().setXAxisLabelRotation(20);
		Set<String> names = new LinkedHashSet<>();
		results.forEach((result) -> names.add(result.algorithm().name()));
		List<String> categories = new ArrayList<>(names);
		for (String change : List.of("added", "removed")) {
			for (int count : nodeCounts) {
				List<Double> moved = new ArrayList<>();
				for (String name : categories) {
					moved.add(results.stream()
						.filter((result) -> result.algorithm().name().equals(name) && result.nodes() == count)
						.mapToDouble((result) -> 100
								* (change.equals("added") ? result.movedOnAdd() : result.movedOnRemove()))
						.findFirst()
						.orElse(0));
				}
				chart.addSeries("%s, N = %d".formatted(change, count), categories, moved);
			}
		}
		save(chart, file);
	}

	private static void save(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		BitmapEncoder.saveBitmap(chart, file.toString(), BitmapFormat.PNG);
	}

}
